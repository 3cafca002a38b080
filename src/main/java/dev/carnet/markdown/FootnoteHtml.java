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
        reference(w.out, block.getFootnoteOrdinal(), footnote.getReferenceOrdinal());
    }

    /** A reference to footnote {@code ordinal}, the {@code reference}th (from 0) to it. */
    static void reference(StringBuilder out, int ordinal, int reference) {
        out.append("<sup id=\"fnref-").append(ordinal).append(reference == 0 ? "" : "-" + reference)
                .append("\"><a class=\"footnote-ref\" href=\"#fn-").append(ordinal).append("\">").append(ordinal).append("</a></sup>");
    }

    /** The footnotes referenced in the note, at its end, as flexmark's footnote renderer writes them. */
    static void section(HtmlWriting w, Document document) {
        FootnoteRepository repository = FootnoteExtension.FOOTNOTES.get(document);
        if (repository.getReferencedFootnoteBlocks().isEmpty()) {
            return;
        }
        start(w.out);
        for (FootnoteBlock block : repository.getReferencedFootnoteBlocks()) {
            int ordinal = block.getFootnoteOrdinal();
            item(w.out, ordinal);
            w.children(block);
            itemEnd(w.out, ordinal, block.getFootnoteReferences());
        }
        end(w.out);
    }

    static void start(StringBuilder out) {
        HtmlWriting.line(out);
        out.append("<div class=\"footnotes\">\n<hr />\n<ol>\n");
    }

    /** A footnote's start, before its paragraphs. */
    static void item(StringBuilder out, int ordinal) {
        HtmlWriting.line(out);
        out.append("<li id=\"fn-").append(ordinal).append("\">");
        HtmlWriting.line(out);
    }

    /** A footnote's end: a link back to each of its {@code references}. */
    static void itemEnd(StringBuilder out, int ordinal, int references) {
        for (int i = 0; i < references; i++) {
            HtmlWriting.line(out);
            out.append("<a href=\"#fnref-").append(ordinal).append(i == 0 ? "" : "-" + i)
                    .append("\" class=\"").append(FlexmarkSetup.FOOTNOTE_BACK_CLASS).append("\">&#8617;</a>");
        }
        out.append("</li>");
        HtmlWriting.line(out);
    }

    static void end(StringBuilder out) {
        HtmlWriting.line(out);
        out.append("</ol>");
        HtmlWriting.line(out);
        out.append("</div>");
        HtmlWriting.line(out);
    }
}
