package dev.carnet.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * WordPress shortcodes, read from the raw content before it is parsed as HTML: the code in
 * {@code [code]} is not HTML (a {@code <} in it would open a tag), and {@code [caption]} must be a
 * block before {@link Wpautop} decides what is a paragraph. The ones we know become HTML; the
 * others stay as text, behind a token so that flexmark does not escape their brackets.
 */
final class Shortcodes {
    private static final Pattern CODE = Pattern.compile("\\[(code|sourcecode)((?:\\s[^\\]]*)?)\\](.*?)\\[/\\1\\]", Pattern.DOTALL);
    private static final Pattern HTML_CODE = Pattern.compile("<(pre|code)\\b.*?</\\1>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile("\\[(caption|wp_caption)((?:\\s[^\\]]*)?)\\](.*?)\\[/\\1\\]", Pattern.DOTALL);
    private static final Pattern CAPTIONED = Pattern.compile("^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$", Pattern.DOTALL);
    private static final Pattern GALLERY = Pattern.compile("\\[gallery((?:\\s[^\\]]*)?)\\]");
    private static final Pattern EMBED = Pattern.compile("\\[embed((?:\\s[^\\]]*)?)\\](.*?)\\[/embed\\]", Pattern.DOTALL);
    private static final Pattern VIDEO_SITE = Pattern.compile("\\[(?:youtube|vimeo)[=\\s]\\s*([^\\]\\s]+)[^\\]]*\\]");
    private static final Pattern MEDIA = Pattern.compile("\\[(audio|video)((?:\\s[^\\]]*)?)\\](?:\\s*\\[/\\1\\])?");
    private static final Pattern ANY = Pattern.compile("\\[(/?)([A-Za-z][\\w-]*)((?:\\s[^\\]\\[]*)?)\\]");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");
    /** Shortcodes of common plugins that take no attributes: with a name alone, {@code [voir plus]} must stay text. */
    private static final Set<String> WELL_KNOWN = Set.of("toc", "ez-toc", "lwptoc", "contact-form", "mc4wp_form", "wpforms",
            "ninja_form", "gravityform", "fluentform", "playlist", "wpgmza", "simple-links", "jetpack_subscription_form",
            "subscribe", "archives", "sitemap", "related_posts", "instagram-feed", "wp_ad_camp", "adsense", "pdf-embedder",
            "su_button", "su_box", "su_note", "vc_row", "vc_column", "vc_column_text", "et_pb_section", "et_pb_text");

    private Shortcodes() {
    }

    static String expand(String html, Conversion conversion) {
        String withCode = replace(CODE, html, m -> "<p>" + conversion.blockToken(
                CodeBlocks.fence(Parser.unescapeEntities(m.group(3), false), language(attributes(m.group(2))))) + "</p>");
        // A post about WordPress shows shortcodes in <code> and <pre>: those are text, not ours to run.
        StringBuilder out = new StringBuilder();
        Matcher code = HTML_CODE.matcher(withCode);
        int from = 0;
        while (code.find()) {
            out.append(expandOutsideCode(withCode.substring(from, code.start()), conversion)).append(code.group());
            from = code.end();
        }
        return out.append(expandOutsideCode(withCode.substring(from), conversion)).toString();
    }

    private static String expandOutsideCode(String html, Conversion conversion) {
        String s = replace(CAPTION, html, m -> caption(m.group(3), attributes(m.group(2)).get("caption")));
        s = replace(GALLERY, s, m -> gallery(attributes(m.group(1)), conversion));
        s = replace(EMBED, s, m -> embed(Parser.unescapeEntities(m.group(2), false).strip(), conversion.labels()));
        s = replace(VIDEO_SITE, s, m -> Embeds.of(m.group(1), null, conversion.labels()).html());
        s = replace(MEDIA, s, m -> media(m.group(1), attributes(m.group(2)), conversion.labels()));
        String expanded = s;
        return replace(ANY, expanded, m -> {
            if (!isShortcode(m, expanded)) {
                return m.group();
            }
            conversion.unknownShortcode(m.group(2));
            return conversion.inlineToken(m.group());
        });
    }

    /** A name, and attributes or a closing tag or a name we know: what separates {@code [toc]} from {@code [voir plus]}. */
    private static boolean isShortcode(Matcher m, String text) {
        String name = m.group(2);
        String rest = m.group(3).strip();
        if (!m.group(1).isEmpty()) {
            return text.contains("[" + name);
        }
        if (rest.isEmpty() || rest.equals("/")) {
            return WELL_KNOWN.contains(name.toLowerCase()) || text.contains("[/" + name + "]");
        }
        return ATTRIBUTE.matcher(rest).lookingAt();
    }

    private static String caption(String content, String captionAttribute) {
        Matcher m = CAPTIONED.matcher(content);
        if (!m.matches()) {
            return content;
        }
        String caption = captionAttribute != null ? Entities.escape(captionAttribute) : m.group(2).strip();
        return "<figure>" + m.group(1) + (caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>") + "</figure>";
    }

    /** Only a URL can be embedded; anything else inside [embed] is text the author wrote. */
    private static String embed(String content, EmbedLabels labels) {
        return Embeds.isEmbedUrl(content) ? Embeds.of(content, null, labels).html() : Entities.escape(content);
    }

    private static String gallery(Map<String, String> attributes, Conversion conversion) {
        String ids = attributes.getOrDefault("ids", attributes.getOrDefault("include", ""));
        if (ids.isBlank()) {
            conversion.warn("galleryNoIds", "");
            return "";
        }
        StringBuilder figure = new StringBuilder("<figure>");
        for (String id : ids.split("\\s*,\\s*")) {
            Optional<String> url = id.strip().matches("\\d+") ? conversion.links().attachmentUrl(Long.parseLong(id.strip())) : Optional.empty();
            if (url.isPresent()) {
                String alt = conversion.links().attachmentAlt(Long.parseLong(id.strip())).orElse("");
                figure.append("<img src=\"").append(Entities.escape(url.get())).append("\" alt=\"").append(Entities.escape(alt)).append("\">");
            } else {
                conversion.warn("galleryMissing", id.strip());
            }
        }
        return figure.append("</figure>").toString();
    }

    private static String media(String kind, Map<String, String> attributes, EmbedLabels labels) {
        Optional<String> src = attributes.entrySet().stream()
                .filter(e -> e.getKey().equals("src") || e.getKey().matches("mp3|m4a|ogg|wav|wma|mp4|m4v|webm|ogv|wmv|flv"))
                .map(Map.Entry::getValue).findFirst();
        if (src.isEmpty()) {
            return "";
        }
        return Embeds.fileLink(kind, src.get(), labels).html();
    }

    static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text == null ? "" : text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            attributes.put(m.group(1).toLowerCase(), Parser.unescapeEntities(value, true));
        }
        return attributes;
    }

    private static String language(Map<String, String> attributes) {
        return attributes.getOrDefault("lang", attributes.getOrDefault("language", ""));
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        return m.appendTail(out).toString();
    }
}
