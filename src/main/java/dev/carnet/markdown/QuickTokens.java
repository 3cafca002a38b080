package dev.carnet.markdown;

import java.util.Arrays;

/**
 * The inline tokens of one paragraph (or heading, list item, cell) that {@link QuickInlines}
 * reads and {@link QuickHtml} writes: each a kind and a range of the note, in order, links and
 * emphasis as an opening and a closing token around what they hold.
 */
class QuickTokens {
    static final int TEXT = 0;
    static final int BREAK = 1;
    static final int DELIMITER = 2;
    static final int EM = 3;
    static final int EM_END = 4;
    static final int STRONG = 5;
    static final int STRONG_END = 6;
    static final int CODE = 7;
    static final int LINK = 8;
    static final int LINK_END = 9;
    static final int IMAGE = 10;
    static final int FOOTNOTE = 11;

    /** A link's or an image's address as written and its title (null without one), and for an image its alternative text. */
    record Target(String url, String title, String alt) {
    }

    int count;
    int[] kind = new int[64];
    int[] from = new int[64];
    int[] to = new int[64];
    /** The 0-based line of a link or image, the run length of a delimiter. */
    int[] line = new int[64];
    Object[] target = new Object[64];
    private int[] stack = new int[16];

    /** Starts a new paragraph. */
    void clear() {
        count = 0;
    }

    /** Pairs the emphasis delimiters: each closer with the opener just before it, of its length, in the same link text. */
    void resolve() {
        int top = 0;
        for (int t = 0; t < count; t++) {
            int k = kind[t];
            if (k == LINK) {
                top = push(top, -1);
            } else if (k == LINK_END) {
                if (top == 0 || stack[top - 1] != -1) {
                    throw new HtmlWriting.Unsupported();
                }
                top--;
            } else if (k == DELIMITER) {
                if (to[t] == 1) { // an opener
                    top = push(top, t);
                } else {
                    int opener = top == 0 ? -1 : stack[top - 1];
                    if (opener < 0 || line[opener] != line[t]) {
                        throw new HtmlWriting.Unsupported();
                    }
                    top--;
                    kind[opener] = line[t] == 1 ? EM : STRONG;
                    kind[t] = line[t] == 1 ? EM_END : STRONG_END;
                }
            }
        }
        if (top != 0) {
            throw new HtmlWriting.Unsupported();
        }
    }

    private int push(int top, int value) {
        if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
        }
        stack[top] = value;
        return top + 1;
    }

    static void unsupportedIf(boolean condition) {
        if (condition) {
            throw new HtmlWriting.Unsupported();
        }
    }

    void add(int k, int a, int b, int l, Object t) {
        if (count == kind.length) {
            int size = count * 2;
            kind = Arrays.copyOf(kind, size);
            from = Arrays.copyOf(from, size);
            to = Arrays.copyOf(to, size);
            line = Arrays.copyOf(line, size);
            target = Arrays.copyOf(target, size);
        }
        kind[count] = k;
        from[count] = a;
        to[count] = b;
        line[count] = l;
        target[count] = t;
        count++;
    }
}
