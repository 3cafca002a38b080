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
    static void text(Text text, String chars) {
        for (Node parent = text.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Code || parent instanceof AutoLink) {
                return;
            }
        }
        String before = chars;
        if (!hasHighPunctuation(before) || before.contains("://")) {
            return; // nothing to do, or a bare URL whose ? and : are not punctuation
        }
        Node previous = text.getPrevious();
        boolean joinsPrevious = previous != null && !(previous instanceof SoftLineBreak) && !(previous instanceof HardLineBreak);
        String after = space(before, joinsPrevious);
        if (!after.equals(before)) {
            text.setChars(BasedSequence.of(after));
        }
    }

    private static boolean hasHighPunctuation(String text) {
        for (char c : text.toCharArray()) {
            if (isHigh(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param joinsPrevious the text continues an inline node ("**gras** ?"), so a mark at its very
     *     start follows a word
     */
    static String space(String text, boolean joinsPrevious) {
        // Arrays rather than String and StringBuilder calls: this runs on most sentences of a French note.
        char[] in = text.toCharArray();
        char[] out = new char[in.length * 2];
        int o = 0;
        int i = 0;
        while (i < in.length) {
            char c = in[i];
            if (isHigh(c)) {
                int run = i;
                while (run < in.length && isHigh(in[run]) && (c != ':' || run == i)) {
                    run++;
                }
                boolean colon = c == ':';
                char next = run < in.length ? in[run] : ' ';
                boolean endsWord = colon ? Character.isWhitespace(next) : !(Letters.letterOrDigit(next) || next == '/' || next == '=' || next == '&');
                int wordEnd = o;
                if (wordEnd > 0 && isSpace(out[wordEnd - 1])) {
                    wordEnd--;
                }
                boolean afterWord = wordEnd > 0 ? followsWord(out[wordEnd - 1]) : joinsPrevious;
                if (endsWord && afterWord) {
                    o = wordEnd;
                    out[o++] = colon ? NBSP : NARROW_NBSP;
                }
                for (; i < run; i++) {
                    out[o++] = in[i];
                }
            } else {
                out[o++] = c;
                i++;
            }
        }
        return new String(out, 0, o);
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
