package dev.carnet.markdown;

import dev.carnet.model.UrlScheme;
import java.util.Locale;
import java.util.Set;

/**
 * The URL attributes of HTML written in a note (kept when {@code markdown.rawHtml: true}) held to
 * the same list of schemes as Markdown links: a refused value becomes {@code #}. A scan of tags
 * and attributes as the HTML tokenizer reads them, comments skipped; everything else is left byte
 * for byte as the author wrote it. It does not make raw HTML safe (a {@code <script>} or an
 * {@code onclick} stays: raw HTML is the author's own choice), it keeps a pasted or imported link
 * from running code.
 */
final class RawHtmlUrls {
    /** The attributes a browser follows, loads or submits to. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "cite", "background", "data", "lowsrc", "dynsrc", "longdesc", "srcset", "ping", "manifest",
            "codebase", "icon");

    /** Told of each refused value, with its offset in the chunk. */
    @FunctionalInterface
    interface Refusals {
        void refused(int offset, String url);
    }

    private RawHtmlUrls() {
    }

    /** @return the HTML with its refused URLs replaced, or null when it has none */
    static String filter(String html, Refusals refusals) {
        if (html.indexOf(':') < 0 && html.indexOf('&') < 0) {
            return null; // no scheme can be written without either
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int length = html.length();
        while (i < length) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? length : end + 3;
                continue;
            }
            if (html.charAt(i) != '<' || i + 1 >= length || !isAsciiLetter(html.charAt(i + 1))) {
                i++;
                continue;
            }
            i++;
            while (i < length && !isSpace(html.charAt(i)) && html.charAt(i) != '>' && html.charAt(i) != '/') {
                i++; // the tag's name
            }
            while (i < length && html.charAt(i) != '>') {
                if (isSpace(html.charAt(i)) || html.charAt(i) == '/') {
                    i++;
                    continue;
                }
                int nameStart = i;
                while (i < length && !isSpace(html.charAt(i)) && "/>=".indexOf(html.charAt(i)) < 0) {
                    i++;
                }
                String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
                int j = skipSpaces(html, i);
                if (j >= length || html.charAt(j) != '=') {
                    continue; // an attribute without a value
                }
                j = skipSpaces(html, j + 1);
                int valueStart;
                int valueEnd;
                if (j < length && (html.charAt(j) == '"' || html.charAt(j) == '\'')) {
                    valueStart = j + 1;
                    int close = html.indexOf(html.charAt(j), valueStart);
                    valueEnd = close < 0 ? length : close;
                    i = close < 0 ? length : close + 1;
                } else {
                    valueStart = j;
                    while (j < length && !isSpace(html.charAt(j)) && html.charAt(j) != '>') {
                        j++;
                    }
                    valueEnd = j;
                    i = j;
                }
                String value = html.substring(valueStart, valueEnd);
                if (URL_ATTRIBUTES.contains(name) && refused(name, value)) {
                    refusals.refused(valueStart, value);
                    if (out == null) {
                        out = new StringBuilder(length);
                    }
                    out.append(html, copied, valueStart).append(UrlScheme.REFUSED_URL);
                    copied = valueEnd;
                }
            }
        }
        return out == null ? null : out.append(html, copied, length).toString();
    }

    /** A srcset is a list of "URL width" candidates: one refused candidate refuses it all. */
    private static boolean refused(String name, String value) {
        if (!name.equals("srcset")) {
            return UrlScheme.refusedScheme(value) != null;
        }
        for (String candidate : value.split(",")) {
            String url = candidate.strip().split("\\s+", 2)[0];
            if (UrlScheme.refusedScheme(url) != null) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(String html, int from) {
        int i = from;
        while (i < html.length() && isSpace(html.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
