package dev.carnet.markdown;

/**
 * A title or a summary typeset without flexmark when the only typography it needs is French
 * spacing and apostrophes between letters: what {@link MarkdownRenderer#typeset} gets from
 * flexmark for such a line (one text node, no Markdown once {@link TypesetText} has escaped it),
 * in one scan. Typeset twice a note (its title, its summary), these lines cost a cold build a
 * parse each.
 */
final class QuickTypeset {
    /** What TypesetText escapes, what the typography turns into something else, and what may start an address. */
    private static final String FLEXMARKS = "\\`*_[]{}#+|~&<>\"@";

    private QuickTypeset() {
    }

    /** @param line stripped, its blanks made single spaces; the line typeset, or null for flexmark to do it */
    static String line(String line) {
        char[] c = line.toCharArray();
        int length = c.length;
        if (length == 0 || c[0] == '-' || c[0] >= '0' && c[0] <= '9' || Character.isSpaceChar(c[0]) || Character.isSpaceChar(c[length - 1])) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            char ch = c[i];
            char next = i + 1 < length ? c[i + 1] : ' ';
            if (ch < ' ' || FLEXMARKS.indexOf(ch) >= 0
                    || ch == '\'' && !(i > 0 && IntrawordApostrophes.between(c[i - 1], next))
                    || (ch == '.' || ch == '-') && (next == ch || ch == '.' && next == ' ' && i + 2 < length && c[i + 2] == '.')
                    || ch == ':' && next == '/' && i + 2 < length && c[i + 2] == '/'
                    || (ch | 0x20) == 'w' && i + 3 < length && (next | 0x20) == 'w' && (c[i + 2] | 0x20) == 'w' && c[i + 3] == '.') {
                return null;
            }
        }
        String spaced = FrenchSpacing.hasHighPunctuation(c, 0, length) ? FrenchSpacing.space(c, 0, length, false) : null;
        char[] out = spaced == null ? c : spaced.toCharArray();
        for (int i = 1; i + 1 < out.length; i++) {
            if (out[i] == '\'' && IntrawordApostrophes.between(out[i - 1], out[i + 1])) {
                out[i] = '’';
            }
        }
        return new String(out);
    }
}
