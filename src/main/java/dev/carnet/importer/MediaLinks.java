package dev.carnet.importer;

import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Points images and links at the new site: uploads at the import's copies (any size WordPress
 * generated names the original), links to the old blog at their new address.
 */
final class MediaLinks {
    private MediaLinks() {
    }

    static void rewrite(Element body, Conversion conversion) {
        // The file block's "Télécharger" button repeats the file's link.
        body.select("a.wp-block-file__button").remove();
        // Links first: whether a link wraps its own image is seen on the image's address as written.
        for (Element a : body.select("a")) {
            link(a, conversion);
        }
        // WordPress's emoji are images of a character: the character is better.
        for (Element smiley : body.select("img.wp-smiley, img.emoji, img[src*=/images/core/emoji/]")) {
            smiley.replaceWith(new TextNode(smiley.attr("alt")));
        }
        for (Element img : body.select("img")) {
            image(img, conversion);
        }
    }

    private static void image(Element img, Conversion conversion) {
        String src = source(img);
        if (src.isEmpty()) {
            img.remove();
            return;
        }
        // The srcset's first upload names the original too when src is a CDN or lazy-loading stand-in.
        Optional<String> upload = uploadSource(img);
        String url = upload.flatMap(conversion::upload).orElse(src);
        String alt = img.attr("alt");
        String title = img.attr("title");
        img.clearAttributes();
        // flexmark writes an image whose file is named like an emoji ("a.png", "coffee.png") as
        // :a: or :coffee:; behind tokens it sees neither the file name nor the alt text.
        img.attr("src", conversion.inlineToken(destination(url)));
        img.attr("alt", alt.isBlank() ? "" : conversion.inlineToken(altText(alt)));
        if (!title.isBlank()) {
            img.attr("title", title);
        }
    }

    /** A Markdown link destination: in angle brackets when spaces or parentheses would end it. */
    private static String destination(String url) {
        return url.matches(".*[\\s()<>].*") ? "<" + url.replace("<", "%3C").replace(">", "%3E") + ">" : url;
    }

    private static String altText(String alt) {
        return alt.strip().replaceAll("\\s+", " ").replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    /** Lazy-loading plugins put a placeholder in src and the image in data-src. */
    private static String source(Element img) {
        for (String attribute : new String[] {"data-lazy-src", "data-src", "data-orig-file"}) {
            if (!img.attr(attribute).isBlank()) {
                return img.attr(attribute).strip();
            }
        }
        String src = img.attr("src").strip();
        return src.startsWith("data:") ? "" : src;
    }

    private static Optional<String> uploadSource(Element img) {
        String src = source(img);
        return UploadUrls.uploadPath(src).isPresent() ? Optional.of(src) : firstUploadInSrcset(img);
    }

    private static Optional<String> firstUploadInSrcset(Element img) {
        for (String candidate : img.attr("srcset").split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            if (UploadUrls.uploadPath(url).isPresent()) {
                return Optional.of(url);
            }
        }
        return Optional.empty();
    }

    private static void link(Element a, Conversion conversion) {
        String href = a.attr("href").strip();
        if (href.isEmpty()) {
            a.unwrap();
            return;
        }
        if (href.startsWith("#")) {
            return;
        }
        Element img = onlyImage(a);
        Optional<String> hrefUpload = UploadUrls.uploadPath(href);
        if (img != null && hrefUpload.isPresent() && hrefUpload.equals(uploadSource(img).flatMap(UploadUrls::uploadPath))) {
            // WordPress's "link to media file": the image is the media file.
            a.unwrap();
            return;
        }
        String title = a.attr("title");
        String url = hrefUpload.isPresent() ? conversion.upload(href).orElse(href) : conversion.links().link(href).orElse(href);
        a.clearAttributes();
        a.attr("href", url);
        if (!title.isBlank()) {
            a.attr("title", title);
        }
    }

    private static Element onlyImage(Element a) {
        if (a.childrenSize() != 1 || !a.child(0).nameIs("img") || !a.ownText().isBlank()) {
            return null;
        }
        return a.child(0);
    }
}
