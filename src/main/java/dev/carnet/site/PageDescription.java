package dev.carnet.site;

/** The description a page's head gives search engines and link previews: its text on one line, cut at a word. */
final class PageDescription {
    private static final int DESCRIPTION_CHARS = 200;

    private PageDescription() {
    }

    static String of(String text) {
        String flat = collapseSpaces(text).strip();
        if (flat.length() <= DESCRIPTION_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', DESCRIPTION_CHARS);
        return flat.substring(0, cut > 0 ? cut : DESCRIPTION_CHARS) + "…";
    }

    /** {@code text.replaceAll("\\s+", " ")} without a regular expression: every note page's head has one. */
    static String collapseSpaces(String text) {
        if (!needsCollapsing(text)) {
            return text;
        }
        StringBuilder flat = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (!(space && inSpace)) {
                flat.append(space ? ' ' : c);
            }
            inSpace = space;
        }
        return flat.toString();
    }

    /** Whether a space other than ' ', or two in a row, is there: most summaries have neither. */
    private static boolean needsCollapsing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** What {@code \\s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
