package dev.carnet.site;

/**
 * A note's links as a feed needs them, away from the site: {@code href="/…"} and {@code src="/…"}
 * made absolute, and {@code href="#fn-1"} pointed at the note's page. What the regular
 * expressions {@code (\s(?:href|src)=")/(?!/)} and {@code (\shref=")#(?=[^"])} did (FeedLinksTest
 * compares them on random HTML), by one scan of the text: on a cold build those expressions over
 * every note in a feed were a third of the feeds' time.
 */
final class FeedLinks {
    private FeedLinks() {
    }

    /** Each {@code href="/x"} and {@code src="/x"} after a space, as {@code href="ORIGIN/x"} (not {@code "//host"}). */
    static String rootRelative(String html, String origin) {
        StringBuilder out = null;
        int from = 0;
        for (int at = html.indexOf("=\"/"); at >= 0; at = html.indexOf("=\"/", at + 3)) {
            int slash = at + 2;
            if (slash + 1 < html.length() && html.charAt(slash + 1) == '/') {
                continue;
            }
            if (!attribute(html, at, "href") && !attribute(html, at, "src")) {
                continue;
            }
            out = out != null ? out : new StringBuilder(html.length() + 256);
            out.append(html, from, slash).append(origin);
            from = slash;
        }
        return out == null ? html : out.append(html, from, html.length()).toString();
    }

    /** Each {@code href="#x"} after a space (not a bare {@code "#"}), as {@code href="PAGE#x"}. */
    static String fragments(String html, String pageUrl) {
        StringBuilder out = null;
        int from = 0;
        for (int at = html.indexOf("=\"#"); at >= 0; at = html.indexOf("=\"#", at + 3)) {
            int hash = at + 2;
            if (hash + 1 >= html.length() || html.charAt(hash + 1) == '"' || !attribute(html, at, "href")) {
                continue;
            }
            out = out != null ? out : new StringBuilder(html.length() + 256);
            out.append(html, from, hash).append(pageUrl);
            from = hash;
        }
        return out == null ? html : out.append(html, from, html.length()).toString();
    }

    /** Whether {@code name}, after a space, ends where {@code ="} starts at {@code at}. */
    private static boolean attribute(String html, int at, String name) {
        int start = at - name.length();
        return start >= 1 && html.startsWith(name, start) && space(html.charAt(start - 1));
    }

    /** What {@code \s} matches in Java's expressions: space, tab, new line, vertical tab, form feed, carriage return. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
