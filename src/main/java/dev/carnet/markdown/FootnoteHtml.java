package dev.carnet.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.util.ast.Document;

/** Footnote references and the footnotes at a note's end, as flexmark's footnote renderer writes them. */
final class FootnoteHtml {
    private FootnoteHtml() {
    }

    static void reference(HtmlWriting w, Footnote footnote) {
        FootnoteBlock block = footnote.getFootnoteBlock();
        if (block == null) {
            w.out.append("[^");
            w.children(footnote);
            w.out.append(']');
            return;
        }
        int ordinal = block.getFootnoteOrdinal();
        int reference = footnote.getReferenceOrdinal();
        w.out.append("<sup");
        w.attribute("id", "fnref-" + ordinal + (reference == 0 ? "" : "-" + reference));
        w.out.append("><a class=\"footnote-ref\"");
        w.attribute("href", "#fn-" + ordinal);
        w.out.append('>').append(ordinal).append("</a></sup>");
    }

    /** The footnotes referenced in the note, at its end, as flexmark's footnote renderer writes them. */
    static void section(HtmlWriting w, Document document) {
        FootnoteRepository repository = FootnoteExtension.FOOTNOTES.get(document);
        if (repository.getReferencedFootnoteBlocks().isEmpty()) {
            return;
        }
        w.line();
        w.out.append("<div class=\"footnotes\">\n<hr />\n<ol>\n");
        for (FootnoteBlock block : repository.getReferencedFootnoteBlocks()) {
            int ordinal = block.getFootnoteOrdinal();
            w.line();
            w.out.append("<li id=\"fn-").append(ordinal).append("\">");
            w.line();
            w.children(block);
            for (int i = 0; i < block.getFootnoteReferences(); i++) {
                w.line();
                w.out.append("<a href=\"#fnref-").append(ordinal).append(i == 0 ? "" : "-" + i)
                        .append("\" class=\"").append(FlexmarkSetup.FOOTNOTE_BACK_CLASS).append("\">&#8617;</a>");
            }
            w.out.append("</li>");
            w.line();
        }
        w.line();
        w.out.append("</ol>");
        w.line();
        w.out.append("</div>");
        w.line();
    }
}
