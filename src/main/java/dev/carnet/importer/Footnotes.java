package dev.carnet.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Footnotes as Markdown footnotes ({@code [^1]} and {@code [^1]: text}), so carnet numbers and
 * links them itself. WordPress's footnotes block and the hand-made forms alike are a
 * {@code <sup>} link to an element holding the note, which links back.
 */
final class Footnotes {
    private Footnotes() {
    }

    /**
     * Replaces each reference by its mark and takes the notes out of the page; returns the
     * definitions, converted by {@code toMarkdown}, in reference order.
     */
    static List<String> extract(Element body, Conversion conversion, Function<Element, String> toMarkdown) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<String> definitions = new ArrayList<>();
        for (Element reference : references(body)) {
            Element link = reference.nameIs("a") ? reference : reference.selectFirst("a");
            String targetId = link.attr("href").substring(1);
            Integer number = numbers.get(targetId);
            if (number == null) {
                Element target = targetId.isEmpty() ? null : body.getElementById(targetId);
                if (target == null || target == reference || reference.parents().contains(target)) {
                    continue;
                }
                number = numbers.size() + 1;
                numbers.put(targetId, number);
                definitions.add(definition(number, target, toMarkdown));
                removeWithEmptyParents(target, body);
            }
            reference.replaceWith(new TextNode(conversion.inlineToken("[^" + number + "]")));
        }
        return definitions;
    }

    private static List<Element> references(Element body) {
        List<Element> references = new ArrayList<>();
        for (Element element : body.select("sup, a[href^=#]")) {
            if (element.nameIs("sup") && element.childrenSize() == 1 && element.child(0).nameIs("a")
                    && element.child(0).attr("href").startsWith("#") && element.ownText().isBlank()) {
                references.add(element);
            } else if (element.nameIs("a") && element.childrenSize() == 1 && element.child(0).nameIs("sup") && element.ownText().isBlank()) {
                references.add(element);
            }
        }
        return references;
    }

    private static String definition(int number, Element target, Function<Element, String> toMarkdown) {
        Element note = target.clone();
        note.tagName(target.nameIs("li") ? "div" : target.tagName());
        for (Element back : note.select("a[href^=#]")) {
            if (back.text().matches("[\\s↩↑^\uFE0E\uFE0F]*") || back.hasAttr("aria-label") || back.text().matches("(?i)\\s*retour.*")) {
                back.remove();
            }
        }
        Element first = note.selectFirst("sup");
        if (first != null && first.text().strip().equals(String.valueOf(number)) && note.text().startsWith(first.text())) {
            first.remove();
        }
        String markdown = toMarkdown.apply(note).strip()
                .replaceFirst("^\\\\?\\[?" + number + "\\\\?\\]?[.)]?\\s+", "");
        return "[^" + number + "]: " + markdown.replace("\n", "\n    ").replaceAll("\n {4}\n", "\n\n");
    }

    /** The list or block that held the notes goes too once empty, with the rule WordPress plugins put above it. */
    private static void removeWithEmptyParents(Element target, Element body) {
        Element parent = target.parent();
        target.remove();
        while (parent != null && parent != body && parent.text().isBlank() && parent.select("img").isEmpty()) {
            Element next = parent.parent();
            Element before = parent.previousElementSibling();
            parent.remove();
            if (parent.className().contains("footnote") && before != null && before.nameIs("hr")) {
                before.remove();
            }
            parent = next;
        }
    }
}
