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
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, (node, context, html) -> html.raw(html(PlainChars.of(node.getChars())))));
    }

    static String html(String text) {
        String plain = text;
        if (plain.indexOf('\\') >= 0 || plain.indexOf('&') >= 0) {
            plain = Escaping.unescapeString(plain);
        }
        if (plain.indexOf('\r') >= 0) {
            plain = Escaping.normalizeEOL(plain);
        }
        return escape(plain);
    }

    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(entity);
            } else if (out != null) {
                out.append(text.charAt(i));
            }
        }
        return out == null ? text : out.toString();
    }
}
