package dev.carnet.markdown;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes, in one pass over its characters, a note made of what monthly notes are made of:
 * paragraphs, {@code #} headings, tight lists, quotes of paragraphs, tables, single-line
 * footnotes, and the inlines of {@link QuickInlines}. Parsing with flexmark was two thirds of a
 * cold build. Anything else, or anything read two ways (indented or lazy lines, a list that
 * could go on after a blank line, an ordered list not from 1, ...), gives null, and the note goes
 * through flexmark: the HTML, summary, headings and links never depend on which one ran.
 * QuickRendererTest and RendererDifferentialTest hold the two to the same output.
 */
final class QuickRenderer {
    private final char[] s;
    private final int n;
    private final QuickInlines inlines;
    private final QuickHtml html;
    private final QuickBlocks blocks;
    final StringBuilder out;
    private final List<Rendered.TocEntry> toc = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> footnotes = new HashMap<>(); // each one's paragraph, by label
    /** Where the top-level paragraphs start and end in {@link #out}: the first one with text is the summary. */
    private final List<int[]> paragraphs = new ArrayList<>();
    private int line; // 0-based, of the next line read

    private QuickRenderer(char[] source, UrlRewriter rewriter, boolean french) {
        this.s = source;
        this.n = source.length;
        this.inlines = new QuickInlines(source, french);
        this.html = new QuickHtml(source, french, rewriter);
        this.blocks = new QuickBlocks(source);
        this.out = new StringBuilder(n + n / 4);
    }

    /** The note, or null when it holds what only flexmark writes. */
    static Rendered render(char[] source, int words, UrlRewriter rewriter, MarkdownOptions options, boolean summary) {
        QuickRenderer renderer = new QuickRenderer(source, rewriter, options.frenchTypography());
        try {
            renderer.note();
        } catch (HtmlWriting.Unsupported e) {
            return null;
        }
        String text = renderer.out.toString();
        return new Rendered(text.getBytes(StandardCharsets.UTF_8), summary ? renderer.summary(text) : "", renderer.toc,
                renderer.html.links, words);
    }

    private void note() {
        int p = 0;
        while (p < n) {
            int e = end(p);
            if (blocks.blank(p, e)) {
                p = next(e);
                continue;
            }
            blocks.edges(p, e);
            char c = s[p];
            if (c == '#') {
                p = heading(p, e);
            } else if (c == '>') {
                p = quote(p);
            } else if (c == '|') {
                p = table(p);
            } else if ((c == '-' || c == '+' || c == '*') && p + 1 < e && s[p + 1] == ' ') {
                p = list(p, c);
            } else if (c >= '0' && c <= '9' && blocks.orderedMarker(p, e) > 0) {
                p = list(p, '.');
            } else if (c == '[' && p + 1 < e && s[p + 1] == '^') {
                p = footnote(p, e);
            } else {
                p = paragraph(p);
            }
        }
        footnoteSection();
    }

    private int end(int p) {
        int e = p;
        while (e < n && s[e] != '\n') {
            e++;
        }
        return e;
    }

    private int next(int e) {
        line++;
        return e < n ? e + 1 : n;
    }

    private int heading(int p, int e) {
        int h = 0;
        while (p + h < e && s[p + h] == '#') {
            h++;
        }
        QuickTokens.unsupportedIf(h > 6 || p + h + 1 >= e || s[p + h] != ' ' || s[p + h + 1] == ' ' || s[e - 1] == '#');
        read(p + h + 1, e);
        StringBuilder inner = new StringBuilder(e - p + 16);
        StringBuilder text = new StringBuilder(e - p);
        html.write(inlines, inner, text, false);
        String title = text.toString().strip();
        String id = TreePass.headingId(title, ids);
        toc.add(new Rendered.TocEntry(h, id, title));
        HtmlWriting.line(out);
        out.append("<h").append(h).append(" id=\"").append(HtmlWriting.attributeValue(id)).append("\">").append(inner)
                .append("</h").append(h).append('>');
        HtmlWriting.line(out);
        return next(e);
    }

    /** One line's inlines, read and paired. */
    private void read(int start, int e) {
        inlines.clear();
        inlines.line(start, e, line);
        inlines.resolve();
    }

    private int paragraph(int p) {
        inlines.clear();
        int q = p;
        while (q < n) {
            int e = end(q);
            if (blocks.blank(q, e)) {
                break;
            }
            blocks.edges(q, e);
            QuickTokens.unsupportedIf(!blocks.plainLine(q, e));
            inlines.line(q, e, line);
            q = next(e);
        }
        inlines.resolve();
        writeParagraph(true);
        return q;
    }

    /** @param top a paragraph of the note itself (not of a quote), which may be its summary */
    private void writeParagraph(boolean top) {
        if (QuickHtml.figure(inlines)) {
            HtmlWriting.line(out);
            html.figure(inlines, out);
            HtmlWriting.line(out);
            return;
        }
        HtmlWriting.line(out);
        int start = out.length();
        out.append("<p>");
        html.write(inlines, out, null, true);
        out.append("</p>");
        if (top) {
            paragraphs.add(new int[] {start, out.length()});
        }
        HtmlWriting.line(out);
    }

    /** A tight list, bullets of one kind or numbers from 1, one line per item. */
    private int list(int p, char marker) {
        boolean ordered = marker == '.';
        HtmlWriting.line(out);
        out.append(ordered ? "<ol>" : "<ul>");
        HtmlWriting.line(out);
        int expected = 1;
        int q = p;
        while (q < n) {
            int e = end(q);
            if (blocks.blank(q, e)) {
                break;
            }
            blocks.edges(q, e);
            int content = ordered ? blocks.orderedMarker(q, e) : q + 2;
            QuickTokens.unsupportedIf(ordered ? content == 0 || blocks.number(q) != expected++ : s[q] != marker || s[q + 1] != ' ');
            // "[ ]" and "[x]" would be task items
            QuickTokens.unsupportedIf(content >= e || !blocks.plainLine(content, e) || s[content] == '[' && content + 2 < e && s[content + 2] == ']');
            read(content, e);
            HtmlWriting.line(out);
            out.append("<li>");
            html.write(inlines, out, null, true);
            out.append("</li>");
            HtmlWriting.line(out);
            q = next(e);
        }
        HtmlWriting.line(out);
        out.append(ordered ? "</ol>" : "</ul>");
        HtmlWriting.line(out);
        QuickTokens.unsupportedIf(blocks.listGoesOn(q));
        return q;
    }

    /** A quote of paragraphs, each line marked, a bare '>' between paragraphs. */
    private int quote(int p) {
        HtmlWriting.line(out);
        out.append("<blockquote>");
        HtmlWriting.line(out);
        int q = p;
        boolean open = false;
        boolean any = false;
        while (q < n && s[q] == '>') {
            int e = end(q);
            blocks.edges(q, e);
            if (e == q + 1) {
                if (open) {
                    inlines.resolve();
                    writeParagraph(false);
                    open = false;
                }
            } else {
                QuickTokens.unsupportedIf(s[q + 1] != ' ' || q + 2 >= e || !blocks.plainLine(q + 2, e));
                if (!open) {
                    inlines.clear();
                    open = true;
                    any = true;
                }
                inlines.line(q + 2, e, line);
            }
            q = next(e);
        }
        if (open) {
            inlines.resolve();
            writeParagraph(false);
        }
        QuickTokens.unsupportedIf(!any || q < n && !blocks.blank(q, end(q)) || blocks.nextStartsWith(q, '>'));
        HtmlWriting.line(out);
        out.append("</blockquote>");
        HtmlWriting.line(out);
        return q;
    }

    private int table(int p) {
        QuickTable table = new QuickTable(s, blocks, inlines, html, out);
        int headerEnd = end(p);
        int q = next(headerEnd);
        QuickTokens.unsupportedIf(q >= n);
        int separatorEnd = end(q);
        table.head(p, headerEnd, q, separatorEnd, line - 1);
        q = next(separatorEnd);
        while (q < n) {
            int e = end(q);
            if (blocks.blank(q, e)) {
                break;
            }
            table.row(q, e, line);
            q = next(e);
        }
        table.end();
        return q;
    }

    /** {@code [^label]: text}, on one line, before a blank line or the end. */
    private int footnote(int p, int e) {
        int j = p + 2;
        while (j < e && s[j] < 128 && Letters.letterOrDigit(s[j])) {
            j++;
        }
        QuickTokens.unsupportedIf(j == p + 2 || j + 3 >= e || s[j] != ']' || s[j + 1] != ':' || s[j + 2] != ' ' || !blocks.plainLine(j + 3, e));
        String label = new String(s, p + 2, j - p - 2);
        QuickTokens.unsupportedIf(footnotes.containsKey(label));
        read(j + 3, e);
        StringBuilder body = new StringBuilder(e - p + 32).append("<p>");
        html.write(inlines, body, null, false);
        footnotes.put(label, body.append("</p>").toString());
        int q = next(e);
        QuickTokens.unsupportedIf(q < n && !blocks.blank(q, end(q)));
        return q;
    }

    /** Every footnote referenced once, every reference to a footnote: flexmark's numbering and back links. */
    private void footnoteSection() {
        List<String> referenced = html.footnotes;
        QuickTokens.unsupportedIf(referenced.size() != footnotes.size());
        if (referenced.isEmpty()) {
            return;
        }
        FootnoteHtml.start(out);
        for (int i = 0; i < referenced.size(); i++) {
            String body = footnotes.get(referenced.get(i));
            QuickTokens.unsupportedIf(body == null);
            FootnoteHtml.item(out, i + 1);
            out.append(body);
            HtmlWriting.line(out);
            FootnoteHtml.itemEnd(out, i + 1, 1);
        }
        FootnoteHtml.end(out);
    }

    private String summary(String text) {
        for (int[] paragraph : paragraphs) {
            String plain = MarkdownRenderer.plainText(text.substring(paragraph[0], paragraph[1]));
            if (!plain.isEmpty()) {
                return MarkdownRenderer.shorten(plain);
            }
        }
        return "";
    }
}
