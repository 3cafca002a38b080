package dev.carnet.markdown;

import dev.carnet.model.UrlScheme;
import java.nio.charset.StandardCharsets;

/**
 * A link's or image's address as the page gets it, the same in carnet's HTML writer and in
 * flexmark's (through the link resolver): a bare {@code www.} gets its scheme, the site rewrites
 * it, a scheme off {@link UrlScheme}'s list makes it {@code #}, and what is not printable ASCII is
 * percent-encoded.
 */
final class LinkUrls {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private LinkUrls() {
    }

    /** @param url as written, backslash escapes and character references resolved */
    static String resolve(UrlRewriter rewriter, String url, boolean image) {
        if (url.isEmpty()) {
            return url; // flexmark never hands an empty address to a link resolver: [a]() stays ""
        }
        String full = url.startsWith("www.") ? "https://" + url : url;
        String rewritten = rewriter.rewrite(full, image);
        // Refused as written too: a rewriter may turn "&#106;avascript:" into a harmless path, but
        // carnet check reports the note's address as written, and the page must agree with it.
        if (UrlScheme.refusedScheme(full) != null || UrlScheme.refusedScheme(rewritten) != null) {
            return UrlScheme.REFUSED_URL;
        }
        return ascii(rewritten);
    }

    /** The address of a bare e-mail address, after "mailto:": never rewritten as a path of the site. */
    static String mail(String address) {
        return ascii(address);
    }

    /** Percent-encodes what is not printable ASCII in a URL (an autolink keeps a raw 'é' otherwise). */
    static String ascii(String url) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean plain = c > 0x20 && c < 0x7f;
            if (plain && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            if (plain) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
                for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
                }
                i = end - 1;
            }
        }
        return out == null ? url : out.toString();
    }
}
