package dev.carnet.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A WordPress post's content (the HTML of a WXR export's {@code content:encoded}) as Markdown
 * for a carnet note. The steps, in order, and why each is there:
 * <ol>
 * <li>Code shortcodes ({@code [code]}, {@code [sourcecode]}) are set aside from the raw text:
 *     their code is not HTML, so it must not reach the HTML parser.</li>
 * <li>Gutenberg's block comments go: they are the block editor's bookkeeping, not content; their
 *     presence also tells the two editors apart.</li>
 * <li>The other shortcodes: {@code [caption]}, {@code [gallery]}, {@code [embed]} and the media
 *     ones become HTML; unknown ones are kept as text and reported.</li>
 * <li>Classic-editor text gets its paragraphs as WordPress's {@code wpautop} would make them: it
 *     stores blank lines, not {@code <p>}.</li>
 * <li>On the parsed HTML: code blocks become fences (by flexmark they would lose their
 *     language), embeds become links (nothing loaded from a third party), uploads and links point
 *     at the new site, footnotes become Markdown footnotes, wrappers and empty paragraphs go.</li>
 * <li>flexmark writes the Markdown, which is tidied (ATX headings, hard breaks as a backslash,
 *     one blank line at most) and gets back what was set aside.</li>
 * </ol>
 * Stateless but for its converter: one instance converts any number of posts.
 */
public final class WordPressContent {
    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:.*?-->\\n?", Pattern.DOTALL);

    private final ImportLinks links;
    private final MarkdownWriting writing = new MarkdownWriting();

    private final EmbedLabels labels;

    /** With embeds' links written in French, carnet's first language. */
    public WordPressContent(ImportLinks links) {
        this(links, Locale.FRENCH);
    }

    /** @param language the blog's: embeds' link texts are written in it ("YouTube video: abc123") */
    public WordPressContent(ImportLinks links, Locale language) {
        this.links = links;
        this.labels = EmbedLabels.of(language);
    }

    public ConvertedContent toMarkdown(String html) {
        Conversion conversion = new Conversion(links, labels);
        String text = html == null ? "" : html.replace("\r\n", "\n").replace('\r', '\n');
        boolean blockEditor = text.contains("<!-- wp:");
        text = BLOCK_COMMENT.matcher(text).replaceAll("");
        text = Shortcodes.expand(text, conversion);
        if (!blockEditor) {
            text = Wpautop.apply(text);
        }
        Element body = Jsoup.parseBodyFragment(text).body();
        CodeBlocks.replace(body, conversion);
        Embeds.replace(body, labels);
        MediaLinks.rewrite(body, conversion);
        List<String> notes = Footnotes.extract(body, conversion, note -> {
            HtmlTidy.apply(note, conversion);
            return conversion.restore(writing.markdown(note));
        });
        HtmlTidy.apply(body, conversion);
        StringBuilder markdown = new StringBuilder(conversion.restore(writing.markdown(body)));
        for (String note : notes) {
            markdown.append(markdown.isEmpty() ? "" : "\n\n").append(note);
        }
        return conversion.result(markdown.isEmpty() ? "" : markdown.append('\n').toString());
    }
}
