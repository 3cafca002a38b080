package dev.carnet.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;

/**
 * A table inside a box that scrolls sideways when the table is wider than a phone, so that no
 * column is cut. The box, not the table, scrolls: {@code display: block} on the table itself (what
 * the theme did) takes its table semantics away from screen readers. The box can take the focus,
 * so a keyboard scrolls it too; the theme shades the edge beyond which more columns wait.
 */
final class TableScroll {
    static final String OPEN = "<div class=\"table-scroll\" tabindex=\"0\">";
    static final String CLOSE = "</div>";

    private TableScroll() {
    }

    /** flexmark's side (the reference writer): the box around what its table renderer writes. */
    static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(TableBlock.class, Renderer::render));
        }

        private static void render(TableBlock table, NodeRendererContext context, HtmlWriter html) {
            html.line();
            html.raw(OPEN);
            context.delegateRender();
            html.line();
            html.raw(CLOSE);
            html.line();
        }
    }
}
