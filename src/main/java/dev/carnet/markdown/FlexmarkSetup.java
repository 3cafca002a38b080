package dev.carnet.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.MailLink;
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
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * flexmark's parsers and HTML renderer for one blog's settings, built once and shared between
 * threads (per-note state travels in the document). Two builds: carnet's, with its faster parts
 * in place of flexmark's, and the reference, flexmark as it comes with the same settings, link
 * resolver and attribute provider, that RendererDifferentialTest holds carnet's to.
 */
final class FlexmarkSetup {
    /** The class of a footnote's link back to its reference (flexmark's and HtmlEmitter's). */
    static final String FOOTNOTE_BACK_CLASS = "footnote-back";
    private static final DataKey<UrlRewriter> REWRITER = new DataKey<>("carnet.rewriter", UrlRewriter.UNCHANGED);
    private static final NullableDataKey<Map<Node, String>> HEADING_IDS = new NullableDataKey<>("carnet.headingIds");

    private final Parser parser;
    /** The same without attribute lists, for the notes without a '{': flexmark's attributes cost a seventh of parsing. */
    private final Parser parserWithoutAttributes;
    private final HtmlRenderer renderer;

    /**
     * @param reference flexmark's own inline parser, quotes, text writer and one parser for every
     *     note, instead of CopyFreeInlineParser, IntrawordApostrophes, TextRenderer and a parser
     *     without attribute lists
     */
    FlexmarkSetup(MarkdownOptions options, boolean reference) {
        MutableDataSet settings = new MutableDataSet();
        // Bare URLs are linked by BareUrls: flexmark's autolink extension took a third of the time.
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(), FootnoteExtension.create(), StrikethroughExtension.create(),
                AttributesExtension.create()));
        if (options.frenchTypography()) {
            extensions.add(TypographicExtension.create());
            if (!reference) {
                extensions.add(new IntrawordApostrophes());
            }
            settings.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "«&nbsp;");
            settings.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "&nbsp;»");
        }
        settings.set(Parser.EXTENSIONS, extensions);
        settings.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        settings.set(HtmlRenderer.RENDER_HEADER_ID, false);
        settings.set(HtmlRenderer.ESCAPE_HTML, !options.rawHtml());
        settings.set(HtmlRenderer.SOFT_BREAK, "\n");
        // flexmark's own guard writes only lower-case "javascript:" links as text; LinkUrls refuses
        // by a list of allowed schemes instead, in both writers.
        settings.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        // No re-indenting or whitespace clean-up of the HTML: it is served as is, and this is faster.
        settings.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        settings.set(TablesExtension.CLASS_NAME, "table");
        settings.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, FOOTNOTE_BACK_CLASS);
        if (reference) {
            this.parser = Parser.builder(settings).build();
            this.parserWithoutAttributes = parser;
        } else {
            this.parser = tunedParser(settings);
            List<Extension> withoutAttributes = new ArrayList<>(extensions);
            withoutAttributes.removeIf(AttributesExtension.class::isInstance);
            this.parserWithoutAttributes = tunedParser(new MutableDataSet(settings).set(Parser.EXTENSIONS, withoutAttributes));
        }
        HtmlRenderer.Builder builder = HtmlRenderer.builder(settings)
                .attributeProviderFactory(new AttributesFactory())
                .linkResolverFactory(new RewritingResolverFactory());
        builder.nodeRendererFactory(ignored -> new Figure.Renderer());
        builder.nodeRendererFactory(ignored -> new TableScroll.Renderer());
        if (!reference) {
            builder.nodeRendererFactory(ignored -> new TextRenderer(options.frenchTypography()));
        }
        this.renderer = builder.build();
    }

    private static Parser tunedParser(MutableDataSet settings) {
        // flexmark adds its reference definitions' pre-processor only with its own inline parser.
        return Parser.builder(settings).customInlineParserFactory(CopyFreeInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
    }

    /** @param braces whether the note holds a '{', without which it has no attribute list */
    Parser parser(boolean braces) {
        return braces ? parser : parserWithoutAttributes;
    }

    /** The HTML of a node of {@code document} (the whole document, or one paragraph) as flexmark writes it. */
    String render(Node node, Document document, Map<Node, String> headingIds, UrlRewriter rewriter) {
        if (headingIds != null) {
            document.set(HEADING_IDS, headingIds);
        }
        document.set(REWRITER, rewriter);
        return renderer.render(node);
    }

    private static final class RewritingResolverFactory extends NoDependencies implements LinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            UrlRewriter rewriter = REWRITER.get(context.getDocument());
            return (node, ctx, link) -> {
                if (link.getLinkType() == LinkType.LINK_REF || link.getLinkType() == LinkType.IMAGE_REF) {
                    // An undefined reference ("[ qu'il ]" in prose): a VALID answer here made it a link to its own text.
                    return link;
                }
                return link.withUrl(node instanceof MailLink ? LinkUrls.mail(link.getUrl())
                                : LinkUrls.resolve(rewriter, link.getUrl(), node instanceof Image || node instanceof ImageRef || node instanceof Figure))
                        .withStatus(LinkStatus.VALID);
            };
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
