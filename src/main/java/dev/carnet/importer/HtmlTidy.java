package dev.carnet.importer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Reshapes WordPress's HTML into what has a Markdown form, before flexmark sees it: wrappers
 * come off, figures become an image line and a caption paragraph, a quote's source becomes its
 * last line.
 */
final class HtmlTidy {
    /** Stands next to emphasis that touches a word or punctuation; the space flexmark puts there goes with it. */
    static final char TIGHT = '\uE000';

    private static final Set<String> BLOCKS = Set.of("p", "div", "ul", "ol", "li", "table", "blockquote", "figure", "figcaption",
            "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "dl", "section", "article", "aside", "header", "footer", "nav", "form", "details");
    private static final Pattern SPACE_RUN = Pattern.compile("[ \\t\\n\u00a0]*\u00a0[ \\t\\n\u00a0]*");
    private static final Set<String> EMPHASIS = Set.of("strong", "b", "em", "i", "del", "s", "strike");

    private HtmlTidy() {
    }

    static void apply(Element body, Conversion conversion) {
        for (Element dropped : body.select("script, style, noscript, form, object, embed, canvas, svg")) {
            conversion.warn("dropped", dropped.normalName());
            dropped.remove();
        }
        body.select("input, button, select, textarea").remove();

        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            heading.select("strong, b").unwrap();
        }
        body.select("span, font, u, abbr, small, big, mark, label, ins").unwrap();
        // carnet's Markdown has no definition lists: a term in bold over its definition.
        for (Element term : body.select("dt")) {
            term.tagName("p").html("<strong>" + term.html() + "</strong>");
        }
        body.select("dd").tagName("p");
        body.select("dl").unwrap();
        for (Element figure : body.select("figure")) {
            figure(figure);
        }
        // A pipe table needs a header row; WordPress's table block often has none: its first row becomes it.
        for (Element table : body.select("table")) {
            Element first = table.selectFirst("tr");
            if (table.select("th").isEmpty() && first != null) {
                first.select("td").tagName("th");
            }
        }
        for (Element quote : body.select("blockquote")) {
            source(quote);
        }
        for (Element div : body.select("div, section, article, aside, header, footer, main, nav")) {
            if (div.children().stream().anyMatch(child -> BLOCKS.contains(child.normalName()))) {
                div.unwrap();
            } else {
                div.tagName("p");
            }
        }
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                text.text(spaces(text.getWholeText()));
            }
        }, body);
        for (Element p : body.select("p, li, h1, h2, h3, h4, h5, h6, td, th")) {
            trimNbsp(p);
        }
        for (Element p : body.select("p, h1, h2, h3, h4, h5, h6, li")) {
            if (p.text().isBlank() && p.select("img, br").isEmpty()) {
                p.remove();
            }
        }
        for (Element list : body.select("ul, ol")) {
            if (list.children().isEmpty()) {
                list.remove();
            }
        }
        // wpautop writes "<br />\n": flexmark would make that newline a second one, a paragraph break.
        for (Element br : body.select("br")) {
            if (br.nextSibling() instanceof TextNode text) {
                text.text(text.getWholeText().replaceFirst("^\\s+", ""));
            }
        }
        TextEscapes.mark(body);
        for (Element emphasis : body.select(String.join(", ", EMPHASIS))) {
            if (emphasis.text().isBlank() && emphasis.select("img").isEmpty()) {
                emphasis.replaceWith(new TextNode(emphasis.wholeText().isEmpty() ? "" : " "));
            } else {
                spacesOutside(emphasis);
                tighten(emphasis);
            }
        }
    }

    /** Image lines then the caption as a paragraph of its own: glued to the image it would read as the image's text. */
    private static void figure(Element figure) {
        for (Element img : figure.select("img")) {
            Element parent = img.parent();
            Element outer = parent != null && parent.nameIs("a") && parent.childrenSize() == 1 ? parent : img;
            if (outer.parent() != null && !outer.parent().nameIs("p")) {
                outer.wrap("<p></p>");
            }
        }
        for (Element caption : figure.select("figcaption")) {
            caption.tagName("p");
        }
        figure.unwrap();
    }

    /** {@code <cite>} is how WordPress's quote block writes who said it. */
    private static void source(Element quote) {
        for (Element cite : quote.select("> cite, > footer, > p:has(> cite)")) {
            if (cite.nameIs("p") && !cite.ownText().isBlank()) {
                continue;
            }
            String said = cite.text().strip();
            cite.remove();
            if (!said.isEmpty()) {
                quote.appendElement("p").text(said.startsWith("—") ? said : "— " + said);
            }
        }
        // The classic editor's quote: the words, a line break, then <cite> at the end of the same paragraph.
        for (Element cite : quote.select("> p > cite")) {
            Element paragraph = cite.parent();
            if (cite.nextSibling() != null && !cite.nextSibling().outerHtml().isBlank()) {
                continue;
            }
            Node before = cite.previousSibling();
            while (before != null && (before.outerHtml().isBlank() || before instanceof Element e && e.nameIs("br"))) {
                Node earlier = before.previousSibling();
                before.remove();
                before = earlier;
            }
            String said = cite.text().strip();
            cite.remove();
            if (!said.isEmpty()) {
                paragraph.after(new Element("p").text(said.startsWith("—") ? said : "— " + said));
            }
        }
    }

    /**
     * A run of spaces with a no-break space in it (the visual editor's way of spacing things out)
     * becomes one space; before French high punctuation and inside « », one no-break space. A
     * no-break space alone ("10&nbsp;km") is the author's and stays.
     */
    static String spaces(String text) {
        Matcher m = SPACE_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean french = m.end() < text.length() && ":;!?»".indexOf(text.charAt(m.end())) >= 0
                    || m.start() > 0 && text.charAt(m.start() - 1) == '«';
            m.appendReplacement(out, french || m.group().length() == 1 ? "\u00a0" : " ");
        }
        return m.appendTail(out).toString();
    }

    private static void trimNbsp(Element block) {
        if (block.childNodeSize() == 0) {
            return;
        }
        if (block.childNode(0) instanceof TextNode first) {
            first.text(first.getWholeText().replaceFirst("^[\\s\u00a0]+", ""));
        }
        if (block.childNode(block.childNodeSize() - 1) instanceof TextNode last) {
            last.text(last.getWholeText().replaceFirst("[\\s\u00a0]+$", ""));
        }
    }

    /** "<strong>gras </strong>suite" is "**gras** suite": a space just inside the markers would not close them. */
    private static void spacesOutside(Element emphasis) {
        if (emphasis.firstChild() instanceof TextNode first && first.getWholeText().matches("(?s)^\\s.*")) {
            first.text(first.getWholeText().stripLeading());
            emphasis.before(new TextNode(" "));
        }
        if (emphasis.lastChild() instanceof TextNode last && last.getWholeText().matches("(?s).*\\s$")) {
            last.text(last.getWholeText().stripTrailing());
            emphasis.after(new TextNode(" "));
        }
    }

    private static void tighten(Element emphasis) {
        Node before = emphasis.previousSibling();
        if (before instanceof TextNode text && !text.getWholeText().isEmpty() && !Character.isWhitespace(last(text.getWholeText()))) {
            text.text(text.getWholeText() + TIGHT);
        }
        Node after = emphasis.nextSibling();
        if (after instanceof TextNode text && !text.getWholeText().isEmpty() && !Character.isWhitespace(text.getWholeText().charAt(0))) {
            text.text(TIGHT + text.getWholeText());
        }
    }

    private static char last(String text) {
        return text.charAt(text.length() - 1);
    }
}
