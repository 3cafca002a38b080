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
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
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
final class HtmlEmitter extends HtmlWriting {
    private final Document document;
    private final Map<Node, String> headingIds;
    private final UrlRewriter rewriter;
    private final MarkdownOptions options;
    private ListOptions listOptions;
    /** Each text node's characters, copied here rather than into a String of their own. */
    private final TextChars text = new TextChars();

    private HtmlEmitter(Document document, Map<Node, String> headingIds, UrlRewriter rewriter, MarkdownOptions options, int capacity) {
        super(capacity);
        this.document = document;
        this.headingIds = headingIds;
        this.rewriter = rewriter;
        this.options = options;
        // As flexmark's footnote renderer does when it is made: numbers in order of first reference.
        FootnoteExtension.FOOTNOTES.get(document).resolveFootnoteOrdinals();
    }

    /** The HTML of the whole note, or null when it holds a node this emitter leaves to flexmark. */
    static String document(Document document, Map<Node, String> headingIds, UrlRewriter rewriter, MarkdownOptions options) {
        if (!AttributesExtension.NODE_ATTRIBUTES.get(document).isEmpty()) {
            // An attribute list gives its attributes to another node ("# Titre" then "{.classe}"),
            // and a paragraph of attributes alone writes nothing: this emitter would lose them.
            return null;
        }
        HtmlEmitter emitter = new HtmlEmitter(document, headingIds, rewriter, options, document.getTextLength() + document.getTextLength() / 4);
        try {
            emitter.children(document);
            FootnoteHtml.section(emitter, document);
            return emitter.out.toString();
        } catch (Unsupported e) {
            return null;
        }
    }

    /** The HTML of one top-level paragraph (for a summary), or null as above. */
    static String paragraph(Paragraph paragraph, Document document, UrlRewriter rewriter, MarkdownOptions options) {
        if (!AttributesExtension.NODE_ATTRIBUTES.get(document).isEmpty()) {
            return null;
        }
        HtmlEmitter emitter = new HtmlEmitter(document, Map.of(), rewriter, options, paragraph.getTextLength() + 64);
        try {
            emitter.node(paragraph);
            return emitter.out.toString();
        } catch (Unsupported e) {
            return null;
        }
    }

    @Override
    void children(Node parent) {
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
            LinkHtml.link(this, (Link) node, rewriter);
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
            FootnoteHtml.reference(this, (Footnote) node);
        } else if (type == BulletList.class) {
            blockIndent("ul", null, null, node);
        } else if (type == OrderedList.class) {
            orderedList((OrderedList) node);
        } else if (type == BlockQuote.class) {
            blockIndent("blockquote", null, null, node);
        } else if (type == TableBlock.class) {
            scrollingTable(node);
        } else if (type == TableHead.class) {
            block("thead", node);
        } else if (type == TableBody.class) {
            block("tbody", node);
        } else if (type == TableSeparator.class || type == FootnoteBlock.class || type == Reference.class) {
            // Written elsewhere (footnotes) or not at all.
        } else if (type == Image.class || type == Figure.class) {
            LinkHtml.image(this, node, rewriter);
        } else if (type == Strikethrough.class) {
            inline("del", node);
        } else if (type == AutoLink.class) {
            LinkHtml.autoLink(this, (AutoLink) node, rewriter);
        } else if (type == MailLink.class) {
            LinkHtml.mailLink(this, (MailLink) node);
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
}
