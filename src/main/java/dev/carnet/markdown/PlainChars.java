package dev.carnet.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
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
        if (chars instanceof SubSequence slice && slice.getBase() instanceof String source) {
            return source.substring(slice.getStartOffset(), slice.getEndOffset());
        }
        return chars.toString();
    }
}
