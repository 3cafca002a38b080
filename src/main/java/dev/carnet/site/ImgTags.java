package dev.carnet.site;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code <img>} tags of a note's HTML as carnet's Markdown writes them ({@code name="value"}
 * pairs, values escaped): read into their attributes and written back with more. A tag written
 * another way (raw HTML with single quotes, no quotes) is left as it is.
 */
final class ImgTags {
    private ImgTags() {
    }

    /** @return attribute → value as written (still escaped), in order; null when the tag is not one this reads */
    static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        int at = "<img".length();
        while (true) {
            while (at < tag.length() && tag.charAt(at) == ' ') {
                at++;
            }
            if (tag.startsWith("/>", at) || tag.startsWith(">", at)) {
                return attributes;
            }
            int equals = tag.indexOf("=\"", at);
            if (equals < 0) {
                return null;
            }
            String name = tag.substring(at, equals);
            int close = tag.indexOf('"', equals + 2);
            if (close < 0 || name.isEmpty() || !name.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '-')
                    || attributes.put(name, tag.substring(equals + 2, close)) != null) {
                return null;
            }
            at = close + 1;
        }
    }

    /** The tag back, attribute values as given (escaped already). */
    static String write(Map<String, String> attributes) {
        StringBuilder tag = new StringBuilder("<img");
        attributes.forEach((name, value) -> tag.append(' ').append(name).append("=\"").append(value).append('"'));
        return tag.append(" />").toString();
    }

    /** An attribute's value as text: what HTML escaping and percent-encoding made of a path, undone. */
    static String unescape(String value) {
        String text = value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&");
        return text.indexOf('%') < 0 ? text : percentDecoded(text);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;");
    }

    /** {@code %C3%A9} is {@code é}: runs of percent-encoded bytes are decoded as UTF-8, the rest kept. */
    private static String percentDecoded(String text) {
        StringBuilder decoded = new StringBuilder(text.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int hex = i + 2 < text.length() && c == '%' ? hexByte(text.charAt(i + 1), text.charAt(i + 2)) : -1;
            if (hex >= 0) {
                bytes.write(hex);
                i += 2;
            } else {
                decoded.append(bytes.toString(StandardCharsets.UTF_8)).append(c);
                bytes.reset();
            }
        }
        return decoded.append(bytes.toString(StandardCharsets.UTF_8)).toString();
    }

    private static int hexByte(char a, char b) {
        int x = Character.digit(a, 16);
        int y = Character.digit(b, 16);
        return x < 0 || y < 0 ? -1 : x * 16 + y;
    }
}
