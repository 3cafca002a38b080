package dev.carnet.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which URLs a page may link to: those without a scheme (relative, root-relative, anchors,
 * protocol-relative) and those whose scheme is on a short list. A list of what is allowed, not of
 * what is dangerous: {@code javascript:}, {@code vbscript:}, {@code data:} and whatever a browser
 * adds next are all refused. The scheme is read as a browser reads it: after HTML character
 * references are decoded (an attribute value is decoded before it is a URL: {@code &#106;avascript:}),
 * after the whitespace and control characters a browser drops ({@code java\tscript:}), and case
 * folded ({@code JaVaScRiPt:}). Anything before a first ':' that is not an allowed scheme is refused,
 * even what a browser would take as a relative path: no note needs one, and the guess stays safe.
 * Shared by the Markdown renderer, the site's config checks and {@code carnet check}.
 */
public final class UrlScheme {
    /** The schemes a link may have, in the order messages name them. */
    public static final List<String> ALLOWED = List.of("http", "https", "mailto", "tel");
    /** What a refused URL becomes in a page: a link to the page itself, which runs nothing. */
    public static final String REFUSED_URL = "#";

    /** Named references that can make or hide the scheme's end; any other one makes the prefix refused. */
    private static final Map<String, String> NAMED = Map.of("colon", ":", "Tab", "\t", "NewLine", "\n",
            "sol", "/", "quest", "?", "num", "#", "amp", "&", "period", ".", "plus", "+", "nbsp", "\u00A0");

    private UrlScheme() {
    }

    /** The url itself when it may be linked to, else {@link #REFUSED_URL}. */
    public static String safe(String url) {
        return refusedScheme(url) == null ? url : REFUSED_URL;
    }

    /**
     * @return null when the URL may be linked to, else the refused scheme as a browser would read
     *     it (lower case), for messages
     */
    public static String refusedScheme(String url) {
        if (url.indexOf(':') < 0 && url.indexOf('&') < 0) {
            return null; // the common relative link: no scheme can hide in it
        }
        String folded = withoutIgnored(decoded(url));
        int colon = folded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = folded.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return null; // a path, query or fragment holding a ':'
            }
        }
        String scheme = folded.substring(0, colon).toLowerCase(Locale.ROOT);
        return ALLOWED.contains(scheme) ? null : scheme;
    }

    /** The schemes a link may have, for a message that names them. */
    public static String allowed() {
        return String.join(", ", ALLOWED);
    }

    /**
     * Character references decoded until none is left (over-decoding {@code &amp;#106;} only ever
     * refuses more). Numeric ones without their ';' count too: browsers decode them in attributes.
     */
    static String decoded(String url) {
        String text = url;
        for (int pass = 0; pass < 4 && text.indexOf('&') >= 0; pass++) {
            String next = decodeOnce(text);
            if (next.equals(text)) {
                break;
            }
            text = next;
        }
        return text;
    }

    private static String decodeOnce(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = c == '&' ? referenceEnd(text, i) : -1;
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            String body = text.substring(i + 1, text.charAt(end - 1) == ';' ? end - 1 : end);
            String decoded = body.startsWith("#") ? numeric(body.substring(1)) : NAMED.get(body);
            if (decoded == null) {
                out.append(c);
                i++;
            } else {
                out.append(decoded);
                i = end;
            }
        }
        return out.toString();
    }

    /** Where the reference starting at {@code amp} ends (past its ';' if any), or -1. */
    private static int referenceEnd(String text, int amp) {
        int i = amp + 1;
        boolean numeric = i < text.length() && text.charAt(i) == '#';
        int radix = 0;
        if (numeric) {
            i++;
            radix = i < text.length() && (text.charAt(i) == 'x' || text.charAt(i) == 'X') ? 16 : 10;
            i += radix == 16 ? 1 : 0;
        }
        int start = i;
        while (i < text.length() && (numeric ? Character.digit(text.charAt(i), radix) >= 0 && text.charAt(i) < 0x80
                : text.charAt(i) < 0x80 && Character.isLetterOrDigit(text.charAt(i)))) {
            i++;
        }
        if (i == start) {
            return -1;
        }
        if (i < text.length() && text.charAt(i) == ';') {
            return i + 1;
        }
        return numeric ? i : -1; // a named reference needs its ';' (the legacy ones name no scheme character)
    }

    /** @param digits what follows the '#': decimal digits, or 'x' and hexadecimal ones */
    private static String numeric(String digits) {
        boolean hex = digits.startsWith("x") || digits.startsWith("X");
        try {
            int code = Integer.parseInt(hex ? digits.substring(1) : digits, hex ? 16 : 10);
            return Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : "\uFFFD";
        } catch (NumberFormatException e) {
            return "\uFFFD"; // too long a number: a replacement character, as browsers read it
        }
    }

    /** Without the whitespace, control and invisible formatting characters a browser drops or a reader cannot see. */
    private static String withoutIgnored(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            int type = Character.getType(c);
            if (c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && type != Character.CONTROL && type != Character.FORMAT) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
