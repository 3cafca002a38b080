package dev.carnet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import dev.carnet.model.Slug;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Markdown to HTML as a pure function. The parser and renderer are built once per blog and are
 * safe to share between threads; per-note state travels in the flexmark document.
 */
public final class MarkdownRenderer {
    private static final int SUMMARY_CHARS = 280;
    /** The class of a footnote's link back to its reference (flexmark's and HtmlEmitter's). */
    static final String FOOTNOTE_BACK_CLASS = "footnote-back";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final DataKey<UrlRewriter> REWRITER = new DataKey<>("carnet.rewriter", UrlRewriter.UNCHANGED);
    private static final NullableDataKey<Map<Node, String>> HEADING_IDS = new NullableDataKey<>("carnet.headingIds");

    private final Parser parser;
    /** The same without attribute lists, for the notes without a '{': flexmark's attributes cost a seventh of parsing. */
    private final Parser parserWithoutAttributes;
    private final HtmlRenderer renderer;
    private final MarkdownOptions options;

    public MarkdownRenderer(MarkdownOptions options) {
        this(options, true);
    }

    /**
     * @param tuned false for flexmark's own inline parser, with every extension for every note
     *     (ParserTuningTest compares the two)
     */
    MarkdownRenderer(MarkdownOptions options, boolean tuned) {
        this.options = options;
        MutableDataSet settings = new MutableDataSet();
        // Bare URLs are linked by BareUrls: flexmark's autolink extension took a third of the time.
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(), FootnoteExtension.create(), StrikethroughExtension.create(),
                AttributesExtension.create()));
        if (options.frenchTypography()) {
            extensions.add(TypographicExtension.create());
            extensions.add(new IntrawordApostrophes());
            settings.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "«&nbsp;");
            settings.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "&nbsp;»");
        }
        settings.set(Parser.EXTENSIONS, extensions);
        settings.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        settings.set(HtmlRenderer.RENDER_HEADER_ID, false);
        settings.set(HtmlRenderer.ESCAPE_HTML, !options.rawHtml());
        settings.set(HtmlRenderer.SOFT_BREAK, "\n");
        // No re-indenting or whitespace clean-up of the HTML: it is served as is, and this is faster.
        settings.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        settings.set(TablesExtension.CLASS_NAME, "table");
        settings.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, FOOTNOTE_BACK_CLASS);
        this.parser = tuned ? tunedParser(settings) : Parser.builder(settings).build();
        List<com.vladsch.flexmark.util.misc.Extension> withoutAttributes = new ArrayList<>(extensions);
        withoutAttributes.removeIf(AttributesExtension.class::isInstance);
        this.parserWithoutAttributes = tuned
                ? tunedParser(new MutableDataSet(settings).set(Parser.EXTENSIONS, withoutAttributes))
                : parser;
        this.renderer = HtmlRenderer.builder(settings)
                .attributeProviderFactory(new AttributesFactory())
                .linkResolverFactory(new RewritingResolverFactory())
                .nodeRendererFactory(ignored -> new TextRenderer(options.frenchTypography()))
                .build();
    }

    /** The parsed note, before carnet's own passes (for tests of the HTML writers). */
    Document parse(String markdown) {
        char[] source = markdown.toCharArray();
        return parse(source, Source.scan(source));
    }

    /** flexmark reads the note through the array, about a tenth faster than through a String. */
    private Document parse(char[] source, Source facts) {
        return (facts.braces() ? parser : parserWithoutAttributes).parse(PlainChars.sequence(source));
    }

    public MarkdownOptions options() {
        return options;
    }

    public Rendered render(String markdown, UrlRewriter rewriter) {
        return render(markdown, rewriter, true);
    }

    /**
     * @param summary false when the note's front matter gives its summary: the first paragraph is
     *     then not rendered a second time, and {@link Rendered#summary()} is empty
     */
    public Rendered render(String markdown, UrlRewriter rewriter, boolean summary) {
        return render(markdown, rewriter, summary, true);
    }

    private static Parser tunedParser(MutableDataSet settings) {
        // flexmark adds its reference definitions' pre-processor only with its own inline parser.
        return Parser.builder(settings).customInlineParserFactory(CopyFreeInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
    }

    /** @param emitter false to write the HTML with flexmark's renderer only (HtmlEmitterTest compares the two) */
    Rendered render(String markdown, UrlRewriter rewriter, boolean summary, boolean emitter) {
        // Scanned as an array: String.charAt is a call chain in the quick (C1) compiler's code the
        // launcher runs.
        char[] source = markdown.toCharArray();
        Source facts = Source.scan(source);
        Document document = parse(source, facts);
        TreePass pass = new TreePass(document);
        pass.children(document);
        List<Rendered.TocEntry> toc = pass.toc;
        Map<Node, String> ids = pass.ids;
        List<Found> links = pass.links;
        String html = emitter ? HtmlEmitter.document(document, ids, rewriter, options) : null;
        if (html == null) {
            document.set(HEADING_IDS, ids);
            document.set(REWRITER, rewriter);
            html = renderer.render(document);
        }
        return new Rendered(html.getBytes(StandardCharsets.UTF_8), summary ? summary(document, rewriter, emitter) : "", toc,
                withLines(links, source), facts.words());
    }

    /**
     * carnet's own pass over the parsed note, before any HTML is written: bare URLs become links,
     * French spacing goes into the text, headings get their ids and links are collected. A walk
     * by exact class, as flexmark's visitor dispatches, without its map lookup per node.
     */
    private final class TreePass {
        final Document document;
        final List<Rendered.TocEntry> toc = new ArrayList<>();
        final Map<Node, String> ids = new HashMap<>();
        final Set<String> used = new HashSet<>();
        final List<Found> links = new ArrayList<>();
        final TextChars held = new TextChars();

        TreePass(Document document) {
            this.document = document;
        }

        /** Safe while a text node is split: the nodes made go before it, and the next one is kept. */
        void children(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node(child);
                child = next;
            }
        }

        // Headings and link texts get the same treatment as any text; an image's alt is an attribute.
        private void node(Node node) {
            Class<?> type = node.getClass();
            if (type == Text.class) {
                text((Text) node);
            } else if (type == Heading.class) {
                children(node);
                heading((Heading) node, ids, used, toc);
            } else if (type == Link.class) {
                links.add(target(((Link) node).getUrl(), false, null, node));
                children(node);
            } else if (type == AutoLink.class) {
                links.add(target(((AutoLink) node).getUrl(), false, null, node));
            } else if (type == Image.class) {
                links.add(target(((Image) node).getUrl(), true, plainText(node), node));
            } else if (type == LinkRef.class) {
                Reference reference = ((LinkRef) node).getReferenceNode(document);
                if (reference != null) {
                    links.add(target(reference.getUrl(), false, null, node));
                }
                children(node);
            } else if (type == ImageRef.class) {
                Reference reference = ((ImageRef) node).getReferenceNode(document);
                if (reference != null) {
                    links.add(target(reference.getUrl(), true, plainText(node), node));
                }
            } else {
                children(node);
            }
        }

        /** Bare URLs first: French spacing must not touch the ':' and '?' of an address. */
        private void text(Text text) {
            held.of(text.getChars());
            for (Text part : BareUrls.split(text, held)) {
                if (options.frenchTypography()) {
                    FrenchSpacing.text(part, part == text ? held : held.of(part.getChars()));
                }
            }
        }
    }

    /** A link found in the tree, by offset: flexmark's getLineNumber() rescans the text on every call. */
    private record Found(String url, boolean image, String alt, int offset) {
    }

    private static Found target(CharSequence url, boolean image, String alt, Node node) {
        return new Found(url.toString(), image, alt, node.getStartOffset());
    }

    private static List<Rendered.LinkTarget> withLines(List<Found> found, char[] markdown) {
        List<Rendered.LinkTarget> targets = new ArrayList<>(found.size());
        int line = 0;
        int position = 0;
        List<Found> byOffset = new ArrayList<>(found);
        byOffset.sort(java.util.Comparator.comparingInt(Found::offset));
        Map<Found, Integer> lines = new HashMap<>();
        for (Found f : byOffset) {
            for (; position < f.offset() && position < markdown.length; position++) {
                if (markdown[position] == '\n') {
                    line++;
                }
            }
            lines.put(f, line);
        }
        for (Found f : found) {
            targets.add(new Rendered.LinkTarget(f.url(), f.image(), f.alt(), lines.get(f)));
        }
        return targets;
    }

    private static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    private static void heading(Heading heading, Map<Node, String> ids, Set<String> used, List<Rendered.TocEntry> toc) {
        String text = plainText(heading).strip();
        String base = Slug.slugify(text);
        String id = base.isEmpty() ? "section" : base;
        for (int n = 2; !used.add(id); n++) {
            id = (base.isEmpty() ? "section" : base) + "-" + n;
        }
        ids.put(heading, id);
        toc.add(new Rendered.TocEntry(heading.getLevel(), id, text));
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
                String html = emitter ? HtmlEmitter.paragraph(paragraph, document, rewriter, options) : null;
                if (html == null) {
                    document.set(REWRITER, rewriter);
                    html = renderer.render(paragraph);
                }
                html = html.replaceAll("<[^>]*>", "");
                String text = Escaping.unescapeHtml(html).replaceAll("[\\s&&[^\u00A0\u202F]]+", " ").strip();
                if (!text.isEmpty()) {
                    return shorten(text);
                }
            }
        }
        return "";
    }

    static String shorten(String text) {
        if (text.length() <= SUMMARY_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_CHARS);
        return text.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS).replaceAll("[\\s,;:.!?]+$", "") + "…";
    }

    /** A link's or image's address as the page gets it: a bare www. gets its scheme, then the rewriter, then ASCII. */
    static String resolve(UrlRewriter rewriter, String url, boolean image) {
        return ascii(rewriter.rewrite(url.startsWith("www.") ? "https://" + url : url, image));
    }

    /** Percent-encodes what is not printable ASCII in a URL (an autolink keeps a raw 'é' otherwise). */
    static String ascii(String url) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean plain = c > 0x20 && c < 0x7f;
            if (plain && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            if (plain) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
                for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
                }
                i = end - 1;
            }
        }
        return out == null ? url : out.toString();
    }

    private static final class RewritingResolverFactory extends NoDependencies implements LinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            UrlRewriter rewriter = REWRITER.get(context.getDocument());
            return (node, ctx, link) -> link.withUrl(resolve(rewriter, link.getUrl(), node instanceof Image || node instanceof ImageRef))
                    .withStatus(LinkStatus.VALID);
        }
    }

    private static final class AttributesFactory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            Map<Node, String> ids = HEADING_IDS.get(context.getDocument());
            return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                if (node instanceof Heading && part == AttributablePart.NODE && !attributes.contains("id") && ids != null) {
                    attributes.addValue("id", ids.get(node));
                } else if (node instanceof TableCell && attributes.contains("align")) {
                    // The Nu checker calls align obsolete: the theme aligns by class.
                    String align = attributes.getValue("align");
                    attributes.remove("align");
                    attributes.addValue("class", "align-" + align);
                }
            };
        }
    }
}
