package dev.carnet.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A text node's characters in an array reused from node to node: the passes over a note's text
 * (bare URLs, French spacing) scan them without a String and a copy of their own per node, which
 * count in the C1 code the launcher runs. A String is made only for a node that needs one.
 */
final class TextChars {
    private char[] array = new char[512];
    private int length;

    /** Holds the characters of {@code chars} from now on. */
    TextChars of(BasedSequence chars) {
        length = chars.length();
        if (length > array.length) {
            array = new char[Math.max(length, array.length * 2)];
        }
        PlainChars.copy(chars, array);
        return this;
    }

    char[] array() {
        return array;
    }

    int length() {
        return length;
    }

    boolean contains(String part) {
        int last = length - part.length();
        char first = part.charAt(0);
        for (int i = 0; i <= last; i++) {
            if (array[i] == first && matchesAt(i, part)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesAt(int at, String part) {
        for (int j = 1; j < part.length(); j++) {
            if (array[at + j] != part.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return new String(array, 0, length);
    }
}
