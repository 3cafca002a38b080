package dev.carnet.importer;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The escapes flexmark leaves out: text that would read as Markdown syntax ("2024. Une année"
 * as a list, "_mot_" as emphasis). A mark goes into the text where a backslash belongs, and
 * becomes one in the Markdown; a backslash written into the text would be escaped itself.
 */
final class TextEscapes {
    static final char MARK = '\uE003';

    private static final Set<String> LINE_STARTS = Set.of("body", "p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt");
    private static final Pattern ORDERED = Pattern.compile("^(\\s*\\d{1,9})([.)])(?=\\s|$)");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)([-+]|#{1,6})(?=\\s|$)");
    private static final Pattern UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])");

    private TextEscapes() {
    }

    static void mark(Element body) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !insideCode(text)) {
                String s = UNDERSCORE.matcher(text.getWholeText()).replaceAll(MARK + "_");
                if (startsALine(text)) {
                    s = ORDERED.matcher(s).replaceFirst("$1" + MARK + "$2");
                    s = BULLET.matcher(s).replaceFirst("$1" + MARK + "$2");
                }
                text.text(s);
            }
        }, body);
    }

    static String restore(String markdown) {
        return markdown.replace(MARK, '\\');
    }

    private static boolean startsALine(TextNode text) {
        Node before = text.previousSibling();
        Element parent = text.parentElement();
        return (before == null && parent != null && LINE_STARTS.contains(parent.normalName()))
                || before instanceof Element br && br.nameIs("br");
    }

    private static boolean insideCode(TextNode text) {
        for (Element element = text.parentElement(); element != null; element = element.parent()) {
            if (element.nameIs("code") || element.nameIs("pre") || element.nameIs("kbd") || element.nameIs("samp")) {
                return true;
            }
        }
        return false;
    }
}
