package dev.carnet.site.feed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The RSS and Atom feeds of a plain spec written straight, as Rome and JDOM write them, byte for
 * byte: Rome builds a feed object, then a JDOM tree, then prints it, and with its classes loaded and
 * run for the first time that was a sixth of a cold build of 1,000 notes. A spec with anything Rome
 * could write otherwise (no items, text with whitespace at its ends, a line
 * break or a character XML forbids, an unusual date) is not plain: {@link #rss} and {@link #atom}
 * give null, and Rome writes it. QuickFeedsTest holds the two to the same bytes.
 */
final class QuickFeeds {
    /** JDOM's pretty format ends its lines so, whatever the platform. */
    private static final String EOL = "\r\n";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.US);

    private final StringBuilder out;

    /** Sized for the items' HTML and a kilobyte around each: growing a feed's text by doubling copied it over and over. */
    private QuickFeeds(String[] contents) {
        long size = 4096;
        for (String content : contents) {
            size += content.length() + 1024;
        }
        this.out = new StringBuilder((int) Math.min(size, Integer.MAX_VALUE - 16));
    }

    /** RSS 2.0 as {@link Feeds#rss(FeedSpec, ContentTokens)} writes it, or null when the spec is not plain. */
    static String rss(FeedSpec spec, Map<String, String> escaped, String generator, String editor) {
        String[] contents = contents(spec, escaped);
        if (contents == null || (editor != null && !plain(editor)) || !plain(generator)) {
            return null;
        }
        QuickFeeds xml = new QuickFeeds(contents);
        xml.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        xml.line(0, "<rss xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" version=\"2.0\">");
        xml.line(1, "<channel>");
        xml.text(2, "title", spec.title());
        xml.text(2, "link", spec.siteUrl());
        xml.text(2, "description", description(spec));
        xml.text(2, "language", spec.language());
        xml.optional(2, "copyright", spec.copyright());
        String newest = RFC_822.format(utc(spec.items().get(0).published()));
        xml.text(2, "pubDate", newest);
        xml.text(2, "lastBuildDate", newest);
        xml.optional(2, "managingEditor", editor);
        xml.text(2, "generator", generator);
        xml.indent(2).append("<atom:link xmlns:atom=\"http://www.w3.org/2005/Atom\" href=\"").append(attribute(spec.selfUrl()))
                .append("\" rel=\"self\" type=\"application/rss+xml\" />").append(EOL);
        for (int i = 0; i < spec.items().size(); i++) {
            FeedSpec.Item item = spec.items().get(i);
            xml.line(2, "<item>");
            xml.text(3, "title", item.title());
            xml.text(3, "link", item.url());
            xml.text(3, "description", item.summary());
            xml.indent(3).append("<content:encoded>").append(contents[i]).append("</content:encoded>").append(EOL);
            for (String tag : item.tags()) {
                xml.text(3, "category", tag);
            }
            xml.text(3, "pubDate", RFC_822.format(utc(item.published())));
            xml.optional(3, "author", editor);
            xml.indent(3).append(item.id().equals(item.url()) ? "<guid>" : "<guid isPermaLink=\"false\">")
                    .append(XmlText.escape(item.id(), EOL)).append("</guid>").append(EOL);
            xml.line(2, "</item>");
        }
        xml.line(1, "</channel>");
        xml.line(0, "</rss>");
        return xml.out.toString();
    }

    /** Atom 1.0 as {@link Feeds#atom(FeedSpec, ContentTokens)} writes it, or null when the spec is not plain. */
    static String atom(FeedSpec spec, Map<String, String> escaped, String generator) {
        String[] contents = contents(spec, escaped);
        if (contents == null || !plain(generator)) {
            return null;
        }
        QuickFeeds xml = new QuickFeeds(contents);
        xml.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        xml.line(0, "<feed xmlns=\"http://www.w3.org/2005/Atom\">");
        xml.text(1, "title", spec.title());
        xml.indent(1).append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(attribute(spec.siteUrl())).append("\" />").append(EOL);
        xml.indent(1).append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(attribute(spec.selfUrl())).append("\" />").append(EOL);
        if (!spec.authorName().isBlank()) {
            xml.author(1, spec);
        }
        xml.text(1, "subtitle", description(spec));
        xml.text(1, "id", spec.selfUrl());
        xml.text(1, "generator", generator);
        xml.optional(1, "rights", spec.copyright());
        xml.text(1, "updated", W3C.format(utc(spec.items().get(0).published())));
        for (int i = 0; i < spec.items().size(); i++) {
            FeedSpec.Item item = spec.items().get(i);
            String date = W3C.format(utc(item.published()));
            xml.line(1, "<entry>");
            xml.text(2, "title", item.title());
            xml.indent(2).append("<link rel=\"alternate\" href=\"").append(attribute(item.url())).append("\" />").append(EOL);
            for (String tag : item.tags()) {
                xml.indent(2).append("<category term=\"").append(attribute(tag)).append("\" />").append(EOL);
            }
            xml.author(2, spec);
            xml.text(2, "id", item.id());
            xml.text(2, "updated", date);
            xml.text(2, "published", date);
            xml.indent(2).append("<content type=\"html\">").append(contents[i]).append("</content>").append(EOL);
            xml.indent(2).append("<summary type=\"text\">").append(XmlText.escape(item.summary(), EOL)).append("</summary>").append(EOL);
            xml.line(1, "</entry>");
        }
        xml.line(0, "</feed>");
        return xml.out.toString();
    }

    /** Each item's HTML as escaped for the feeds, or null when the spec is not plain. */
    private static String[] contents(FeedSpec spec, Map<String, String> escaped) {
        if (spec.items().isEmpty() || spec.authorName() == null || !spec.authorName().isBlank() && !plain(spec.authorName())
                || !plainAll(spec.title(), description(spec), spec.language(), spec.siteUrl(), spec.selfUrl())
                || spec.copyright() != null && !plain(spec.copyright())
                || spec.authorEmail() != null && !spec.authorEmail().isBlank() && !plain(spec.authorEmail())) {
            return null;
        }
        String[] contents = new String[spec.items().size()];
        for (int i = 0; i < contents.length; i++) {
            FeedSpec.Item item = spec.items().get(i);
            if (!plainAll(item.title(), item.url(), item.id(), item.summary()) || !plainAll(item.tags().toArray(String[]::new))
                    || !plainDate(item.published())) {
                return null;
            }
            contents[i] = ContentTokens.escaped(escaped, item.html());
            if (contents[i] == null) {
                return null;
            }
        }
        return contents;
    }

    private static String description(FeedSpec spec) {
        return spec.description() == null || spec.description().isBlank() ? spec.title() : spec.description();
    }

    /** Without a name, Rome gives each entry an author all the same, with an empty name. */
    private void author(int depth, FeedSpec spec) {
        line(depth, "<author>");
        if (spec.authorName().isBlank()) {
            line(depth + 1, "<name />");
            line(depth, "</author>");
            return;
        }
        text(depth + 1, "name", spec.authorName());
        if (spec.authorEmail() != null && !spec.authorEmail().isBlank()) {
            text(depth + 1, "email", spec.authorEmail());
        }
        line(depth, "</author>");
    }

    private void optional(int depth, String name, String value) {
        if (value != null) {
            text(depth, name, value);
        }
    }

    private void text(int depth, String name, String value) {
        indent(depth).append('<').append(name).append('>').append(XmlText.escape(value, EOL))
                .append("</").append(name).append('>').append(EOL);
    }

    private void line(int depth, String tag) {
        indent(depth).append(tag).append(EOL);
    }

    private StringBuilder indent(int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
        return out;
    }

    /** JDOM's escape of an attribute, for the plain values only (no whitespace but spaces). */
    private static String attribute(String value) {
        return XmlText.escape(value, EOL).replace("\"", "&quot;");
    }

    private static boolean plainAll(String... values) {
        for (String value : values) {
            if (value == null || !plain(value)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text both would write alike: not empty, no space at its ends, no tab or line break (JDOM
     * trims some and escapes them otherwise in attributes), nothing XML forbids (Rome fails on it:
     * it must be Rome that says so).
     */
    static boolean plain(String value) {
        if (value.isEmpty() || value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (c < 0x20 || c >= 0xD800 && c < 0xE000 || c > 0xFFFD) {
                return false;
            }
        }
        return true;
    }

    /** Rome's dates go through java.util.Date and SimpleDateFormat: Julian before 1582, four digits of year. */
    private static boolean plainDate(OffsetDateTime date) {
        int year = utc(date).getYear();
        return year >= 1900 && year <= 9999;
    }

    private static OffsetDateTime utc(OffsetDateTime date) {
        return date.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
