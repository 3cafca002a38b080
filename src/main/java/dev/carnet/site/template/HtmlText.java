package dev.carnet.site.template;

/**
 * The escaping of every value a template prints: the five characters that mean something in
 * markup, as Pebble's own strategy (unbescape's {@code HtmlEscape.escapeHtml4Xml}) writes them,
 * which HtmlTextTest holds it to. By hand because unbescape's tables of every HTML entity took a
 * build after one edit 30 ms of CPU to set up, in every process, for five characters.
 */
final class HtmlText {
    private HtmlText() {
    }

    static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !special(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }
}
