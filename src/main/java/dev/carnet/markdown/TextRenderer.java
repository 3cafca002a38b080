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
     * Each piece between two apostrophes is escaped on its own: an entity or a backslash escape
     * never holds a letter, an apostrophe and a letter ({@code \'} keeps its straight quote).
     */
    static String html(String text, boolean apostrophes) {
        if (!apostrophes || text.indexOf('\'') < 0) {
            return html(text);
        }
        StringBuilder out = null;
        int from = 0;
        for (int i = 1; i + 1 < text.length(); i++) {
            if (IntrawordApostrophes.between(text, i)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 32);
                }
                out.append(html(text.substring(from, i))).append("&rsquo;");
                from = i + 1;
            }
        }
        return out == null ? html(text) : out.append(html(text.substring(from))).toString();
    }

    static String html(String text) {
        if (plain(text)) {
            return text; // the usual case, found in one scan of an array (String.charAt is slow in C1 code)
        }
        String plain = text;
        if (plain.indexOf('\\') >= 0 || plain.indexOf('&') >= 0) {
            plain = Escaping.unescapeString(plain);
        }
        if (plain.indexOf('\r') >= 0) {
            plain = Escaping.normalizeEOL(plain);
        }
        return escape(plain);
    }

    private static boolean plain(String text) {
        for (char c : text.toCharArray()) {
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\\' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
