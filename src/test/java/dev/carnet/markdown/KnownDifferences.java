package dev.carnet.markdown;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where carnet's renderer means to differ from flexmark's own, each with its reason: the one
 * place RendererDifferentialTest looks before it compares. Keep it short; a difference found by
 * the test is a bug to fix unless it belongs here.
 */
final class KnownDifferences {
    /**
     * A bare address with an apostrophe between letters ({@code https://fr.wikipedia.org/wiki/L'Étranger}).
     * Reason: carnet keeps such an apostrophe in its text node (IntrawordApostrophes), so BareUrls
     * sees the whole address and links it; flexmark's typographic extension makes the apostrophe a
     * node of its own before carnet's pass runs, which cuts the address at it. carnet is right,
     * flexmark would link {@code https://fr.wikipedia.org/wiki/L}. Only with French typography.
     */
    private static final Pattern APOSTROPHE_IN_BARE_URL = Pattern.compile("(?:://|www\\.)[^\\s<>]*?[\\p{L}\\p{N}]'[\\p{L}\\p{N}]");

    /**
     * A table row with brackets that open in one cell and close in another ({@code | [ a | b ][ref] |}).
     * Reason: flexmark's table parser cuts the cells inside the undefined reference and writes the
     * row's source text for it, apostrophes as written; carnet's text writer curls the
     * apostrophes between letters of any text it writes. Garbage either way; only with French
     * typography (no apostrophe is curled otherwise).
     */
    private static final Pattern BRACKETS_ACROSS_CELLS = Pattern.compile("(?m)^\\|.*\\[[^\\]\n]*\\|[^\n]*\\]");

    private KnownDifferences() {
    }

    /**
     * Whether two tables of contents are the same but for the emphasis marks in a heading's text.
     * Reason: the text is flexmark's TextCollectingVisitor's, which repeats the mark of an unmatched
     * delimiter next to a text node that is one slice of the note ({@code **aujourd \\**} gives
     * "**aujourd *" where the page shows "*aujourd *"). carnet's text nodes are whole where
     * flexmark's typographic extension cuts them at apostrophes, so the same flexmark code gives
     * one mark more or less. Levels and ids must still be equal.
     */
    static boolean sameToc(List<Rendered.TocEntry> ours, List<Rendered.TocEntry> theirs) {
        if (ours.size() != theirs.size()) {
            return false;
        }
        for (int i = 0; i < ours.size(); i++) {
            Rendered.TocEntry a = ours.get(i);
            Rendered.TocEntry b = theirs.get(i);
            if (a.level() != b.level() || !a.id().equals(b.id())
                    || !a.text().replaceAll("[*_]+", "").equals(b.text().replaceAll("[*_]+", ""))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the note is left out of the comparison in these settings. */
    static boolean skipped(String markdown, MarkdownOptions options) {
        return options.frenchTypography() && (APOSTROPHE_IN_BARE_URL.matcher(markdown).find()
                || BRACKETS_ACROSS_CELLS.matcher(markdown).find());
    }
}
