package dev.carnet.markdown;

/**
 * The inline Markdown of one paragraph, heading, list item or table cell, for the notes
 * {@link QuickRenderer} writes: text, {@code *emphasis*} and {@code **strong**}, code spans,
 * links and images with a plain address, footnote references and soft line breaks. It reads the
 * note's array in place, as a list of tokens, then writes them with the typography of carnet's
 * flexmark path (French spacing, curled apostrophes). Whatever it is not sure to read as flexmark
 * does (an underscore, a backslash, an entity, raw HTML, quotes and dashes the typography would
 * change, a bare address, an emphasis run that is not plainly an opener or a closer, ...) throws
 * {@link HtmlWriting.Unsupported}: the note then goes through flexmark.
 */
final class QuickInlines extends QuickTokens {
    /** The characters that end a run of plain text (below 128: the rest is plain). */
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c = 0; c < ' '; c++) {
            SPECIAL[c] = true;
        }
        for (char c : "*`![]'\".->< \\_~{}|&:wW@\u007f".toCharArray()) {
            SPECIAL[c] = c != ' ';
        }
    }

    private final char[] s;
    private final boolean french;

    QuickInlines(char[] source, boolean french) {
        this.s = source;
        this.french = french;
    }

    /** Reads the paragraph's next line, {@code s[start, end)} (a soft line break before it unless it is the first). */
    void line(int start, int end, int lineNumber) {
        if (count > 0) {
            add(BREAK, start, start, 0, null);
        }
        scan(start, end, start, end, lineNumber, false);
    }

    private void scan(int start, int end, int lineStart, int lineEnd, int lineNumber, boolean inLink) {
        int text = start;
        int i = start;
        while (i < end) {
            char c = s[i];
            if (c >= 128 || !SPECIAL[c]) {
                i++;
                continue;
            }
            int next = i + 1 < lineEnd ? s[i + 1] : '\n';
            switch (c) {
                case '*' -> {
                    flush(text, i);
                    i = delimiter(i, end, lineStart, lineEnd);
                    text = i;
                }
                case '`' -> {
                    flush(text, i);
                    i = code(i, end);
                    text = i;
                }
                case '[' -> {
                    if (inLink) {
                        throw new HtmlWriting.Unsupported();
                    }
                    flush(text, i);
                    i = next == '^' ? footnote(i, lineEnd) : link(i, lineStart, lineEnd, lineNumber, false);
                    text = i;
                }
                case '!' -> {
                    // "![^1]" is an exclamation mark before a footnote reference.
                    if (next == '[' && !(i + 2 < end && s[i + 2] == '^')) {
                        if (inLink) {
                            throw new HtmlWriting.Unsupported();
                        }
                        flush(text, i);
                        i = link(i + 1, lineStart, lineEnd, lineNumber, true);
                        text = i;
                    } else {
                        i++;
                    }
                }
                case '\'' -> {
                    if (french && !(i > lineStart && IntrawordApostrophes.between(s[i - 1], (char) next))) {
                        throw new HtmlWriting.Unsupported(); // a quote or an apostrophe flexmark's typography writes
                    }
                    i++;
                }
                case '"' -> {
                    unsupportedIf(french); // typographic quotes
                    i++;
                }
                case '.' -> {
                    unsupportedIf(french && (next == '.' || next == ' ' && i + 2 < lineEnd && s[i + 2] == '.')); // an ellipsis
                    i++;
                }
                case '-', '>' -> {
                    unsupportedIf(french && next == c); // a dash, a guillemet
                    i++;
                }
                case '&' -> {
                    unsupportedIf(next == '#' || next < 128 && Letters.letterOrDigit((char) next)); // maybe an entity
                    i++;
                }
                case ':' -> {
                    unsupportedIf(next == '/' && i + 2 < lineEnd && s[i + 2] == '/'); // a bare address
                    i++;
                }
                case 'w', 'W' -> {
                    unsupportedIf(i + 3 < lineEnd && (next | 0x20) == 'w' && (s[i + 2] | 0x20) == 'w' && s[i + 3] == '.');
                    i++;
                }
                default -> throw new HtmlWriting.Unsupported(); // ] \ _ ~ { } | @ < and control characters
            }
        }
        flush(text, end);
    }

    private void flush(int start, int end) {
        if (end > start) {
            add(TEXT, start, end, 0, null);
        }
    }

    /** A run of one or two '*' that is plainly an opener or a closer by CommonMark's flanking rules. */
    private int delimiter(int i, int end, int lineStart, int lineEnd) {
        int r = i;
        while (r < end && s[r] == '*') {
            r++;
        }
        int length = r - i;
        unsupportedIf(length > 2);
        int before = kindOf(i == lineStart ? ' ' : s[i - 1]);
        int after = kindOf(r == lineEnd ? ' ' : s[r]);
        boolean left = after != SPACE && (after != PUNCTUATION || before != OTHER);
        boolean right = before != SPACE && (before != PUNCTUATION || after != OTHER);
        unsupportedIf(left == right);
        add(DELIMITER, i, left ? 1 : 0, length, null);
        return r;
    }

    private static final int SPACE = 0;
    private static final int PUNCTUATION = 1;
    private static final int OTHER = 2;

    private static int kindOf(char c) {
        if (c == ' ') {
            return SPACE;
        }
        if (c < 128) {
            if (Letters.letterOrDigit(c)) {
                return OTHER;
            }
            if (c > ' ' && c < 127) {
                return PUNCTUATION;
            }
        } else if (Character.isLetterOrDigit(c)) {
            return OTHER;
        } else if ("«»“”‘’…—–".indexOf(c) >= 0) {
            return PUNCTUATION;
        }
        throw new HtmlWriting.Unsupported(); // a no-break space, a symbol: flexmark's classes, not guessed here
    }

    /** A code span between single backticks, its content neither starting nor ending with a space. */
    private int code(int i, int end) {
        int close = i + 1;
        while (close < end && s[close] != '`') {
            unsupportedIf(s[close] < ' ' || s[close] == ' ' && s[close - 1] == ' ');
            close++;
        }
        unsupportedIf(close >= end || close == i + 1 || s[i + 1] == ' ' || s[close - 1] == ' '
                || close + 1 < end && s[close + 1] == '`');
        add(CODE, i + 1, close, 0, null);
        return close + 1;
    }

    /** {@code [^label]}: letters and digits, and not a definition or a link. */
    private int footnote(int i, int lineEnd) {
        int j = i + 2;
        while (j < lineEnd && s[j] < 128 && Letters.letterOrDigit(s[j])) {
            j++;
        }
        unsupportedIf(j == i + 2 || j >= lineEnd || s[j] != ']' || j + 1 < lineEnd && (s[j + 1] == '(' || s[j + 1] == '[' || s[j + 1] == ':'));
        add(FOOTNOTE, i + 2, j, 0, null);
        return j + 1;
    }

    /**
     * {@code [text](address)} or {@code ![alt](address "title")} from the '[' at {@code i}: the text
     * on one line, the address without spaces, parentheses or escapes, the title in double quotes.
     */
    private int link(int i, int lineStart, int lineEnd, int lineNumber, boolean image) {
        int close = closingBracket(i + 1, lineEnd);
        unsupportedIf(close == i + 1 && !image || close + 1 >= lineEnd || s[close + 1] != '(');
        // flexmark trims the blanks inside the brackets
        unsupportedIf(close > i + 1 && (s[i + 1] == ' ' || s[close - 1] == ' '));
        int u = close + 2;
        int d = u;
        while (d < lineEnd && s[d] != ')' && s[d] != ' ') {
            char c = s[d];
            unsupportedIf(c < ' ' || c == '(' || c == '<' || c == '>' || c == '\\' || c == '`' || c == '"' || c == '\u007f'
                    || c == '&' && d + 1 < lineEnd && (s[d + 1] == '#' || Letters.letterOrDigit(s[d + 1])) || c >= 128 && Character.isSpaceChar(c));
            d++;
        }
        unsupportedIf(d == u || d >= lineEnd);
        String title = null;
        int after = d + 1;
        if (s[d] == ' ') {
            unsupportedIf(d + 1 >= lineEnd || s[d + 1] != '"');
            int q = d + 2;
            while (q < lineEnd && s[q] != '"') {
                unsupportedIf(s[q] == '\\' || s[q] == '&' || s[q] < ' ');
                q++;
            }
            unsupportedIf(q + 1 >= lineEnd || s[q + 1] != ')');
            title = new String(s, d + 2, q - d - 2);
            after = q + 2;
        }
        String url = new String(s, u, d - u);
        if (image) {
            add(IMAGE, i - 1, after, lineNumber, new Target(url, title, alt(i + 1, close)));
        } else {
            add(LINK, i, after, lineNumber, new Target(url, title, null));
            scan(i + 1, close, lineStart, lineEnd, lineNumber, true);
            add(LINK_END, close, close, 0, null);
        }
        return after;
    }

    /** The ']' closing the bracket before {@code from}, past code spans; none inside, no escape. */
    private int closingBracket(int from, int lineEnd) {
        for (int j = from; j < lineEnd; j++) {
            char c = s[j];
            if (c == ']') {
                return j;
            }
            unsupportedIf(c == '[' || c == '\\');
            if (c == '`') {
                for (j++; j < lineEnd && s[j] != '`'; j++) {
                    // inside a code span
                }
            }
        }
        throw new HtmlWriting.Unsupported();
    }

    /** An image's alternative text: plain characters, as flexmark collects them (its Markdown is not read). */
    private String alt(int start, int end) {
        for (int j = start; j < end; j++) {
            char c = s[j];
            if (c < 128 && SPECIAL[c]) {
                switch (c) {
                    case '.', '-', '>' -> unsupportedIf(french && (s[j + 1] == c || c == '.' && s[j + 1] == ' ' && s[j + 2] == '.'));
                    case '\'' -> unsupportedIf(french && !IntrawordApostrophes.between(s[j - 1], s[j + 1]));
                    case '"' -> unsupportedIf(french);
                    case ':', 'w', 'W', '!' -> {
                        // plain in an alternative text
                    }
                    default -> throw new HtmlWriting.Unsupported();
                }
            }
        }
        return new String(s, start, end - start);
    }
}
