package dev.carnet.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Old addresses (aliases, redirects.yml keys) as site paths, and the file a static host serves
 * for each. A static host finds {@code /feed/} in {@code feed/index.html} and {@code /a.html} in
 * {@code a.html}; it decodes percent escapes first, so the file name is the decoded path.
 */
public final class SitePaths {
    private SitePaths() {
    }

    /**
     * What is wrong with {@code path} as an old address of the site, as the key of its phrase in
     * the errors bundle ({@code sitePath.…}; model cannot hold the phrase itself), or null when it is usable.
     */
    public static String problem(String path) {
        if (!path.startsWith("/")) {
            return "sitePath.noRoot";
        }
        if (path.contains("//")) {
            return "sitePath.doubleSlash";
        }
        if (path.indexOf('\\') >= 0) {
            return "sitePath.backslash";
        }
        if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
            return "sitePath.query";
        }
        String decoded = decode(path);
        if (decoded == null) {
            return "sitePath.badEscape";
        }
        for (int i = 0; i < decoded.length(); i++) {
            if (decoded.charAt(i) < 0x20 || decoded.charAt(i) == 0x7f) {
                return "sitePath.control";
            }
        }
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return "sitePath.dots";
            }
        }
        if (decoded.contains("..") || decoded.contains("//") || decoded.indexOf('\\') >= 0) {
            return "sitePath.escaped";
        }
        return null;
    }

    /** Whether {@code url} is an absolute http(s) address with nothing a page could trip on (quotes, blanks). */
    public static boolean isWebUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && lower.length() > "https://".length()
                && UrlScheme.refusedScheme(url) == null && url.indexOf('"') < 0 && url.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
    }

    /**
     * The site file a static host serves for {@code path} (a {@link #problem}-free one):
     * {@code /x/} and {@code /x} are {@code x/index.html}, {@code /x.html} and {@code /x.xml} are themselves.
     */
    public static String file(String path) {
        String decoded = decode(path).substring(1);
        if (decoded.isEmpty() || decoded.endsWith("/")) {
            return decoded + "index.html";
        }
        String name = decoded.substring(decoded.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xml")) {
            return decoded;
        }
        return decoded + "/index.html";
    }

    /** UTF-8 percent escapes decoded ('+' stays itself: it is a path, not a form); null when broken. */
    static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        byte[] out = new byte[path.length() * 4];
        int n = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0 || Character.digit(path.charAt(i + 2), 16) < 0) {
                    return null;
                }
                out[n++] = (byte) Integer.parseInt(path.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                int end = path.indexOf('%', i);
                end = end < 0 ? path.length() : end;
                for (byte b : path.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out[n++] = b;
                }
                i = end - 1;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
