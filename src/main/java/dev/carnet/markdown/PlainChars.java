package dev.carnet.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The characters of a flexmark sequence as a String. flexmark's own toString() copies one
 * character at a time through several indirections, which showed up as a tenth of a site build;
 * most text nodes are a plain slice of the note, copied here in one go.
 */
final class PlainChars {
    private PlainChars() {
    }

    static String of(BasedSequence chars) {
        if (chars instanceof CharSubSequence slice) {
            return new String(slice.getBase(), slice.getStartOffset(), slice.length());
        }
        if (chars instanceof SubSequence slice && slice.getBase() instanceof String source) {
            return source.substring(slice.getStartOffset(), slice.getEndOffset());
        }
        return chars.toString();
    }

    /** Copies the characters of {@code chars} to the start of {@code into}, which holds them. */
    static void copy(BasedSequence chars, char[] into) {
        if (chars instanceof CharSubSequence slice) {
            System.arraycopy(slice.getBase(), slice.getStartOffset(), into, 0, slice.length());
        } else if (chars instanceof SubSequence slice && slice.getBase() instanceof String source) {
            source.getChars(slice.getStartOffset(), slice.getEndOffset(), into, 0);
        } else {
            chars.toString().getChars(0, chars.length(), into, 0);
        }
    }

    /**
     * A note's text as flexmark's input, read through an array: a String-based sequence reads
     * each character through String.charAt, a call chain in C1 code. flexmark keeps its own
     * copy of the array.
     */
    @SuppressWarnings("deprecation") // flexmark's only factory that takes an array; not marked for removal
    static BasedSequence sequence(char[] text) {
        return CharSubSequence.of(text, 0, text.length);
    }
}
