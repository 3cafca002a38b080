package dev.carnet.site.feed;

/**
 * Text escaped for XML as JDOM's {@code Format.escapeText} escapes it for Rome's pretty UTF-8
 * output ({@code < > &} as entities, a carriage return as {@code &#xD;}, a line feed as the
 * format's line separator, a character outside the Basic Multilingual Plane as its code point),
 * in one pass over the text: JDOM asks its escape strategy about every character, and escaping
 * each note's HTML once was still a quarter of the feeds' time. XmlTextTest compares the two.
 */
final class XmlText {
    private XmlText() {
    }

    /**
     * Whether every character of {@code text} is one XML allows (tab, line feed, carriage return,
     * U+0020 to U+D7FF, U+E000 to U+FFFD, and whole surrogate pairs), as JDOM's
     * {@code Verifier.checkCharacterData} finds it: null from JDOM is true here.
     */
    static boolean legal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0xD800 || c == '\n' || c == '\t' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    static String escape(String text, String lineSeparator) {
        StringBuilder out = null;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement;
            if (c == '<') {
                replacement = "&lt;";
            } else if (c == '>') {
                replacement = "&gt;";
            } else if (c == '&') {
                replacement = "&amp;";
            } else if (c == '\r') {
                replacement = "&#xD;";
            } else if (c == '\n') {
                replacement = lineSeparator;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                replacement = "&#x" + Integer.toHexString(Character.toCodePoint(c, text.charAt(i + 1))) + ";";
                out = out != null ? out : new StringBuilder(text.length() + 64);
                out.append(text, from, i).append(replacement);
                from = i + 2;
                i++;
                continue;
            } else {
                continue;
            }
            out = out != null ? out : new StringBuilder(text.length() + 64);
            out.append(text, from, i).append(replacement);
            from = i + 1;
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }
}
