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

    static void text(Text text) {
        for (Node parent = text.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Code || parent instanceof AutoLink) {
                return;
            }
        }
        String before = PlainChars.of(text.getChars());
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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ':' || c == '!' || c == '?') {
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
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ';' || c == '!' || c == '?' || c == ':') {
                int run = i;
                while (run < text.length() && isHigh(text.charAt(run)) && (c != ':' || run == i)) {
                    run++;
                }
                boolean colon = c == ':';
                char next = run < text.length() ? text.charAt(run) : ' ';
                boolean endsWord = colon ? Character.isWhitespace(next) : !(Character.isLetterOrDigit(next) || next == '/' || next == '=' || next == '&');
                int wordEnd = out.length();
                if (wordEnd > 0 && isSpace(out.charAt(wordEnd - 1))) {
                    wordEnd--;
                }
                boolean afterWord = wordEnd > 0 ? followsWord(out.charAt(wordEnd - 1)) : joinsPrevious;
                if (endsWord && afterWord) {
                    out.setLength(wordEnd);
                    out.append(colon ? NBSP : NARROW_NBSP);
                }
                out.append(text, i, run);
                i = run;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isHigh(char c) {
        return c == ';' || c == '!' || c == '?' || c == ':';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == NBSP || c == NARROW_NBSP;
    }

    private static boolean followsWord(char c) {
        return Character.isLetterOrDigit(c) || c == '»' || c == ')' || c == ']' || c == '*' || c == '_' || c == '’' || c == '\'';
    }
}
