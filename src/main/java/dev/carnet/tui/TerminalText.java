package dev.carnet.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Text as a terminal can show it. Lanterna throws (and its GUI loop dies) on a control character
 * such as 0x7f coming from a file, so every string is cleaned before display.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out.append("    ");
            } else if (Character.isISOControl(c) || (c >= 0x200b && c <= 0x200f) || c == 0xfeff) {
                out.append(c == '\n' ? ' ' : '\u00b7');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Cuts to {@code width} columns (counting wide characters as two), with an ellipsis. */
    static String fit(String text, int width) {
        if (width <= 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = TerminalTextUtils.isCharCJK((char) cp) ? 2 : 1;
            if (columns + w > width) {
                if (out.length() > 0) {
                    out.setLength(out.length() - 1);
                    out.append('…');
                }
                return out.toString();
            }
            out.appendCodePoint(cp);
            columns += w;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Word-wraps plain text to {@code width} columns. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
                while (line.length() > width && width > 0) {
                    lines.add(line.substring(0, width));
                    line.delete(0, width);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
