package dev.carnet.site.card;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * A title set in a box: the largest size at which its words, wrapped at spaces, fit both the
 * width and the height. A title too long even at the smallest size keeps the lines that fit and
 * ends on "…", and says so ({@link #shortened}), rather than running out of the card.
 *
 * @param lines the lines as drawn: joined with spaces they give back the title, unless shortened
 * @param ascent from a line's top to its baseline, at {@code size}
 * @param leading from one baseline to the next
 */
public record TitleLayout(float size, List<String> lines, float ascent, float descent, float leading, boolean shortened) {
    private static final float LINE_SPACING = 1.16f;
    private static final String ELLIPSIS = "…";

    public TitleLayout {
        lines = List.copyOf(lines);
    }

    /** From the first line's top to the last line's lowest descender. */
    public float height() {
        return (lines.size() - 1) * leading + ascent + descent;
    }

    /** Spaces, tabs and line ends as single spaces; no-break spaces stay (they keep « mots » and « : » together). */
    static String words(String title) {
        return title.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }

    static TitleLayout fit(String title, Font font, FontRenderContext context, double width, double height, float largest, float smallest) {
        String text = words(title);
        for (float size = largest; size >= smallest; size -= 2) {
            Font sized = font.deriveFont(size);
            List<String> lines = wrap(text, sized, context, width);
            LineMetrics metrics = sized.getLineMetrics("ÉÀgjpq«", context);
            float leading = size * LINE_SPACING;
            if ((lines.size() - 1) * leading + metrics.getAscent() + metrics.getDescent() <= height) {
                return new TitleLayout(size, lines, metrics.getAscent(), metrics.getDescent(), leading, false);
            }
        }
        Font sized = font.deriveFont(smallest);
        LineMetrics metrics = sized.getLineMetrics("ÉÀgjpq«", context);
        float leading = smallest * LINE_SPACING;
        int room = Math.max(1, 1 + (int) ((height - metrics.getAscent() - metrics.getDescent()) / leading));
        List<String> lines = new ArrayList<>(wrap(text, sized, context, width).subList(0, room));
        String last = lines.get(room - 1);
        while (!last.isEmpty() && advance(last + ELLIPSIS, sized, context) > width) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1)).stripTrailing();
        }
        lines.set(room - 1, last + ELLIPSIS);
        return new TitleLayout(smallest, lines, metrics.getAscent(), metrics.getDescent(), leading, true);
    }

    /** Greedy, word by word; a word wider than the box alone (a long address) is broken between characters. */
    static List<String> wrap(String text, Font font, FontRenderContext context, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (advance(tried, font, context) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (advance(rest, font, context) > width) {
                int cut = rest.offsetByCodePoints(0, 1);
                while (cut < rest.length() && advance(rest.substring(0, rest.offsetByCodePoints(cut, 1)), font, context) <= width) {
                    cut = rest.offsetByCodePoints(cut, 1);
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static double advance(String text, Font font, FontRenderContext context) {
        return font.getStringBounds(text, context).getWidth();
    }
}
