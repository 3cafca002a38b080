package dev.carnet.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Writes text nodes exactly as flexmark's core renderer does (backslash escapes and entities
 * resolved, line ends normalised, {@code & < > "} escaped) without its three regular-expression
 * passes per node, which cost about a tenth of rendering a note: most text holds none of those
 * characters.
 */
final class TextRenderer implements NodeRenderer {
    private final boolean apostrophes;

    /** @param apostrophes write the apostrophes {@link IntrawordApostrophes} kept in the text as {@code &rsquo;} */
    TextRenderer(boolean apostrophes) {
        this.apostrophes = apostrophes;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, (node, context, html) -> html.raw(html(PlainChars.of(node.getChars()), apostrophes))));
    }

    /**
     * The text as HTML. Usually one scan of an array and one copy (String.charAt is a call chain
     * in the C1 code the launcher runs); text with a backslash, an entity or a carriage return
     * goes through flexmark's own unescaping, piece by piece between apostrophes (an entity or
     * a backslash escape never holds a letter, an apostrophe and a letter: {@code \'} stays
     * straight).
     */
    static String html(String text, boolean apostrophes) {
        char[] in = text.toCharArray();
        StringBuilder out = new StringBuilder(in.length + 16);
        append(out, in, in.length, apostrophes);
        return out.toString();
    }

    /** Appends the HTML of the first {@code length} characters of {@code in}, as {@link #html} returns it. */
    static void append(StringBuilder out, char[] in, int length, boolean apostrophes) {
        for (int i = 0; i < length; i++) {
            char c = in[i];
            if (c == '\\' || c == '\r' || c == '&' && semicolonFrom(in, i, length)) {
                // a backslash escape, a carriage return, maybe an entity
                out.append(unescaped(new String(in, 0, length), apostrophes));
                return;
            }
        }
        escape(out, in, 0, length, apostrophes);
    }

    private static boolean semicolonFrom(char[] in, int from, int length) {
        for (int i = from; i < length; i++) {
            if (in[i] == ';') {
                return true;
            }
        }
        return false;
    }

    /** Escapes {@code & < > "} as flexmark's text writer does (entities included: nothing is unescaped). */
    static String escaped(String text) {
        char[] in = text.toCharArray();
        StringBuilder out = new StringBuilder(in.length + 16);
        escape(out, in, 0, in.length, false);
        return out.toString();
    }

    /** Appends {@code in[start, end)}, with {@code & < > "} escaped (and the apostrophes curled), text that holds nothing to unescape. */
    static void escape(StringBuilder out, char[] in, int start, int end, boolean apostrophes) {
        int from = start;
        for (int i = start; i < end; i++) {
            String entity = switch (in[i]) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> apostrophes && curled(in, start, i, end) ? "&rsquo;" : null;
                default -> null;
            };
            if (entity != null) {
                out.append(in, from, i - from).append(entity);
                from = i + 1;
            }
        }
        out.append(in, from, end - from);
    }

    /** An apostrophe {@link IntrawordApostrophes} kept in the text: between two letters or digits. */
    private static boolean curled(char[] text, int start, int i, int end) {
        return i > start && i + 1 < end && IntrawordApostrophes.between(text[i - 1], text[i + 1]);
    }

    private static String unescaped(String text, boolean apostrophes) {
        if (!apostrophes) {
            return unescaped(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        char[] in = text.toCharArray();
        int from = 0;
        for (int i = 1; i + 1 < in.length; i++) {
            if (in[i] == '\'' && curled(in, 0, i, in.length)) {
                out.append(unescaped(text.substring(from, i))).append("&rsquo;");
                from = i + 1;
            }
        }
        return out.append(unescaped(text.substring(from))).toString();
    }

    /** flexmark's unescaping (entities, backslash escapes) and line ends, then the escaping. */
    private static String unescaped(String text) {
        return escaped(Escaping.normalizeEOL(Escaping.unescapeString(text)));
    }
}
