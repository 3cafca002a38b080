package dev.carnet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * French spacing in running text only: a narrow no-break space (U+202F) before ; ! ? and a
 * no-break space (U+00A0) before : — never in code, URLs, attributes or raw HTML, which are not
 * {@link Text} nodes (or are skipped below). A plain scan, not regular expressions: it runs on
 * every text node of every note.
 */
final class FrenchSpacing {
    static final char NARROW_NBSP = '\u202F';
    static final char NBSP = '\u00A0';

    private FrenchSpacing() {
    }

    /** @param chars the text's characters, already taken out of flexmark's sequence */
    static void text(Text text, TextChars chars) {
        if (!hasHighPunctuation(chars)) {
            return;
        }
        for (Node parent = text.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Code || parent instanceof AutoLink) {
                return;
            }
        }
        Node previous = text.getPrevious();
        boolean joinsPrevious = previous != null && !(previous instanceof SoftLineBreak) && !(previous instanceof HardLineBreak);
        String after = space(chars.array(), 0, chars.length(), joinsPrevious);
        if (after != null) {
            text.setChars(BasedSequence.of(after));
        }
    }

    private static boolean hasHighPunctuation(TextChars text) {
        return hasHighPunctuation(text.array(), 0, text.length());
    }

    static boolean hasHighPunctuation(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isHigh(text[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param joinsPrevious the text continues an inline node ("**gras** ?"), so a mark at its very
     *     start follows a word
     * @return the text of {@code in[from, from + length)} with its French spaces, or null when it needs none
     */
    static String space(char[] in, int from, int length, boolean joinsPrevious) {
        // Arrays rather than String and StringBuilder calls: this runs on most sentences of a French note.
        char[] out = new char[length * 2];
        int o = 0;
        int i = from;
        int end = from + length;
        boolean changed = false;
        // In an address left as text (ssh://host/x?y), up to the next blank, ? and : are not
        // punctuation; the rest of the text still gets its spaces.
        boolean address = false;
        while (i < end) {
            char c = in[i];
            if (c == ':' && i + 2 < end && in[i + 1] == '/' && in[i + 2] == '/') {
                address = true;
            } else if (address && Character.isWhitespace(c)) {
                address = false;
            }
            if (isHigh(c) && !address) {
                int run = i;
                while (run < end && isHigh(in[run]) && (c != ':' || run == i)) {
                    run++;
                }
                boolean colon = c == ':';
                char next = run < end ? in[run] : ' ';
                boolean endsWord = colon ? Character.isWhitespace(next) : !(Letters.letterOrDigit(next) || next == '/' || next == '=' || next == '&');
                int wordEnd = o;
                if (wordEnd > 0 && isSpace(out[wordEnd - 1])) {
                    wordEnd--;
                }
                boolean afterWord = wordEnd > 0 ? followsWord(out[wordEnd - 1]) : joinsPrevious;
                if (endsWord && afterWord) {
                    char space = colon ? NBSP : NARROW_NBSP;
                    changed |= o == wordEnd || out[wordEnd] != space;
                    o = wordEnd;
                    out[o++] = space;
                }
                for (; i < run; i++) {
                    out[o++] = in[i];
                }
            } else {
                out[o++] = c;
                i++;
            }
        }
        return changed ? new String(out, 0, o) : null;
    }

    private static boolean isHigh(char c) {
        return c == ';' || c == '!' || c == '?' || c == ':';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == NBSP || c == NARROW_NBSP;
    }

    private static boolean followsWord(char c) {
        return Letters.letterOrDigit(c) || c == '»' || c == ')' || c == ']' || c == '*' || c == '_' || c == '’' || c == '\'';
    }
}
