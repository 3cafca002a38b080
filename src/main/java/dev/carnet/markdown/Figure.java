package dev.carnet.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * A photo with its caption: an image with a title alone in its paragraph,
 * {@code ![Atelier](images/atelier.jpg "L'atelier de juin")}, is written
 * {@code <figure><img src alt /><figcaption>L'atelier de juin</figcaption></figure>} (no
 * {@code <p>} around it, which may not hold a figure). The title becomes the caption and is not
 * repeated as the image's tooltip. An image among words, or without a title, stays an
 * {@code <img>} in its paragraph, its title a tooltip.
 */
final class Figure extends Block {
    Figure(Image image) {
        appendChild(image);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    Image image() {
        return (Image) getFirstChild();
    }

    /** Whether the paragraph is a figure: an image with a title, alone, at the top of the note or in a quote. */
    static boolean fits(Paragraph paragraph) {
        Node only = paragraph.getFirstChild();
        return only != null && only == paragraph.getLastChild() && only.getClass() == Image.class
                && ((Image) only).getTitle().isNotNull() && !((Image) only).getTitle().unescape().isBlank()
                && ((Image) only).getUrlContent().isEmpty()
                && (paragraph.getParent() instanceof Document || paragraph.getParent() instanceof BlockQuote);
    }

    /** Puts a figure in the paragraph's place. */
    static Figure replace(Paragraph paragraph) {
        Figure figure = new Figure((Image) paragraph.getFirstChild());
        paragraph.insertBefore(figure);
        paragraph.unlink();
        return figure;
    }

    /** The figure's HTML, the same for HtmlEmitter and flexmark's renderer, the image's address already resolved. */
    static String html(Figure figure, String src) {
        Image image = figure.image();
        return html(src, new TextCollectingVisitor().collectAndGetText(image), image.getTitle().unescape());
    }

    /** The figure of an image at {@code src} (resolved), with its alternative text and its title as the caption. */
    static String html(String src, String alt, String title) {
        return "<figure><img src=\"" + HtmlWriting.attributeValue(src) + "\" alt=\"" + HtmlWriting.attributeValue(alt)
                + "\" /><figcaption>" + TextRenderer.escaped(title) + "</figcaption></figure>";
    }

    /** How HtmlEmitter writes a figure. */
    static void write(HtmlWriting w, Figure figure, UrlRewriter rewriter) {
        w.line();
        w.out.append(html(figure, LinkUrls.resolve(rewriter, figure.image().getUrl().unescape(), true)));
        w.line();
    }

    /** How flexmark's renderer writes a figure (the reference and the nodes HtmlEmitter leaves to it). */
    static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Figure.class, Renderer::render));
        }

        private static void render(Figure figure, NodeRendererContext context, HtmlWriter html) {
            String src = context.resolveLink(LinkType.IMAGE, figure.image().getUrl().unescape(), null).getUrl();
            html.line();
            html.raw(html(figure, src));
            html.line();
        }
    }
}
