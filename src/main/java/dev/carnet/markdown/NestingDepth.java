package dev.carnet.markdown;

/**
 * How deep one line nests quotes and lists by their markers ({@code > - - 1. x}), found by a scan
 * before flexmark parses: its parser slows down with the square of the depth and its recursion gives
 * out near a thousand, so {@code "+ 1) ".repeat(10_000)} (60 KB) took over 30 s before failing.
 * Nesting by indentation needs the square of the depth in bytes, which the note size limit bounds.
 */
final class NestingDepth {
    /** Far beyond any quoted e-mail thread or outline a person writes. */
    static final int MAX = 100;

    private NestingDepth() {
    }

    /** The 1-based line of the first line nesting deeper than {@link #MAX}, or 0. */
    static int firstTooDeep(char[] text) {
        int line = 1;
        int depth = 0;
        boolean counting = true;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c == '\n') {
                line++;
                depth = 0;
                counting = true;
            } else if (counting && c != ' ' && c != '\t') {
                int marker = markerEnd(text, i);
                if (marker < 0) {
                    counting = false;
                } else if (++depth > MAX && !onlyRule(text, i)) {
                    return line;
                } else {
                    i = marker - 1;
                }
            }
        }
        return 0;
    }

    /** Where the container marker at {@code i} ends ({@code >}, or a list marker and its blank), or -1. */
    private static int markerEnd(char[] text, int i) {
        char c = text[i];
        if (c == '>') {
            return i + 1;
        }
        int j = i;
        if (c == '-' || c == '+' || c == '*') {
            j++;
        } else {
            while (j < text.length && j - i < 9 && text[j] >= '0' && text[j] <= '9') {
                j++;
            }
            if (j == i || j >= text.length || text[j] != '.' && text[j] != ')') {
                return -1;
            }
            j++;
        }
        return j < text.length && (text[j] == ' ' || text[j] == '\t') ? j + 1 : -1;
    }

    /** {@code - - - - -} or {@code * * *} to the end of the line is a rule drawn with blanks, not lists. */
    private static boolean onlyRule(char[] text, int from) {
        int start = from;
        while (start > 0 && text[start - 1] != '\n') {
            start--;
        }
        char rule = 0;
        for (int i = start; i < text.length && text[i] != '\n'; i++) {
            char c = text[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '>') {
                continue;
            }
            if (rule == 0 && (c == '-' || c == '*' || c == '_')) {
                rule = c;
            } else if (c != rule) {
                return false;
            }
        }
        return true;
    }
}
