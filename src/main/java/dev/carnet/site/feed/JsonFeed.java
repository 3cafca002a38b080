package dev.carnet.site.feed;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * JSON Feed 1.1 ({@code https://jsonfeed.org/version/1.1}), the feed some readers (NetNewsWire,
 * Micro.blog, Feedbin) prefer. Written by hand: its shape is fixed and small, and no JSON library
 * is otherwise needed; {@link #string} escapes what JSON requires and what JavaScript does not
 * take in a string (U+2028, U+2029), so any title survives.
 */
public final class JsonFeed {
    private JsonFeed() {
    }

    public static String write(FeedSpec spec) {
        StringBuilder json = new StringBuilder(4096);
        json.append("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n");
        field(json, "  ", "title", spec.title());
        if (!spec.description().isBlank()) {
            field(json, "  ", "description", spec.description());
        }
        field(json, "  ", "home_page_url", spec.siteUrl());
        field(json, "  ", "feed_url", spec.selfUrl());
        field(json, "  ", "language", spec.language());
        if (!spec.authorName().isBlank()) {
            json.append("  \"authors\": [{\"name\": ").append(string(spec.authorName())).append("}],\n");
        }
        json.append("  \"items\": [");
        for (int i = 0; i < spec.items().size(); i++) {
            FeedSpec.Item item = spec.items().get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\n");
            // The same GUID the RSS feed gives, so a reader of both sees one post.
            field(json, "      ", "id", item.id());
            field(json, "      ", "url", item.url());
            field(json, "      ", "title", item.title());
            field(json, "      ", "summary", item.summary());
            field(json, "      ", "content_html", item.html());
            field(json, "      ", "date_published", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(item.published()));
            json.append("      \"tags\": ").append(array(item.tags())).append('\n');
            json.append("    }");
        }
        json.append(spec.items().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString();
    }

    private static void field(StringBuilder json, String indent, String name, String value) {
        json.append(indent).append('"').append(name).append("\": ").append(string(value)).append(",\n");
    }

    private static String array(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(string(values.get(i)));
        }
        return json.append(']').toString();
    }

    /** A JSON string: quotes, backslashes and control characters escaped; U+2028 and U+2029 too. */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !wellPaired(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A surrogate that is half of a pair (an emoji) is written as is; a lone one only escaped. */
    private static boolean wellPaired(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
