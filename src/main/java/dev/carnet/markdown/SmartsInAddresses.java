package dev.carnet.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's typography turns {@code --}, {@code ...} and {@code '} into dashes, an ellipsis and
 * an apostrophe while parsing, which cuts a bare address in two text nodes
 * ({@code https://fr.wikipedia.org/wiki/Jeanne_d'Arc} linked only up to {@code d}). Where such a
 * mark sits inside an address, the text is joined again as written, before bare URLs are found.
 */
final class SmartsInAddresses {
    private SmartsInAddresses() {
    }

    static void join(Text text) {
        for (Node next = text.getNext(); next instanceof TypographicSmarts smarts && inAddress(text.getChars(), smarts); next = text.getNext()) {
            Node after = smarts.getNext();
            int end = after instanceof Text following ? following.getEndOffset() : smarts.getEndOffset();
            BasedSequence joined = text.getChars().baseSubSequence(text.getStartOffset(), end);
            smarts.unlink();
            if (after instanceof Text following) {
                following.unlink();
            }
            text.setChars(joined);
        }
    }

    /**
     * The text ends in the middle of an address, and the mark goes on with it (a dash) or before
     * more of it: anything but a space may be part of an address ({@code https://ex.org/...=}), and
     * the joined text is what the author wrote, so the link found in it is the one found without
     * typography.
     */
    private static boolean inAddress(BasedSequence before, TypographicSmarts smarts) {
        int start = before.length();
        while (start > 0 && !Character.isWhitespace(before.charAt(start - 1))) {
            start--;
        }
        if (start == before.length()) {
            return false;
        }
        String word = before.subSequence(start).toString();
        if (!word.contains("://") && !word.regionMatches(true, 0, "www.", 0, 4)) {
            return false;
        }
        if (smarts.getChars().startsWith("-")) {
            return true;
        }
        Node after = smarts.getNext();
        return after instanceof Text following && !following.getChars().isEmpty() && !Character.isWhitespace(following.getChars().charAt(0));
    }
}
