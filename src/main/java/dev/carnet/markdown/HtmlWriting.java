package dev.carnet.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The habits of flexmark's HTML writer that {@link HtmlEmitter} and its helpers copy: where new
 * lines go around block tags, and how attributes are escaped. Nothing here decides what to write.
 */
abstract class HtmlWriting {
    /** Thrown, without a stack trace, at the first node the emitter does not write: flexmark writes the note. */
    static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    final StringBuilder out;

    HtmlWriting(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Writes the children of {@code parent}, in order. */
    abstract void children(Node parent);

    /** A new line unless the HTML is already at the start of one: flexmark's line(). */
    final void line() {
        line(out);
    }

    static void line(StringBuilder out) {
        int length = out.length();
        if (length > 0 && out.charAt(length - 1) != '\n') {
            out.append('\n');
        }
    }

    final void inline(String tag, Node node) {
        out.append('<').append(tag).append('>');
        children(node);
        out.append("</").append(tag).append('>');
    }

    /** flexmark's tagLine: the element starts and ends a line. */
    final void block(String tag, Node node) {
        line();
        inline(tag, node);
        line();
    }

    /**
     * flexmark's tagIndent and tagLineIndent: the element's tags are on lines of their own.
     *
     * @param name the name of the one attribute the tag has, or null for none
     */
    final void blockIndent(String tag, String name, String value, Node node) {
        line();
        out.append('<').append(tag);
        if (name != null) {
            attribute(name, value);
        }
        out.append('>');
        line();
        children(node);
        line();
        out.append("</").append(tag).append('>');
        line();
    }

    /** A table in the box of {@link TableScroll}, as its flexmark renderer writes it. */
    final void scrollingTable(Node table) {
        line();
        out.append(TableScroll.OPEN);
        blockIndent("table", "class", "table", table);
        out.append(TableScroll.CLOSE);
        line();
    }

    final void attribute(String name, String value) {
        out.append(' ').append(name).append("=\"").append(attributeValue(value)).append('"');
    }

    /** flexmark's attribute escaping, which keeps entities already written as such. */
    static String attributeValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return Escaping.escapeHtml(value, true);
            }
        }
        return value;
    }
}
