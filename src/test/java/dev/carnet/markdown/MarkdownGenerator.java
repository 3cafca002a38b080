package dev.carnet.markdown;

import java.util.List;
import java.util.Random;

/**
 * Random Markdown notes from a seed, made of what notes hold and of what breaks writers: headings,
 * nested lists and quotes, emphasis, links and images (relative, absolute, empty, refused),
 * reference links, code spans and blocks, tables, footnotes, raw HTML, attribute lists, bare URLs
 * and e-mail addresses, entities and escapes, French punctuation and quotes. The same seed always
 * gives the same note, so a failure names its seed.
 */
final class MarkdownGenerator {
    private static final List<String> WORDS = List.of("atelier", "médiation", "numérique", "été", "Noël", "œuvre",
            "l'atelier", "aujourd'hui", "qu'il", "Zoé", "fablab", "café", "à", "où", "déjà", "crème", "naïve", "ÉCOLE",
            "2024", "12:30", "n°3", "x", "A&B", "a_b_c", "snake_case", "1.", "+", "-", "*", "#", "|", "<", ">", "&", "\\",
            "\"", "'", "«", "»", "(", ")", "[", "]", "!", "?", ";", ":", "...", "--", "---", "`");
    private static final List<String> PUNCTUATION = List.of(" ;", " :", " !", " ?", ";", ":", "!", "?", "\u00A0!",
            "\u202F?", " !!", " ?!", ".", ",", "…", ":", " : ");
    private static final List<String> URLS = List.of("https://exemple.fr", "https://exemple.fr/page?x=1&y=2#ancre",
            "images/été.jpg", "../2023/12-notes.md#atelier", "/a/b/", "#fn-1", "", "www.framasoft.org",
            "mailto:julien@exemple.fr", "tel:+33123456789", "javascript:alert(1)", "JaVaScRiPt:alert(2)",
            "&#106;avascript:alert(3)", "data:text/html,x", "vbscript:x", "https://fr.wikipedia.org/wiki/Pain_(homonymie)",
            "<https://exemple.fr/a b>", "a\\)b", "https://exemple.fr/café", "ftp://x.org", "note.md", "//cdn.exemple.fr/x");
    private static final List<String> BARE = List.of("https://exemple.fr", "https://exemple.fr.", "(voir https://exemple.fr)",
            "https://exemple.fr\u00A0!", "https://exemple.fr\u202F?", "https://fr.wikipedia.org/wiki/Pain_(homonymie)",
            "https://fr.wikipedia.org/wiki/Élysée", "www.framasoft.org", "www.framasoft.org.", "julien@exemple.fr",
            "julien.éric@exemple.fr", "@julien@mastodon.social", "git@github.com:me/x.git", "ssh://git@github.com/me/x",
            "http://localhost:8080/x", "https://exemple.fr/a_(b)_c", "«https://exemple.fr»", "https://exemple.fr/?q=a:b",
            "contact@café.fr", "https://x.org/l'été", "*https://x.org*", "~~https://x.org~~", "julien@exemple.fr.");
    private static final List<String> HTML_INLINE = List.of("<b>gras</b>", "<br>", "<span class=\"x\">s</span>",
            "<a href=\"https://exemple.fr\">lien</a>", "<a href=\"javascript:alert(1)\">x</a>", "<img src=\"a.png\" alt=\"a\">",
            "<!-- commentaire -->", "<a href='JAVA&#x09;SCRIPT:x'>y</a>", "<kbd>Ctrl</kbd>", "</i>", "<a href=x>");
    private static final List<String> ENTITIES = List.of("&eacute;", "&amp;", "&#233;", "&#x27;", "&nbsp;", "&copy;",
            "&lt;b&gt;", "&unknown;", "&#0;", "\\*", "\\_", "\\\\", "\\`", "\\[", "\\<", "\\&");

    private final Random random;
    private int footnotes;
    private int depth;

    MarkdownGenerator(long seed) {
        this.random = new Random(seed);
    }

    String note() {
        StringBuilder out = new StringBuilder();
        footnotes = 0;
        int blocks = 1 + random.nextInt(6);
        for (int i = 0; i < blocks; i++) {
            if (i > 0) {
                out.append(random.nextInt(6) == 0 ? "\n" : "\n\n");
            }
            block(out, "");
        }
        for (int n = 1; n <= footnotes; n++) {
            if (random.nextInt(4) != 0) {
                out.append("\n\n[^").append(n).append("]: ").append(inline(1 + random.nextInt(8)));
            }
        }
        if (random.nextInt(5) == 0) {
            out.append("\n\n[ref]: ").append(pick(URLS).replace("<", "").replace(">", "").replace(" ", "")).append(random.nextBoolean() ? " \"Titre : ref\"" : "");
        }
        return out.append(random.nextInt(3) == 0 ? "" : "\n").toString();
    }

    private void block(StringBuilder out, String indent) {
        int kind = depth > 2 ? random.nextInt(3) : random.nextInt(14);
        depth++;
        switch (kind) {
            case 0, 1, 2 -> out.append(indent).append(inline(3 + random.nextInt(25)).replace("\n", "\n" + indent));
            case 3 -> out.append(indent).append("#".repeat(1 + random.nextInt(6))).append(' ').append(inline(1 + random.nextInt(6)).replace('\n', ' '))
                    .append(random.nextInt(5) == 0 ? " ##" : "").append(random.nextInt(6) == 0 ? " {#ancre .x}" : "");
            case 4 -> out.append(indent).append(inline(1 + random.nextInt(5)).replace('\n', ' ')).append('\n').append(indent)
                    .append(random.nextBoolean() ? "=====" : "-----");
            case 5, 6 -> list(out, indent);
            case 7 -> quote(out, indent);
            case 8 -> fenced(out, indent);
            case 9 -> out.append(indent).append("    ").append(pick(WORDS)).append(" <b> & \"x\"\n").append(indent).append("    suite");
            case 10 -> table(out, indent);
            case 11 -> out.append(indent).append(pick(List.of("<div class=\"encadré\">\n<p>bloc <a href=\"javascript:x\">x</a></p>\n</div>",
                    "<!-- note cachée -->", "<p><img src=\"data:image/png;base64,AAAA\" alt=\"x\"></p>",
                    "<div>\n\n*dedans*\n\n</div>", "<table><tr><td>a</td></tr></table>")));
            case 12 -> out.append(indent).append(pick(List.of("---", "***", "___", "- - -")));
            // A photo with its caption, alone in its paragraph: a figure.
            default -> out.append(indent).append(random.nextInt(3) == 0
                    ? "![" + words(1 + random.nextInt(3)) + "](" + pick(URLS) + " \"" + pick(List.of("L'atelier : « bilan » & <suite>", " ", "Légende")) + "\")"
                    : inline(2 + random.nextInt(10)) + (random.nextInt(4) == 0 ? "\n{.classe}" : ""));
        }
        depth--;
    }

    private void list(StringBuilder out, String indent) {
        boolean ordered = random.nextBoolean();
        int start = random.nextInt(4) == 0 ? random.nextInt(20) : 1;
        char bullet = "-*+".charAt(random.nextInt(3));
        boolean loose = random.nextInt(4) == 0;
        int items = 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            if (i > 0) {
                out.append(loose ? "\n\n" : "\n");
            }
            String marker = ordered ? (start + i) + (random.nextInt(5) == 0 ? ")" : ".") + " " : bullet + " ";
            out.append(indent).append(marker).append(inline(1 + random.nextInt(10)).replace("\n", "\n" + indent + " ".repeat(marker.length())));
            if (random.nextInt(4) == 0) {
                out.append("\n").append(loose ? "\n" : "");
                block(out, indent + " ".repeat(marker.length()));
            }
        }
    }

    private void quote(StringBuilder out, String indent) {
        StringBuilder inner = new StringBuilder();
        int blocks = 1 + random.nextInt(3);
        for (int i = 0; i < blocks; i++) {
            if (i > 0) {
                inner.append("\n\n");
            }
            block(inner, "");
        }
        String prefix = indent + "> ";
        out.append(prefix).append(inner.toString().replace("\n", "\n" + (random.nextInt(8) == 0 ? indent : prefix)));
    }

    private void fenced(StringBuilder out, String indent) {
        String fence = random.nextBoolean() ? "```" : "~~~";
        String info = pick(List.of("", "java", "js title=\"x\"", "sh", "a&b"));
        out.append(indent).append(fence).append(info).append('\n');
        int lines = random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            out.append(indent).append(random.nextInt(5) == 0 ? "" : "if (a < b && c) { d ? e : f; } // l'été").append('\n');
        }
        out.append(indent).append(fence);
    }

    private void table(StringBuilder out, String indent) {
        int columns = 1 + random.nextInt(4);
        StringBuilder header = new StringBuilder("|");
        StringBuilder separator = new StringBuilder("|");
        for (int c = 0; c < columns; c++) {
            header.append(' ').append(cell()).append(" |");
            separator.append(pick(List.of("---", ":--", ":-:", "--:"))).append('|');
        }
        out.append(indent).append(header).append('\n').append(indent).append(separator);
        int rows = random.nextInt(4);
        for (int r = 0; r < rows; r++) {
            out.append('\n').append(indent).append('|');
            int cells = random.nextInt(6) == 0 ? columns + 1 : columns;
            for (int c = 0; c < cells; c++) {
                out.append(' ').append(cell()).append(random.nextInt(12) == 0 ? " ||" : " |");
            }
        }
    }

    private String cell() {
        return random.nextInt(5) == 0 ? "" : inline(1 + random.nextInt(3)).replace('\n', ' ').replace("|", "\\|");
    }

    private String inline(int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                out.append(random.nextInt(12) == 0 ? (random.nextInt(3) == 0 ? "  \n" : "\n") : " ");
            }
            out.append(piece());
            if (random.nextInt(5) == 0) {
                out.append(pick(PUNCTUATION));
            }
        }
        return out.toString();
    }

    private String piece() {
        int kind = random.nextInt(40);
        return switch (kind) {
            case 0 -> "*" + words(1 + random.nextInt(3)) + "*";
            case 1 -> "**" + words(1 + random.nextInt(3)) + "**";
            case 2 -> "_" + words(1 + random.nextInt(2)) + "_";
            case 3 -> "~~" + words(1 + random.nextInt(2)) + "~~";
            case 4 -> "`" + pick(List.of("code", "a ? b : c", "l'été", "<b>", "https://x.org", " x ", "a  b")) + "`";
            case 5, 6 -> "[" + words(1 + random.nextInt(3)) + "](" + pick(URLS) + (random.nextInt(4) == 0 ? " \"Titre : « x »\"" : "") + ")";
            case 7 -> "![" + (random.nextInt(5) == 0 ? "" : words(1 + random.nextInt(3))) + "](" + pick(URLS) + ")";
            case 8 -> "<" + pick(List.of("https://exemple.fr/café", "julien@exemple.fr", "javascript:alert(1)", "HTTP://X.ORG", "irc://x")) + ">";
            case 9, 10 -> pick(BARE);
            case 11 -> pick(HTML_INLINE);
            case 12 -> pick(ENTITIES);
            case 13 -> {
                footnotes = Math.min(footnotes + (random.nextBoolean() ? 1 : 0), 4);
                yield "[^" + Math.max(1, footnotes) + "]";
            }
            case 14 -> "\"" + words(1 + random.nextInt(3)) + "\"";
            case 15 -> "'" + words(1 + random.nextInt(2)) + "'";
            case 16 -> "« " + words(1 + random.nextInt(3)) + " »";
            case 17 -> "[" + words(1 + random.nextInt(2)) + "][ref]";
            case 18 -> pick(List.of("[a]()", "![a]()", "[]()", "[ref]", "[x][]", "![img][ref]", "[^x]", "[lien]( https://x.org )"));
            case 19 -> "***" + words(1 + random.nextInt(2)) + "***";
            default -> words(1);
        };
    }

    private String words(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(pick(WORDS));
        }
        return out.toString();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
