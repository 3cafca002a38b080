package dev.carnet.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carnet.markdown.MarkdownOptions;
import dev.carnet.markdown.MarkdownRenderer;
import dev.carnet.markdown.UrlRewriter;
import org.junit.jupiter.api.Test;

/** The Markdown the import writes means, to carnet's own renderer, what the WordPress HTML meant. */
class ImportedMarkdownRendersTest {
    private final WordPressContent content = new WordPressContent(OldBlog.withAllUploads());
    private final MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(false, true));

    private String roundTrip(String html) {
        return renderer.render(content.toMarkdown(html).markdown(), UrlRewriter.UNCHANGED).html();
    }

    @Test
    void aBackslashLineEndIsABreakAgain() {
        String html = roundTrip("Première ligne\nseconde ligne");
        assertTrue(html.contains("Première ligne<br"), html);
        assertTrue(html.contains("seconde ligne"), html);
        assertTrue(!html.contains("\\"), html);
    }

    @Test
    void emphasisBeforePunctuationIsStillEmphasis() {
        assertEquals("<p>C’est <strong>gras</strong>. Et <em>penché</em>, fin.</p>",
                roundTrip("<p>C’est <strong>gras</strong>. Et <em>penché</em>, fin.</p>").strip());
    }

    @Test
    void footnotesAreFootnotesAgain() {
        String html = roundTrip("<p>Une affirmation<sup><a href=\"#fn1\" id=\"ref1\">1</a></sup>.</p><ol><li id=\"fn1\">La source. <a href=\"#ref1\">↩</a></li></ol>");
        assertTrue(html.contains("La source."), html);
        assertTrue(!html.contains("[^1]"), html);
    }

    @Test
    void shortcodesStayLiteralText() {
        assertEquals("<p>[contact-form-7 id=&quot;1&quot;]</p>", roundTrip("<p>[contact-form-7 id=\"1\"]</p>").strip());
    }

    @Test
    void codeComesBackByteForByte() {
        assertEquals("<pre><code class=\"language-php\">&lt;?php echo &quot;a &amp; b&quot;; ?&gt;\n</code></pre>",
                roundTrip("[code lang=\"php\"]&lt;?php echo \"a & b\"; ?&gt;[/code]").strip());
    }
}
