package dev.carnet.markdown;

/**
 * A table for {@link QuickRenderer}: every row between pipes, as many cells as the header, each
 * with a space inside its pipes and some text, the separator's dashes three or more. Pipes in
 * code or escaped, spans and empty cells are flexmark's.
 */
final class QuickTable {
    private final char[] s;
    private final QuickBlocks blocks;
    private final QuickInlines inlines;
    private final QuickHtml html;
    private final StringBuilder out;
    private String[] align;
    private int rows;

    QuickTable(char[] source, QuickBlocks blocks, QuickInlines inlines, QuickHtml html, StringBuilder out) {
        this.s = source;
        this.blocks = blocks;
        this.inlines = inlines;
        this.html = html;
        this.out = out;
    }

    /** The header line and the separator line below it. */
    void head(int p, int e, int q, int qe, int line) {
        blocks.edges(p, e);
        blocks.edges(q, qe);
        int[] header = pipes(p, e);
        int[] separator = pipes(q, qe);
        QuickTokens.unsupportedIf(separator.length != header.length);
        align = new String[header.length - 1];
        for (int c = 0; c < align.length; c++) {
            int a = separator[c] + 1;
            int b = separator[c + 1];
            while (a < b && s[a] == ' ') {
                a++;
            }
            while (b > a && s[b - 1] == ' ') {
                b--;
            }
            boolean left = a < b && s[a] == ':';
            boolean right = b > a && s[b - 1] == ':';
            int dashes = 0;
            for (int i = a + (left ? 1 : 0); i < b - (right ? 1 : 0); i++) {
                QuickTokens.unsupportedIf(s[i] != '-');
                dashes++;
            }
            QuickTokens.unsupportedIf(dashes < 3);
            align[c] = left && right ? "center" : left ? "left" : right ? "right" : null;
        }
        HtmlWriting.line(out);
        out.append(TableScroll.OPEN);
        HtmlWriting.line(out);
        out.append("<table class=\"table\">");
        HtmlWriting.line(out);
        out.append("<thead>");
        cells(header, "th", line);
        out.append("</thead>");
        HtmlWriting.line(out);
        out.append("<tbody>");
    }

    void row(int p, int e, int line) {
        blocks.edges(p, e);
        int[] cells = pipes(p, e);
        QuickTokens.unsupportedIf(cells.length != align.length + 1);
        cells(cells, "td", line);
        rows++;
    }

    void end() {
        QuickTokens.unsupportedIf(rows == 0);
        out.append("</tbody>");
        HtmlWriting.line(out);
        out.append("</table>");
        HtmlWriting.line(out);
        out.append(TableScroll.CLOSE);
        HtmlWriting.line(out);
    }

    private void cells(int[] pipes, String tag, int line) {
        HtmlWriting.line(out);
        out.append("<tr>");
        for (int c = 0; c + 1 < pipes.length; c++) {
            int a = pipes[c] + 1;
            int b = pipes[c + 1];
            QuickTokens.unsupportedIf(b - a < 3 || s[a] != ' ' || s[b - 1] != ' ' || blocks.blank(a, b));
            while (s[a] == ' ') {
                a++;
            }
            while (s[b - 1] == ' ') {
                b--;
            }
            out.append('<').append(tag);
            if (align[c] != null) {
                out.append(" class=\"align-").append(align[c]).append('"');
            }
            out.append('>');
            inlines.clear();
            inlines.line(a, b, line);
            inlines.resolve();
            html.write(inlines, out, null, true);
            out.append("</").append(tag).append('>');
        }
        out.append("</tr>");
        HtmlWriting.line(out);
    }

    /** Where the line's pipes are, the first and the last at its ends. */
    private int[] pipes(int p, int e) {
        int count = 0;
        for (int i = p; i < e; i++) {
            QuickTokens.unsupportedIf(s[i] == '`' || s[i] == '\\');
            if (s[i] == '|') {
                count++;
            }
        }
        QuickTokens.unsupportedIf(s[p] != '|' || s[e - 1] != '|' || count < 2);
        int[] at = new int[count];
        int k = 0;
        for (int i = p; i < e; i++) {
            if (s[i] == '|') {
                at[k++] = i;
            }
        }
        return at;
    }
}
