package dev.carnet.markdown;

/**
 * What {@link QuickRenderer} asks of a line of the note: whether it is blank, whether it can only
 * be more of a paragraph, where an ordered item's text starts, whether a list or a quote would go
 * on after a blank line. Every answer that flexmark could read otherwise is "no" or
 * {@link HtmlWriting.Unsupported}.
 */
final class QuickBlocks {
    private final char[] s;
    private final int n;

    QuickBlocks(char[] source) {
        this.s = source;
        this.n = source.length;
    }

    boolean blank(int p, int e) {
        for (int i = p; i < e; i++) {
            if (s[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    /** A line that starts or ends with a blank (indented code, a hard break, a tab, a no-break space) is flexmark's. */
    void edges(int p, int e) {
        QuickTokens.unsupportedIf(spaceLike(s[p]) || spaceLike(s[e - 1]));
    }

    private static boolean spaceLike(char c) {
        return c <= ' ' || c == '\u007f' || c >= 0x80 && (Character.isSpaceChar(c) || Character.isWhitespace(c));
    }

    /** Whether the line from {@code p} (not blank) can only start or go on with a paragraph's text. */
    boolean plainLine(int p, int e) {
        char c = s[p];
        return switch (c) {
            case ' ', '#', '>', '+', '-', '=', '|', '<', '_', '~', '\\' -> false;
            case '*' -> p + 1 < e && s[p + 1] != ' ';
            case '`' -> p + 1 >= e || s[p + 1] != '`';
            case '[' -> p + 1 < e && s[p + 1] != '^' && !definesReference(p, e);
            default -> c < '0' || c > '9' || orderedMarker(p, e) == 0;
        };
    }

    /** "[x]: ..." anywhere a reference definition could be. */
    private boolean definesReference(int p, int e) {
        for (int i = p + 1; i + 1 < e; i++) {
            if (s[i] == ']' && s[i + 1] == ':') {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the text of an ordered item marked {@code 1. } starts, or 0 when the line is not one
     * ("2024. Bilan" is: the caller never takes it for a paragraph). Markers with ')' or a leading
     * zero, and empty items, are flexmark's.
     */
    int orderedMarker(int p, int e) {
        int j = p;
        while (j < e && s[j] >= '0' && s[j] <= '9') {
            j++;
        }
        if (j == p || j >= e || s[j] != '.' && s[j] != ')') {
            return 0;
        }
        boolean marker = j + 1 == e || s[j + 1] == ' ';
        QuickTokens.unsupportedIf(marker && (s[j] == ')' || j + 1 == e || j - p > 9 || s[p] == '0'));
        return marker ? j + 2 : 0;
    }

    /** The number of an ordered item. */
    int number(int p) {
        int value = 0;
        for (int j = p; s[j] >= '0' && s[j] <= '9'; j++) {
            value = value * 10 + s[j] - '0';
        }
        return value;
    }

    /** Whether the next line with text after {@code q} is indented or an item, which would make the list before it loose. */
    boolean listGoesOn(int q) {
        int r = nextText(q);
        if (r >= n) {
            return false;
        }
        int e = lineEnd(r);
        char c = s[r];
        return c == ' ' || (c == '-' || c == '+' || c == '*') && (r + 1 == e || s[r + 1] == ' ')
                || c >= '0' && c <= '9' && orderedMarker(r, e) > 0;
    }

    /** Whether the next line with text after {@code q} starts with {@code c} or is indented. */
    boolean nextStartsWith(int q, char c) {
        int r = nextText(q);
        return r < n && (s[r] == c || s[r] == ' ');
    }

    private int nextText(int q) {
        int r = q;
        while (r < n) {
            int e = lineEnd(r);
            if (!blank(r, e)) {
                return r;
            }
            r = e + 1;
        }
        return n;
    }

    private int lineEnd(int p) {
        int e = p;
        while (e < n && s[e] != '\n') {
            e++;
        }
        return e;
    }
}
