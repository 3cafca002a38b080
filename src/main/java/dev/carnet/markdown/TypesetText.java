package dev.carnet.markdown;

/**
 * A line of plain text (a title, a summary) made Markdown that reads back as exactly its
 * characters: every character Markdown gives a meaning to is backslash-escaped, except those the
 * typography works on (quotes, apostrophes, dots, dashes, the high punctuation French spaces) and
 * the pairs {@code <<} {@code >>} it turns into guillemets.
 */
final class TypesetText {
    private static final String ESCAPED = "\\`*_[]{}#+|~&";

    private TypesetText() {
    }

    static String escape(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean pair = (c == '<' || c == '>') && (i + 1 < line.length() && line.charAt(i + 1) == c
                    || i > 0 && line.charAt(i - 1) == c);
            boolean escape = ESCAPED.indexOf(c) >= 0 || (c == '<' || c == '>') && !pair
                    // a list's or a heading's marker at the start of the line
                    || (i == 0 && c == '-' || (c == '.' || c == ')') && i > 0 && allDigits(line, i)) && endsWord(line, i);
            if (escape) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean endsWord(String line, int i) {
        return i + 1 == line.length() || line.charAt(i + 1) == ' ';
    }

    /** Whether the line up to {@code end} is digits only ("2024. Bilan" would be an ordered list). */
    private static boolean allDigits(String line, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
