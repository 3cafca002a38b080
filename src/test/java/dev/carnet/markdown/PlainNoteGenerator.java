package dev.carnet.markdown;

import java.util.List;
import java.util.Random;

/**
 * Random notes from a seed, made mostly of what QuickRenderer writes itself (paragraphs, headings,
 * tight lists, quotes, tables, figures, footnotes, emphasis, code, links, French punctuation) and
 * now and then of what it must leave to flexmark, put where it is easy to miss: a stray '*', an
 * apostrophe at a word's end, an ellipsis, an entity, a lazy line, a list that goes on after a
 * blank line, an ordered list from 3. The same seed gives the same note.
 */
final class PlainNoteGenerator {
    private static final List<String> WORDS = List.of("atelier", "médiation", "numérique", "été", "Noël", "œuvre",
            "l'atelier", "aujourd'hui", "qu'il", "Zoé", "fablab", "café", "à", "où", "déjà", "ÉCOLE", "2024", "12:30",
            "n°3", "x", "(voir", "suite)", "—", "«", "»", "…", "1.", "a!", "2,5", "«bonjour»", "wiki", "l'été", "c'est");
    private static final List<String> PUNCTUATION = List.of(" ;", " :", " !", " ?", ";", ":", "!", "?", " ?!", ".", ",",
            "…", " :", "\u00A0!", "\u202F?");
    private static final List<String> URLS = List.of("https://exemple.fr", "https://exemple.fr/page?x=1&y=2#ancre",
            "images/été.jpg", "../2023/12-notes.md#atelier", "/a/b/", "#fn-1", "mailto:julien@exemple.fr",
            "javascript:alert(1)", "note.md", "https://fr.wikipedia.org/wiki/Jeanne_d'Arc", "https://exemple.fr/café");
    /** What QuickRenderer leaves to flexmark, once in a while. */
    private static final List<String> FLEXMARKS = List.of("*", "**a*", "a*b*c", "l'", "'cité'", "\"cité\"", "...", "--",
            "_x_", "<b>x</b>", "&amp;", "&eacute;", "\\*", "www.exemple.fr", "https://exemple.fr", "julien@exemple.fr",
            "[a]", "[^9]", "~~x~~", "***x***", "{.c}", "[a](<b>)", "[a](b c)", "`a``", "``a``", "` a `", "a  b", ">>",
            "<<", "&", "a|b", "[a](x(y))", "![a](b", "*a *", "* a*", "**", "\u00A0*x*", "*x*\u00A0");

    private final Random random;
    private int footnotes;

    PlainNoteGenerator(long seed) {
        this.random = new Random(seed);
    }

    String note() {
        StringBuilder out = new StringBuilder();
        footnotes = 0;
        int blocks = 1 + random.nextInt(7);
        for (int i = 0; i < blocks; i++) {
            if (i > 0) {
                out.append(rarely() ? "\n" : "\n\n");
            }
            block(out);
        }
        for (int n = 1; n <= footnotes; n++) {
            out.append(rarely() ? "\n" : "\n\n").append("[^").append(n).append("]: ").append(inline(1 + random.nextInt(8), false));
        }
        return out.append(random.nextInt(4) == 0 ? "" : "\n").toString();
    }

    private boolean rarely() {
        return random.nextInt(25) == 0;
    }

    private void block(StringBuilder out) {
        switch (random.nextInt(10)) {
            case 0, 1, 2 -> out.append(inline(3 + random.nextInt(25), true)).append(rarely() ? "\n" + inline(3, true) : "");
            case 3 -> out.append("#".repeat(1 + random.nextInt(3))).append(' ').append(inline(1 + random.nextInt(5), false).replace('\n', ' '));
            case 4 -> list(out);
            case 5 -> quote(out);
            case 6 -> table(out);
            case 7 -> out.append("![").append(words(1 + random.nextInt(3))).append("](").append(pick(URLS))
                    .append(random.nextInt(4) == 0 ? "" : " \"" + pick(List.of("L'atelier : « bilan »", " ", "Légende", "")) + "\"").append(')');
            default -> out.append(rarely() ? pick(List.of("    code", " indenté", "---", "***", "<div>x</div>", "```\nx\n```", "Titre\n===", "1) un", "3. trois"))
                    : inline(2 + random.nextInt(10), true));
        }
    }

    private void list(StringBuilder out) {
        boolean ordered = random.nextBoolean();
        char bullet = "-*+".charAt(random.nextInt(3));
        int items = 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            if (i > 0) {
                out.append(rarely() ? "\n\n" : "\n");
            }
            out.append(ordered ? (rarely() ? i + 3 : i + 1) + ". " : bullet + " ").append(inline(1 + random.nextInt(8), true).replace('\n', ' '));
        }
    }

    private void quote(StringBuilder out) {
        int paragraphs = 1 + random.nextInt(3);
        for (int i = 0; i < paragraphs; i++) {
            if (i > 0) {
                out.append(rarely() ? "\n\n" : "\n>\n");
            }
            out.append(rarely() ? "" : "> ").append(i == paragraphs - 1 && random.nextBoolean()
                    ? "— [" + words(2) + "](" + pick(URLS) + ")" : inline(2 + random.nextInt(12), true).replace("\n", "\n> "));
        }
    }

    private void table(StringBuilder out) {
        int columns = 1 + random.nextInt(3);
        StringBuilder header = new StringBuilder("|");
        StringBuilder separator = new StringBuilder("|");
        for (int c = 0; c < columns; c++) {
            header.append(' ').append(words(1 + random.nextInt(2))).append(" |");
            separator.append(' ').append(pick(List.of("---", ":---", ":---:", "---:", rarely() ? "--" : "----"))).append(" |");
        }
        out.append(header).append('\n').append(separator);
        int rows = (rarely() ? 0 : 1) + random.nextInt(3);
        for (int r = 0; r < rows; r++) {
            out.append("\n|");
            for (int c = 0; c < (rarely() ? columns + 1 : columns); c++) {
                out.append(' ').append(inline(1 + random.nextInt(3), true).replace('\n', ' ').replace("|", "/")).append(" |");
            }
        }
    }

    private String inline(int words, boolean references) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                out.append(random.nextInt(15) == 0 ? "\n" : " ");
            }
            out.append(piece(references));
            if (random.nextInt(5) == 0) {
                out.append(pick(PUNCTUATION));
            }
        }
        return out.toString();
    }

    private String piece(boolean references) {
        return switch (random.nextInt(30)) {
            case 0, 1 -> "*" + words(1 + random.nextInt(3)) + "*";
            case 2 -> "**" + words(1 + random.nextInt(3)) + "**";
            case 3 -> "**" + words(1) + " *" + words(1) + "* " + words(1) + "**";
            case 4 -> "`" + pick(List.of("code", "a ? b : c", "l'été", "<b>", "https://x.org", "ping 9.9.9.9")) + "`";
            case 5, 6 -> "[" + inline(1 + random.nextInt(3), false).replace('\n', ' ').replace("[", "").replace("]", "") + "](" + pick(URLS)
                    + (random.nextInt(4) == 0 ? " \"Titre : « x »\"" : "") + ")";
            case 7 -> "![" + (random.nextInt(5) == 0 ? "" : words(1 + random.nextInt(3))) + "](" + pick(URLS) + ")";
            case 8 -> {
                if (!references) {
                    yield words(1);
                }
                footnotes = Math.min(footnotes + 1, 4);
                yield (random.nextBoolean() ? "" : "!") + "[^" + footnotes + "]";
            }
            case 9 -> random.nextInt(6) == 0 ? pick(FLEXMARKS) : words(1);
            default -> words(1);
        };
    }

    private String words(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i > 0 ? " " : "").append(pick(WORDS));
        }
        return out.toString();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
