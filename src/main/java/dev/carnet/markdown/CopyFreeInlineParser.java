package dev.carnet.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, doing the same with less copying, which counts in the C1 code the
 * launcher runs:
 * <ul>
 *   <li>a regex match is taken from the matcher; flexmark's Matcher.toMatchResult() copies the
 *       whole paragraph for the spaces around every link's parts and every code span;
 *   <li>a run of plain text is scanned in the note's array rather than through the sequence's
 *       charAt and the special-character BitSet;
 *   <li>a text node made of adjacent pieces (French text is cut at every apostrophe, period and
 *       hyphen, which extensions look at) is one slice of the note, as flexmark would find after
 *       assembling the pieces in a sequence builder.
 * </ul>
 */
final class CopyFreeInlineParser extends CommonmarkInlineParser {
    /** {@link #specialCharacters} below 128, as two masks, and how many it held when they were taken. */
    private long specialLow;
    private long specialHigh;
    private int specialCount = -1;

    CopyFreeInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                         Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                         List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = matcherAtIndex(re);
        if (matcher == null) {
            return null;
        }
        index = matcher.end();
        return input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = matcherAtIndex(re);
        if (matcher == null) {
            return null;
        }
        index = matcher.end();
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    @Override
    protected boolean parseString() {
        if (!(input instanceof CharSubSequence slice)) {
            return super.parseString();
        }
        // A paragraph pre-processor may add special characters to the set in place: they only grow.
        int count = specialCharacters.cardinality();
        if (count != specialCount) {
            specialLow = 0;
            specialHigh = 0;
            for (int c = specialCharacters.nextSetBit(0); c >= 0 && c < 128; c = specialCharacters.nextSetBit(c + 1)) {
                if (c < 64) {
                    specialLow |= 1L << c;
                } else {
                    specialHigh |= 1L << c;
                }
            }
            specialCount = count;
        }
        char[] chars = slice.getBase();
        int offset = slice.getStartOffset();
        int begin = index;
        int end = begin;
        int length = input.length();
        while (end != length) {
            char c = chars[offset + end];
            boolean special = c < 64 ? (specialLow & 1L << c) != 0 && c != 0
                    : c < 128 ? (specialHigh & 1L << c) != 0
                    : specialCharacters.get(c);
            if (special || c == 0 && specialCharacters.get(SequenceUtils.ENC_NUL)) {
                break; // CharSubSequence reads a NUL as U+FFFD
            }
            end++;
        }
        index = end;
        if (begin == end) {
            return false;
        }
        appendText(input, begin, end);
        return true;
    }

    @Override
    public boolean flushTextNode() {
        BasedSequence whole = currentText == null ? null : adjacent(currentText);
        if (whole == null) {
            return super.flushTextNode();
        }
        block.appendChild(new Text(whole));
        currentText = null;
        return true;
    }

    /** The pieces as one slice of the note when they follow each other in it, else null. */
    private static BasedSequence adjacent(List<BasedSequence> pieces) {
        if (pieces.isEmpty() || !(pieces.get(0) instanceof CharSubSequence first)) {
            return null;
        }
        int end = first.getEndOffset();
        for (int i = 1; i < pieces.size(); i++) {
            if (!(pieces.get(i) instanceof CharSubSequence piece) || piece.getBase() != first.getBase() || piece.getStartOffset() != end) {
                return null;
            }
            end = piece.getEndOffset();
        }
        return first.baseSubSequence(first.getStartOffset(), end);
    }

    /** A matcher that found {@code re} from the current index on, or null (flexmark's find(), not a lookingAt()). */
    private Matcher matcherAtIndex(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        return matcher.find() ? matcher : null;
    }
}
