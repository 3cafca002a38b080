package dev.carnet.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.nio.charset.StandardCharsets;

/**
 * Markdown to HTML as a pure function. The parser and renderer are built once per blog and are
 * safe to share between threads; per-note state travels in the flexmark document.
 *
 * <p>A note goes: parse (CopyFreeInlineParser), {@link TreePass} (bare URLs, French spacing,
 * heading ids, links), then HTML by {@link HtmlEmitter}, or by flexmark's renderer for the nodes
 * the emitter leaves to it. RendererDifferentialTest holds the result to flexmark's own parser
 * and renderer.
 */
public final class MarkdownRenderer {
    private static final int SUMMARY_CHARS = 280;

    private final FlexmarkSetup flexmark;
    private final MarkdownOptions options;

    public MarkdownRenderer(MarkdownOptions options) {
        this(options, false);
    }

    /** @param reference flexmark as it comes, with carnet's settings and passes (for the differential test) */
    MarkdownRenderer(MarkdownOptions options, boolean reference) {
        this.options = options;
        this.flexmark = new FlexmarkSetup(options, reference);
    }

    /** The parsed note, before carnet's own passes (for tests of the HTML writers). */
    Document parse(String markdown) {
        char[] source = markdown.toCharArray();
        return parse(source, Source.scan(source));
    }

    /** flexmark reads the note through the array, about a tenth faster than through a String. */
    private Document parse(char[] source, Source facts) {
        return flexmark.parser(facts.braces()).parse(PlainChars.sequence(source));
    }

    public MarkdownOptions options() {
        return options;
    }

    /**
     * Renders a short note of what notes hold (headings, lists, a quote, a table, a footnote,
     * links and a picture) and drops it: the first note a run renders took 70 to 200 ms more than
     * the next ones (flexmark's classes loaded and linked), which a build spends on a core that is
     * idle while it loads the notes, before it knows which note changed.
     */
    public void prepare() {
        render(PREPARED, UrlRewriter.UNCHANGED, "Notes de juin", null);
    }

    private static final String PREPARED = """
            Un *atelier* et des **lectures** : voir [l'article](https://example.org/guide) et `ping`.[^1]

            ## Côté technique

            - Réserver la salle ; noter les questions
            - Tester le vidéoprojecteur

            1. Un
            2. Deux

            > « Une bibliothèque, c'est d'abord un lieu. »
            >
            > — [Revue](https://example.org/revue)

            | Activité | Participants |
            | --- | ---: |
            | Café-réparation | 22 |

            ![Une forêt](images/foret.jpg "La forêt")

            ```
            code
            ```

            [^1]: Une note de bas de page.
            """;

    public Rendered render(String markdown, UrlRewriter rewriter) {
        return render(markdown, rewriter, true);
    }

    /**
     * @throws CarnetException when quotes or lists nest deeper than anyone writes, with the line of the text
     * @param summary false when the note's front matter gives its summary: the first paragraph is
     *     then not rendered a second time, and {@link Rendered#summary()} is empty
     */
    public Rendered render(String markdown, UrlRewriter rewriter, boolean summary) {
        return render(markdown, rewriter, summary, true, true);
    }

    /**
     * A note: its text, and its title and the summary of its front matter (null for none: the
     * first paragraph is then the summary) {@linkplain #typeset typeset}.
     */
    public Rendered render(String markdown, UrlRewriter rewriter, String title, String summary) {
        Rendered body = render(markdown, rewriter, summary == null, true, true);
        return new Rendered(body.utf8Html(), summary == null ? body.summary() : typeset(summary.strip()), body.toc(), body.links(),
                body.words(), title == null ? "" : typeset(title));
    }

    /** Whether the typography could change anything: most titles ("Notes de juin 2024") it leaves as they are. */
    private static boolean typographic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"' || c == ':' || c == ';' || c == '!' || c == '?' || c == '<' || c == '>' || c == '«' || c == '»'
                    || (c == '.' || c == '-') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                return true;
            }
        }
        return false;
    }

    /** Through flexmark: @param emitter false to write the HTML with flexmark's renderer only (HtmlEmitterTest compares the two) */
    Rendered render(String markdown, UrlRewriter rewriter, boolean summary, boolean emitter) {
        return render(markdown, rewriter, summary, emitter, false);
    }

    /** @param quick {@link QuickRenderer} first, flexmark for the notes it leaves (QuickRendererTest compares the two) */
    Rendered render(String markdown, UrlRewriter rewriter, boolean summary, boolean emitter, boolean quick) {
        // Scanned as an array: String.charAt is a call chain in the quick (C1) compiler's code the
        // launcher runs.
        char[] source = markdown.toCharArray();
        int tooDeep = NestingDepth.firstTooDeep(source);
        if (tooDeep > 0) {
            // The line of the text, without a file: the caller knows which note and where its text starts.
            throw new CarnetException(null, tooDeep, Phrase.of("build.nestedTooDeep", NestingDepth.MAX), null);
        }
        Source facts = Source.scan(source);
        if (quick && !facts.braces()) {
            Rendered rendered = QuickRenderer.render(source, facts.words(), rewriter, options, summary);
            if (rendered != null) {
                return rendered;
            }
        }
        Document document = parse(source, facts);
        TreePass pass = new TreePass(document, options);
        String html = emitter ? HtmlEmitter.document(document, pass.ids, rewriter, options) : null;
        if (html == null) {
            html = flexmark.render(document, document, pass.ids, rewriter);
        }
        return new Rendered(html.getBytes(StandardCharsets.UTF_8), summary ? summary(document, rewriter, emitter) : "",
                pass.toc, pass.links(source), facts.words());
    }

    /**
     * What one scan of the Markdown source tells.
     *
     * @param words blank-separated runs holding a letter or digit: enough for a reading time
     * @param braces whether the source holds a '{', without which it has no attribute list
     */
    record Source(int words, boolean braces) {
        static Source scan(char[] markdown) {
            int words = 0;
            boolean counted = false;
            boolean braces = false;
            for (char c : markdown) {
                if (c <= ' ') {
                    counted = false;
                } else {
                    braces |= c == '{';
                    if (!counted && Letters.letterOrDigit(c)) {
                        counted = true;
                        words++;
                    }
                }
            }
            return new Source(words, braces);
        }
    }

    /** The first paragraph as readers see it (typographic quotes included), as plain text. */
    private String summary(Document document, UrlRewriter rewriter, boolean emitter) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph) {
                String text = plain(paragraph, document, rewriter, emitter);
                if (!text.isEmpty()) {
                    return shorten(text);
                }
            }
        }
        return "";
    }

    private String plain(Paragraph paragraph, Document document, UrlRewriter rewriter, boolean emitter) {
        String html = emitter ? HtmlEmitter.paragraph(paragraph, document, rewriter, options) : null;
        if (html == null) {
            html = flexmark.render(paragraph, document, null, rewriter);
        }
        return plainText(html);
    }

    /** A paragraph's HTML as plain text: no tags, characters for entities, blanks made one space. */
    static String plainText(String html) {
        return Escaping.unescapeHtml(html.replaceAll("<[^>]*>", "")).replaceAll("[\\s&&[^\u00A0\u202F]]+", " ").strip();
    }

    /**
     * A title or a summary of the front matter with the typography of the notes' text (’, « »
     * with no-break spaces, a no-break space before : ; ! ?, …), through the same parser and
     * passes as a paragraph of a note, its Markdown characters taken as they are written. Text
     * that would not come out as one paragraph, and any text without French typography, is left as written.
     */
    public String typeset(String text) {
        return typeset(text, true);
    }

    /** @param quick {@link QuickTypeset} for the text it can write, flexmark for the rest */
    String typeset(String text, boolean quick) {
        if (text == null || text.isBlank() || !options.frenchTypography() || !typographic(text)) {
            return text;
        }
        String line = text.strip().replaceAll("[\\s&&[^\u00A0\u202F]]+", " ");
        String quickly = quick ? QuickTypeset.line(line) : null;
        if (quickly != null) {
            return quickly.isEmpty() ? text : quickly;
        }
        Document document = parse(TypesetText.escape(line));
        new TreePass(document, options);
        if (!(document.getFirstChild() instanceof Paragraph paragraph) || paragraph.getNext() != null) {
            return text;
        }
        String typeset = plain(paragraph, document, UrlRewriter.UNCHANGED, true);
        return typeset.isEmpty() ? text : typeset;
    }

    static String shorten(String text) {
        if (text.length() <= SUMMARY_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_CHARS);
        return text.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS).replaceAll("[\\s,;:.!?]+$", "") + "…";
    }
}
