package dev.carnet.site;

import dev.carnet.markdown.Rendered;
import dev.carnet.model.Comment;
import dev.carnet.model.Note;
import java.util.List;

/**
 * A note on its way to the site: parsed, rendered once, with its address and its readers' comments.
 *
 * @param renderedHash a 64-bit hash of all of {@code rendered} (see {@link HashedRendering})
 * @param feedId its id in feeds: the absolute URL it was first published at (see {@code PublishedAddresses})
 */
public record SiteNote(Note note, Rendered rendered, long renderedHash, String url, String absoluteUrl, String feedId,
                       List<Comment> comments) {
    public SiteNote {
        comments = List.copyOf(comments);
    }

    /** The author's summary, else the first paragraph, typeset as the note's text is. */
    public String summary() {
        return note.meta().hasSummary() && rendered.summary().isEmpty() ? note.meta().summary().strip() : rendered.summary();
    }

    /** The title, typeset as the note's text is. */
    public String title() {
        return rendered.title().isEmpty() ? note.title() : rendered.title();
    }

    /** Minutes at 200 words a minute, at least one. */
    public int readingMinutes() {
        return Math.max(1, (int) Math.ceil(rendered.words() / 200.0));
    }
}
