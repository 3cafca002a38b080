package dev.carnet.markdown;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A note's Markdown as HTML, with what the site needs to know about it. The HTML is kept as the
 * UTF-8 bytes a page and the render cache write: encoded once, and half the memory of a String
 * of French text.
 *
 * @param body the body's HTML, ready to insert (trusted: produced by flexmark with HTML escaped unless allowed,
 *     and no link to a scheme off {@link dev.carnet.model.UrlScheme}'s list)
 * @param summary the first paragraph as plain text, shortened, or the summary the front matter gives, typeset
 * @param toc the headings in order, with their ids
 * @param links every link and image target as written, with its body line (0-based), and the URLs
 *     refused in raw HTML (written {@code #} in the page), for {@code carnet check} to name
 * @param words number of words, for the reading time
 * @param title the note's title, typeset as its text is ({@link MarkdownRenderer#typeset}), or empty when not given
 */
public record Rendered(HtmlBytes body, String summary, List<TocEntry> toc, List<LinkTarget> links, int words, String title) {
    public Rendered {
        toc = toc instanceof ReadLater<TocEntry> later ? later : List.copyOf(toc);
        links = List.copyOf(links);
    }

    public Rendered(byte[] utf8Html, String summary, List<TocEntry> toc, List<LinkTarget> links, int words, String title) {
        this(HtmlBytes.of(utf8Html), summary, toc, links, words, title);
    }

    /** Text without a title. */
    public Rendered(byte[] utf8Html, String summary, List<TocEntry> toc, List<LinkTarget> links, int words) {
        this(utf8Html, summary, toc, links, words, "");
    }

    /** The same, with this HTML. */
    public Rendered withHtml(byte[] html) {
        return new Rendered(html, summary, toc, links, words, title);
    }

    /** The body's HTML as UTF-8 bytes (not to be changed). */
    public byte[] utf8Html() {
        return body.get();
    }

    /** The body as text. */
    public String html() {
        return new String(utf8Html(), StandardCharsets.UTF_8);
    }

    public record TocEntry(int level, String id, String text) {
    }

    /** {@code alt} is null for links, the alternative text (maybe empty) for images. */
    public record LinkTarget(String url, boolean image, String alt, int line) {
    }
}
