package dev.carnet.model;

/**
 * How many columns a terminal gives text, as wcwidth does for the usual cases: East Asian wide
 * and full-width characters take two, combining marks and zero-width characters none, the rest
 * one. Used to align plain-text tables; the text UI follows Lanterna's own rule instead.
 */
public final class TextWidth {
    private TextWidth() {
    }

    public static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || codePoint == 0x200B) {
            return 0;
        }
        return wide(codePoint) ? 2 : 1;
    }

    public static int of(String text) {
        return text.codePoints().map(TextWidth::of).sum();
    }

    /** Cuts {@code text} to {@code columns}, ending with "…" when something was cut. */
    public static String fit(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (used + w > columns - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    /** {@code text} followed by spaces up to {@code columns}. */
    public static String pad(String text, int columns) {
        int width = of(text);
        return width >= columns ? text : text + " ".repeat(columns - width);
    }

    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x1F300 && c <= 0x1F64F || c >= 0x1F900 && c <= 0x1F9FF
                || c >= 0x20000 && c <= 0x3FFFD;
    }
}
