package dev.carnet.importer;

import dev.carnet.model.Messages;
import java.util.Locale;

/**
 * The texts of the links an embedded video, audio or page becomes ("Vidéo YouTube : abc123"), in
 * the blog's language: they are written into the notes, so they are the author's words, not the UI's.
 */
final class EmbedLabels {
    private final Messages words;

    private EmbedLabels(Messages words) {
        this.words = words;
    }

    static EmbedLabels of(Locale language) {
        return new EmbedLabels(Messages.of("import", language));
    }

    String youtube(String id) {
        return words.format("embed.youtube", id);
    }

    String vimeo(String id) {
        return words.format("embed.vimeo", id);
    }

    String embedded(String host) {
        return words.format("embed.other", host);
    }

    String file(String kind, String name) {
        return words.format(kind.equals("audio") ? "embed.audio" : "embed.video", name);
    }
}
