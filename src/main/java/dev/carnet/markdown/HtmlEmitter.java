package dev.carnet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Map;

/**
 * Writes a parsed note's HTML exactly as carnet's flexmark renderer does, for the nodes notes are
 * made of, straight into one StringBuilder. flexmark's writer takes the HTML one character at a
 * time through its line machinery and resolves every tag's attributes through factories: about a
 * quarter of rendering a note. Any other node (raw HTML blocks, attribute lists, reference links,
 * ...) makes it give up, and the caller renders with flexmark: the output never depends on which
 * one ran. HtmlEmitterTest holds the two to the same bytes.
 */
final class HtmlEmitter {
    /** Thrown, without a stack trace, at the first node this emitter does not write. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final StringBuilder out;
    private final Document document;
    private final Map<Node, String> headingIds;
    private final UrlRewriter rewriter;
    private final MarkdownOptions options;
    private ListOptions listOptions;
    /** Each text node's characters, copied here rather than into a String of their own. */
    private final TextChars text = new TextChars();

    private HtmlEmitter(Document document, Map<Node, String> headingIds, UrlRewriter rewriter, MarkdownOptions options, int capacity) {
        this.out = new StringBuilder(capacity);
        this.document = document;
        this.headingIds = headingIds;
        this.rewriter = rewriter;
        this.options = options;
        // As flexmark's footnote renderer does when it is made: numbers in order of first reference.
        FootnoteExtension.FOOTNOTES.get(document).resolveFootnoteOrdinals();
    }

    /** The HTML of the whole note, or null when it holds a node this emitter leaves to flexmark. */
    static String document(Document document, Map<Node, String> headingIds, UrlRewriter rewriter, MarkdownOptions options) {
        HtmlEmitter emitter = new HtmlEmitter(document, headingIds, rewriter, options, document.getTextLength() + document.getTextLength() / 4);
        try {
            emitter.children(document);
            emitter.footnotes();
            return emitter.out.toString();
        } catch (Unsupported e) {
            return null;
        }
    }

    /** The HTML of one top-level paragraph (for a summary), or null as above. */
    static String paragraph(Paragraph paragraph, Document document, UrlRewriter rewriter, MarkdownOptions options) {
        HtmlEmitter emitter = new HtmlEmitter(document, Map.of(), rewriter, options, paragraph.getTextLength() + 64);
        try {
            emitter.node(paragraph);
            return emitter.out.toString();
        } catch (Unsupported e) {
            return null;
        }
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child);
        }
    }

    /** Dispatches on the exact class, as flexmark's renderer does: a subclass is not its parent. */
    private void node(Node node) {
        Class<?> type = node.getClass();
        if (type == Text.class) {
            text(node.getChars());
        } else if (type == TypographicSmarts.class) {
            out.append(((TypographicSmarts) node).getTypographicText());
        } else if (type == SoftLineBreak.class) {
            out.append('\n');
        } else if (type == Paragraph.class) {
            paragraph((Paragraph) node);
        } else if (type == Link.class) {
            link((Link) node);
        } else if (type == Emphasis.class) {
            inline("em", node);
        } else if (type == StrongEmphasis.class) {
            inline("strong", node);
        } else if (type == Code.class) {
            out.append("<code>").append(TextRenderer.escaped(Escaping.collapseWhitespace(((Code) node).getText(), true))).append("</code>");
        } else if (type == TableCell.class) {
            tableCell((TableCell) node);
        } else if (type == TableRow.class) {
            block("tr", node);
        } else if (type == Heading.class) {
            heading((Heading) node);
        } else if (type == BulletListItem.class || type == OrderedListItem.class) {
            listItem((ListItem) node);
        } else if (type == TypographicQuotes.class) {
            quotes((TypographicQuotes) node);
        } else if (type == TextBase.class) {
            children(node);
        } else if (type == HardLineBreak.class) {
            out.append("<br />\n");
        } else if (type == Footnote.class) {
            footnote((Footnote) node);
        } else if (type == BulletList.class) {
            blockIndent("ul", null, null, node);
        } else if (type == OrderedList.class) {
            orderedList((OrderedList) node);
        } else if (type == BlockQuote.class) {
            blockIndent("blockquote", null, null, node);
        } else if (type == TableBlock.class) {
            blockIndent("table", "class", "table", node);
            line();
        } else if (type == TableHead.class) {
            block("thead", node);
        } else if (type == TableBody.class) {
            block("tbody", node);
        } else if (type == TableSeparator.class || type == FootnoteBlock.class || type == Reference.class) {
            // Written elsewhere (footnotes) or not at all.
        } else if (type == Image.class) {
            image((Image) node);
        } else if (type == Strikethrough.class) {
            inline("del", node);
        } else if (type == AutoLink.class) {
            autoLink((AutoLink) node);
        } else if (type == MailLink.class) {
            mailLink((MailLink) node);
        } else if (type == HtmlEntity.class) {
            out.append(TextRenderer.escaped(node.getChars().unescape()));
        } else if (type == HtmlInline.class) {
            String html = node.getChars().normalizeEOL();
            out.append(options.rawHtml() ? html : TextRenderer.escaped(html));
        } else if (type == ThematicBreak.class) {
            line();
            out.append("<hr />");
            line();
        } else if (type == FencedCodeBlock.class) {
            fencedCode((FencedCodeBlock) node);
        } else if (type == IndentedCodeBlock.class) {
            code(null, ((IndentedCodeBlock) node).getContentChars().trimTailBlankLines().normalizeEndWithEOL());
        } else {
            throw new Unsupported();
        }
    }

    private void text(BasedSequence chars) {
        text.of(chars);
        TextRenderer.append(out, text.array(), text.length(), options.frenchTypography());
    }

    /** A new line unless the HTML is already at the start of one: flexmark's line(). */
    private void line() {
        int length = out.length();
        if (length > 0 && out.charAt(length - 1) != '\n') {
            out.append('\n');
        }
    }

    private void inline(String tag, Node node) {
        out.append('<').append(tag).append('>');
        children(node);
        out.append("</").append(tag).append('>');
    }

    /** flexmark's tagLine: the element starts and ends a line. */
    private void block(String tag, Node node) {
        line();
        inline(tag, node);
        line();
    }

    /**
     * flexmark's tagIndent and tagLineIndent: the element's tags are on lines of their own.
     *
     * @param name the name of the one attribute the tag has, or null for none
     */
    private void blockIndent(String tag, String name, String value, Node node) {
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

    private void attribute(String name, String value) {
        out.append(' ').append(name).append("=\"").append(attributeValue(value)).append('"');
    }

    /** flexmark's attribute escaping, which keeps entities already written as such. */
    private static String attributeValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return Escaping.escapeHtml(value, true);
            }
        }
        return value;
    }

    private void paragraph(Paragraph paragraph) {
        if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (paragraph.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(paragraph, listOptions(), document)) {
            children(paragraph);
        } else {
            block("p", paragraph);
        }
    }

    private ListOptions listOptions() {
        if (listOptions == null) {
            listOptions = ListOptions.get(document);
        }
        return listOptions;
    }

    private void heading(Heading heading) {
        line();
        out.append("<h").append(heading.getLevel());
        String id = headingIds.get(heading);
        if (id != null) {
            attribute("id", id);
        }
        out.append('>');
        children(heading);
        out.append("</h").append(heading.getLevel()).append('>');
        line();
    }

    private void listItem(ListItem item) {
        line();
        out.append("<li>");
        BasedSequence suffix = item.getMarkerSuffix();
        if (suffix.isNotEmpty()) {
            out.append(TextRenderer.escaped(suffix.unescape()));
        }
        children(item);
        out.append("</li>");
        line();
    }

    private void orderedList(OrderedList list) {
        int start = list.getStartNumber();
        boolean numbered = start != 1 && listOptions().isOrderedListManualStart();
        blockIndent("ol", numbered ? "start" : null, String.valueOf(start), list);
    }

    private void tableCell(TableCell cell) {
        String tag = cell.isHeader() ? "th" : "td";
        if (cell.getSpan() > 1) {
            throw new Unsupported();
        }
        out.append('<').append(tag);
        if (cell.getAlignment() != null) {
            // As MarkdownRenderer's attribute provider: a class, not the obsolete align.
            attribute("class", "align-" + switch (cell.getAlignment()) {
                case LEFT -> "left";
                case CENTER -> "center";
                case RIGHT -> "right";
            });
        }
        out.append('>');
        children(cell);
        out.append("</").append(tag).append('>');
    }

    private void quotes(TypographicQuotes quotes) {
        String opening = quotes.getTypographicOpening();
        if (opening != null) {
            out.append(opening);
        }
        children(quotes);
        String closing = quotes.getTypographicClosing();
        if (closing != null) {
            out.append(closing);
        }
    }

    private void link(Link link) {
        out.append("<a");
        attribute("href", MarkdownRenderer.resolve(rewriter, link.getUrl().unescape(), false));
        if (link.getTitle().isNotNull()) {
            attribute("title", link.getTitle().unescape());
        }
        out.append('>');
        children(link);
        out.append("</a>");
    }

    private void image(Image image) {
        if (!image.getUrlContent().isEmpty()) {
            throw new Unsupported();
        }
        out.append("<img");
        attribute("src", MarkdownRenderer.resolve(rewriter, image.getUrl().unescape(), true));
        attribute("alt", new TextCollectingVisitor().collectAndGetText(image));
        if (image.getTitle().isNotNull()) {
            attribute("title", image.getTitle().unescape());
        }
        out.append(" />");
    }

    private void autoLink(AutoLink link) {
        String text = link.getText().toString();
        out.append("<a");
        attribute("href", MarkdownRenderer.resolve(rewriter, text, false));
        out.append('>').append(TextRenderer.escaped(text)).append("</a>");
    }

    private void mailLink(MailLink link) {
        String text = link.getText().unescape();
        out.append("<a");
        attribute("href", "mailto:" + MarkdownRenderer.resolve(rewriter, text, false));
        out.append('>').append(TextRenderer.escaped(text)).append("</a>");
    }

    private void fencedCode(FencedCodeBlock block) {
        BasedSequence info = block.getInfo();
        String language = null;
        if (info.isNotNull() && !info.isBlank()) {
            language = "language-" + block.getInfoDelimitedByAny(CharPredicate.SPACE_TAB).unescape();
        }
        code(language, block.getContentChars().normalizeEOL());
    }

    private void code(String languageClass, String content) {
        if (content.contains("\n\n")) {
            throw new Unsupported(); // flexmark's writer folds blank lines; its own rules, its own job
        }
        line();
        out.append("<pre><code");
        if (languageClass != null) {
            attribute("class", languageClass);
        }
        out.append('>').append(TextRenderer.escaped(content)).append("</code></pre>");
        line();
    }

    private void footnote(Footnote footnote) {
        FootnoteBlock block = footnote.getFootnoteBlock();
        if (block == null) {
            out.append("[^");
            children(footnote);
            out.append(']');
            return;
        }
        int ordinal = block.getFootnoteOrdinal();
        int reference = footnote.getReferenceOrdinal();
        out.append("<sup");
        attribute("id", "fnref-" + ordinal + (reference == 0 ? "" : "-" + reference));
        out.append("><a class=\"footnote-ref\"");
        attribute("href", "#fn-" + ordinal);
        out.append('>').append(ordinal).append("</a></sup>");
    }

    /** The footnotes referenced in the note, at its end, as flexmark's footnote renderer writes them. */
    private void footnotes() {
        FootnoteRepository repository = FootnoteExtension.FOOTNOTES.get(document);
        if (repository.getReferencedFootnoteBlocks().isEmpty()) {
            return;
        }
        line();
        out.append("<div class=\"footnotes\">\n<hr />\n<ol>\n");
        for (FootnoteBlock block : repository.getReferencedFootnoteBlocks()) {
            int ordinal = block.getFootnoteOrdinal();
            line();
            out.append("<li id=\"fn-").append(ordinal).append("\">");
            line();
            children(block);
            for (int i = 0; i < block.getFootnoteReferences(); i++) {
                line();
                out.append("<a href=\"#fnref-").append(ordinal).append(i == 0 ? "" : "-" + i)
                        .append("\" class=\"").append(MarkdownRenderer.FOOTNOTE_BACK_CLASS).append("\">&#8617;</a>");
            }
            out.append("</li>");
            line();
        }
        line();
        out.append("</ol>");
        line();
        out.append("</div>");
        line();
    }
}
