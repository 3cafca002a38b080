package dev.carnet.site;

import dev.carnet.config.BlogConfig;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.model.HumanDate;
import dev.carnet.site.card.CardFont;
import dev.carnet.site.card.CardPainter;
import dev.carnet.site.card.Portrait;
import dev.carnet.site.card.ShareCard;
import dev.carnet.store.XxHash64;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The picture of a note's link previews when it has none of its own ({@code image:} or a first
 * image in its body): {@code <note folder>/share.png}, its title, the blog's name, the date and the
 * author drawn on a card (networks show no SVG, and a portrait alone says nothing of the note).
 * Each card is made when asked for, with a key made without drawing it, so a build keeps the
 * cards whose words, portrait and font did not change.
 */
final class ShareCards {
    static final String FILE = "share.png";

    private final BlogConfig config;
    private final Path root;
    private final SiteContent content;
    private final FileCache cache;
    // Read once per build, when the first key or card needs them (a build with no card to make reads nothing).
    private byte[] portraitBytes;
    private boolean portraitRead;
    private String salt;
    private CardPainter painter;

    /** @param cache where cards are kept across builds, or null to draw each one asked for */
    ShareCards(BlogConfig config, Path root, SiteContent content, FileCache cache) {
        this.config = config;
        this.root = root;
        this.content = content;
        this.cache = cache;
    }

    /** Whether the note gets a card: the blog did not turn them off and the note has no picture of its own. */
    static boolean wanted(BlogConfig config, SiteNote note) {
        return config.site().shareCards() && note.note().meta().imageUrl().isEmpty() && ViewFactory.firstPicture(note).isEmpty();
    }

    List<Later> cards() {
        List<Later> cards = new ArrayList<>();
        String author = config.author().name() == null ? "" : config.author().name().strip();
        for (SiteNote note : content.notes()) {
            if (!wanted(config, note)) {
                continue;
            }
            String path = SiteUrls.noteDir(note.note()) + FILE;
            ShareCard card = new ShareCard(note.note().title(), config.title(),
                    HumanDate.format(note.note().meta().date().toLocalDate(), config.language()), author);
            List<String> inputs = List.of(note.note().path());
            cards.add(new Later(path, inputs, () -> new OutputFile(path, png(card), inputs), () -> {
                long key = key(card);
                if (cache != null) {
                    cache.keep(key); // a card the incremental build keeps in place is still one to keep in the cache
                }
                return key;
            }));
        }
        return cards;
    }

    private long key(ShareCard card) {
        String words = String.join("\u0000", salt(), card.title(), card.blog(), card.date(), card.author());
        return XxHash64.hash(words.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] png(ShareCard card) {
        long key = key(card);
        byte[] kept = cache == null ? null : cache.get(key);
        if (kept != null) {
            return kept;
        }
        byte[] png = painter().png(card);
        if (cache != null) {
            cache.put(key, png);
        }
        return png;
    }

    /** What every card depends on besides its words: how cards are drawn, the font, the portrait's bytes. */
    private synchronized String salt() {
        if (salt == null) {
            byte[] portrait = portrait();
            salt = "card " + CardPainter.VERSION + "\n" + CardFont.identity(root, CardFont.files(root)) + "\n"
                    + (portrait == null ? "no portrait" : Long.toHexString(XxHash64.hash(portrait)));
        }
        return salt;
    }

    private synchronized CardPainter painter() {
        if (painter == null) {
            painter = new CardPainter(CardFont.of(root), Portrait.of(portrait(), config.author().name()));
        }
        return painter;
    }

    /** The portrait's file when it is one of static/ (never fetched from the network), else null. */
    private synchronized byte[] portrait() {
        if (!portraitRead) {
            portraitRead = true;
            String portrait = config.author().portrait();
            Optional<Path> file = portrait != null && NoteLinks.isLocal(portrait)
                    ? StaticFiles.file(root, NoteLinks.siteFile(portrait)) : Optional.empty();
            if (file.isPresent()) {
                try {
                    portraitBytes = Files.readAllBytes(file.get());
                } catch (IOException e) {
                    Path statics = root.resolve("static").toAbsolutePath().normalize();
                    throw new CarnetException("static/" + statics.relativize(file.get()).toString().replace('\\', '/'), 0,
                            Phrase.of("card.cannotReadPortrait", e.getMessage()), e);
                }
            }
        }
        return portraitBytes;
    }
}
