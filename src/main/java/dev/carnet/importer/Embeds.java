package dev.carnet.importer;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A video or post embedded from another site becomes a plain link: the new site loads nothing
 * from a third party, and a reader still finds the video in one click.
 */
final class Embeds {
    private static final Pattern YOUTUBE = Pattern.compile(
            "^(?:https?:)?//(?:www\\.|m\\.)?(?:youtube(?:-nocookie)?\\.com/(?:embed/|watch\\?(?:.*&)?v=|shorts/|v/)|youtu\\.be/)([\\w-]{6,})");
    private static final Pattern VIMEO = Pattern.compile("^(?:https?:)?//(?:player\\.)?vimeo\\.com/(?:video/)?(\\d+)");
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");

    private Embeds() {
    }

    /** A link to what {@code url} embeds, titled {@code title} when the page gave one. */
    record Embed(String url, String title) {
        Element link() {
            return new Element("a").attr("href", url).text(title);
        }

        String html() {
            return "<p>" + link().outerHtml() + "</p>";
        }
    }

    /** Gutenberg's embed blocks, iframes and classic auto-embeds (a video URL alone in its paragraph). */
    static void replace(Element body, EmbedLabels labels) {
        for (Element figure : body.select("figure[class*=wp-block-embed]")) {
            Element wrapper = figure.selectFirst(".wp-block-embed__wrapper");
            String url = wrapper == null ? "" : wrapper.text();
            if (isEmbedUrl(url)) {
                wrapper.replaceWith(paragraph(of(url, null, labels).link()));
            }
        }
        for (Element iframe : body.select("iframe[src]")) {
            Element link = of(iframe.attr("src"), iframe.attr("title"), labels).link();
            iframe.replaceWith(inParagraph(iframe) ? link : paragraph(link));
        }
        // Gutenberg's video and audio blocks: a link to the file, which the import copies like an image.
        for (Element media : body.select("video, audio")) {
            String src = media.hasAttr("src") ? media.attr("src") : media.select("source[src]").attr("src");
            if (src.isBlank()) {
                media.remove();
                continue;
            }
            Element link = fileLink(media.nameIs("audio") ? "audio" : "video", src, labels).link();
            media.replaceWith(inParagraph(media) ? link : paragraph(link));
        }
        for (Element p : body.select("p")) {
            if (p.childrenSize() == 0 && isVideo(p.text())) {
                p.replaceWith(paragraph(of(p.text(), null, labels).link()));
            }
        }
    }

    private static boolean inParagraph(Element element) {
        for (Element parent : element.parents()) {
            if (parent.nameIs("p") || parent.nameIs("li") || parent.nameIs("td") || parent.nameIs("th") || parent.normalName().matches("h[1-6]")) {
                return true;
            }
        }
        return false;
    }

    private static Element paragraph(Element link) {
        Element p = new Element("p");
        p.appendChild(link);
        return p;
    }

    static Embed of(String src, String title, EmbedLabels labels) {
        String url = src.strip();
        Matcher youtube = YOUTUBE.matcher(url);
        if (youtube.find()) {
            return new Embed("https://www.youtube.com/watch?v=" + youtube.group(1), orElse(title, labels.youtube(youtube.group(1))));
        }
        Matcher vimeo = VIMEO.matcher(url);
        if (vimeo.find()) {
            return new Embed("https://vimeo.com/" + vimeo.group(1), orElse(title, labels.vimeo(vimeo.group(1))));
        }
        String absolute = url.startsWith("//") ? "https:" + url : url;
        return new Embed(absolute, orElse(title, labels.embedded(host(absolute).orElse(absolute))));
    }

    /** The oEmbed forms: a bare URL alone on its line is how both editors write an embed. */
    static boolean isEmbedUrl(String text) {
        return URL.matcher(text.strip()).matches();
    }

    /** Only the video sites: a bare link to a page on its own line is a link, not an embed. */
    static boolean isVideo(String text) {
        String url = text.strip();
        return YOUTUBE.matcher(url).find() || VIMEO.matcher(url).find();
    }

    /** A link to an audio or video file, named after the file. */
    static Embed fileLink(String kind, String src, EmbedLabels labels) {
        String file = src.replaceAll("[?#].*$", "").replaceAll("^.*/", "");
        return new Embed(src, labels.file(kind, file));
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url).getHost()).map(h -> h.startsWith("www.") ? h.substring(4) : h);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String orElse(String title, String fallback) {
        return title == null || title.isBlank() ? fallback : title.strip();
    }
}
