package dev.carnet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/**
 * Links and images as flexmark's core renderer writes them, with their addresses through
 * {@link LinkUrls} as flexmark's through carnet's link resolver. An e-mail address is never
 * rewritten as a path of the site ("mailto:/blog/ric@exemple.fr" was).
 */
final class LinkHtml {
    private LinkHtml() {
    }

    static void link(HtmlWriting w, Link link, UrlRewriter rewriter) {
        w.out.append("<a");
        w.attribute("href", LinkUrls.resolve(rewriter, link.getUrl().unescape(), false));
        if (link.getTitle().isNotNull()) {
            w.attribute("title", link.getTitle().unescape());
        }
        w.out.append('>');
        w.children(link);
        w.out.append("</a>");
    }

    /** An image, or a figure: an image with its caption (see {@link Figure}). */
    static void image(HtmlWriting w, Node node, UrlRewriter rewriter) {
        if (node instanceof Figure figure) {
            Figure.write(w, figure, rewriter);
            return;
        }
        Image image = (Image) node;
        if (!image.getUrlContent().isEmpty()) {
            throw new HtmlWriting.Unsupported();
        }
        w.out.append("<img");
        w.attribute("src", LinkUrls.resolve(rewriter, image.getUrl().unescape(), true));
        w.attribute("alt", new TextCollectingVisitor().collectAndGetText(image));
        if (image.getTitle().isNotNull()) {
            w.attribute("title", image.getTitle().unescape());
        }
        w.out.append(" />");
    }

    static void autoLink(HtmlWriting w, AutoLink link, UrlRewriter rewriter) {
        String text = link.getText().toString();
        w.out.append("<a");
        w.attribute("href", LinkUrls.resolve(rewriter, text, false));
        w.out.append('>').append(TextRenderer.escaped(text)).append("</a>");
    }

    static void mailLink(HtmlWriting w, MailLink link) {
        String text = link.getText().unescape();
        w.out.append("<a");
        w.attribute("href", "mailto:" + LinkUrls.mail(text));
        w.out.append('>').append(TextRenderer.escaped(text)).append("</a>");
    }
}
