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
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            if (c == '\\' || c == '\r' || c == '&' && text.indexOf(';', i) >= 0) {
                return unescaped(text, apostrophes); // a backslash escape, a carriage return, maybe an entity
            }
        }
        return escaped(text, in, apostrophes);
    }

    /** Escapes {@code & < > "} (and curls the apostrophes) of text that holds nothing to unescape. */
    private static String escaped(String text, char[] in, boolean apostrophes) {
        int extra = 0;
        for (int i = 0; i < in.length; i++) {
            switch (in[i]) {
                case '&' -> extra += 4;
                case '<', '>' -> extra += 3;
                case '"' -> extra += 5;
                case '\'' -> extra += apostrophes && curled(in, i) ? 6 : 0;
                default -> {
                }
            }
        }
        if (extra == 0) {
            return text;
        }
        char[] out = new char[in.length + extra];
        int o = 0;
        for (int i = 0; i < in.length; i++) {
            String entity = switch (in[i]) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> apostrophes && curled(in, i) ? "&rsquo;" : null;
                default -> null;
            };
            if (entity == null) {
                out[o++] = in[i];
            } else {
                entity.getChars(0, entity.length(), out, o);
                o += entity.length();
            }
        }
        return new String(out, 0, o);
    }

    /** An apostrophe {@link IntrawordApostrophes} kept in the text: between two letters or digits. */
    private static boolean curled(char[] text, int i) {
        return i > 0 && i + 1 < text.length && IntrawordApostrophes.between(text[i - 1], text[i + 1]);
    }

    private static String unescaped(String text, boolean apostrophes) {
        if (!apostrophes) {
            return unescaped(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        char[] in = text.toCharArray();
        int from = 0;
        for (int i = 1; i + 1 < in.length; i++) {
            if (in[i] == '\'' && curled(in, i)) {
                out.append(unescaped(text.substring(from, i))).append("&rsquo;");
                from = i + 1;
            }
        }
        return out.append(unescaped(text.substring(from))).toString();
    }

    /** flexmark's unescaping (entities, backslash escapes) and line ends, then the escaping. */
    private static String unescaped(String text) {
        String plain = Escaping.normalizeEOL(Escaping.unescapeString(text));
        return escaped(plain, plain.toCharArray(), false);
    }
}
