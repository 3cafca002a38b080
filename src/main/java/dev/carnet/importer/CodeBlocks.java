package dev.carnet.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * {@code <pre>} in all the shapes WordPress and its highlighter plugins write, as fenced code
 * blocks that keep the code byte for byte (flexmark would indent it and lose the language).
 */
final class CodeBlocks {
    /** Gutenberg and Prism ({@code language-java}), SyntaxHighlighter ({@code brush: js}), Crayon ({@code lang:python}). */
    private static final Pattern LANGUAGE = Pattern.compile("(?:^|\\s|;)(?:brush:\\s*|lang:|language-|lang-)([\\w+#.-]+)");
    private static final Pattern LONGEST_FENCE = Pattern.compile("(?m)^\\s*(`{3,})");

    private CodeBlocks() {
    }

    static void replace(Element body, Conversion conversion) {
        for (Element pre : body.select("pre")) {
            if (pre.hasClass("wp-block-verse")) {
                verse(pre);
                continue;
            }
            Element code = pre.selectFirst("code");
            String language = language(pre.className() + " " + (code == null ? "" : code.className()));
            for (Element br : pre.select("br")) {
                br.replaceWith(new TextNode("\n"));
            }
            Element p = new Element("p").text(conversion.blockToken(fence(pre.wholeText(), language)));
            pre.replaceWith(p);
            paragraphBefore(p);
        }
    }

    static String fence(String code, String language) {
        String body = code.replaceAll("^(?:[ \\t]*\\n)+", "").stripTrailing();
        int longest = 2;
        Matcher m = LONGEST_FENCE.matcher(body);
        while (m.find()) {
            longest = Math.max(longest, m.group(1).length());
        }
        String fence = "`".repeat(longest + 1);
        return fence + language.strip().toLowerCase() + "\n" + body + "\n" + fence;
    }

    static String language(String classes) {
        Matcher m = LANGUAGE.matcher(classes);
        return m.find() ? m.group(1) : "";
    }

    /**
     * Text before the code in the same list item ("Lancer :") must be a paragraph of its own,
     * else flexmark writes the fence on the same line as the text.
     */
    private static void paragraphBefore(Element block) {
        List<Node> inline = new ArrayList<>();
        for (Node node = block.previousSibling(); node != null && !(node instanceof Element e && e.isBlock()); node = node.previousSibling()) {
            inline.add(0, node);
        }
        if (block.parent() == null || block.parent().nameIs("body") || inline.stream().allMatch(n -> n instanceof TextNode t && t.isBlank())) {
            return;
        }
        Element p = new Element("p");
        block.before(p);
        for (Node node : inline) {
            p.appendChild(node);
        }
    }

    /** A poem keeps its lines: a paragraph with line breaks, not code. */
    private static void verse(Element pre) {
        Element p = new Element("p");
        String[] lines = pre.wholeText().strip().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p.appendElement("br");
            }
            p.appendText(lines[i]);
        }
        pre.replaceWith(p);
    }
}
