package dev.carnet.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown as a terminal shows it: headings bold and underlined, lists with bullets, quotes with
 * a bar, links as their text plus the address, code in its own colour, all wrapped to the pane.
 * Line by line on the source: quick, and good enough for a preview.
 */
final class TerminalMarkdown {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]*)[^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]*)[^)]*\\)");
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^([^\\]]+)]");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|~~)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern ORDERED = Pattern.compile("(\\d+[.)]) +(.*)");

    private TerminalMarkdown() {
    }

    static List<LinesView.Line> lines(String markdown, int width) {
        List<LinesView.Line> out = new ArrayList<>();
        boolean code = false;
        for (String raw : markdown.split("\n", -1)) {
            String line = raw.stripTrailing();
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                code = !code;
                continue;
            }
            if (code) {
                out.add(new LinesView.Line("  " + line, LinesView.Style.CODE)); // never re-wrapped: spacing matters
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.matches("#{1,6} .*")) {
                add(out, inline(trimmed.replaceFirst("#{1,6} +", "")), width, "", LinesView.Style.HEADING);
            } else if (trimmed.startsWith(">")) {
                add(out, "│ " + inline(trimmed.replaceFirst(">+ ?", "")), width, "│ ", LinesView.Style.QUOTE);
            } else if (trimmed.matches("[-*+] .*")) {
                add(out, "• " + inline(trimmed.substring(2)), width, "  ", LinesView.Style.TEXT);
            } else if (ORDERED.matcher(trimmed).matches()) {
                var m = ORDERED.matcher(trimmed);
                m.matches();
                add(out, m.group(1) + " " + inline(m.group(2)), width, "   ", LinesView.Style.TEXT);
            } else if (trimmed.startsWith("|")) {
                add(out, trimmed.matches("\\|[-:| ]+\\|?") ? "" : trimmed, width, "", LinesView.Style.CODE);
            } else if (trimmed.matches("\\[\\^[^\\]]+]:.*")) {
                add(out, inline(trimmed.replaceFirst("\\[\\^([^\\]]+)]:\\s*", "[$1] ")), width, "    ", LinesView.Style.META);
            } else {
                add(out, inline(trimmed), width, "", LinesView.Style.TEXT);
            }
        }
        // One blank line is enough between blocks.
        List<LinesView.Line> compact = new ArrayList<>();
        for (LinesView.Line line : out) {
            boolean blank = line.text().isBlank();
            if (!(blank && (compact.isEmpty() || compact.get(compact.size() - 1).text().isBlank()))) {
                compact.add(line);
            }
        }
        return compact;
    }

    static String inline(String text) {
        String s = IMAGE.matcher(text).replaceAll("[image: $1]");
        s = LINK.matcher(s).replaceAll(m -> m.group(1).equals(m.group(2)) ? m.group(2) : m.group(1) + " (" + m.group(2) + ")");
        s = FOOTNOTE_REF.matcher(s).replaceAll("[$1]");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        return s.replace("`", "");
    }

    private static void add(List<LinesView.Line> out, String text, int width, String indent, LinesView.Style style) {
        List<String> wrapped = TerminalText.wrap(text, Math.max(Sizes.MIN_WRAP, width));
        for (int i = 0; i < wrapped.size(); i++) {
            String part = i == 0 ? wrapped.get(i) : indent + wrapped.get(i);
            out.add(new LinesView.Line(part, style));
        }
    }
}
