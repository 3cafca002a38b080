package dev.carnet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * QuickRenderer writes the notes it takes exactly as carnet's flexmark path does (HTML, summary,
 * headings, links, in French and in English), takes the notes of the benchmark corpus, and leaves
 * to flexmark every construct it does not read. QuickTypeset likewise for titles and summaries.
 */
class QuickRendererTest {
    private static final int RANDOM_NOTES = Integer.getInteger("quick.notes", 6_000);
    /** Every address is rewritten, so that both must send each through the rewriter. */
    private static final UrlRewriter REWRITER = (url, image) -> (image ? "/img?" : "/go?") + url;
    private static final List<MarkdownRenderer> RENDERERS = List.of(new MarkdownRenderer(new MarkdownOptions(true, false)),
            new MarkdownRenderer(new MarkdownOptions(false, false)), new MarkdownRenderer(new MarkdownOptions(true, true)));

    @Test
    void writesTheCorpusNotesItselfAsFlexmarkDoes() throws IOException {
        for (String note : resource("quick-notes.md").split("\n%%%\n")) {
            for (MarkdownRenderer renderer : RENDERERS) {
                assertThat(quick(renderer, note)).as("taken by the quick path").isNotNull();
                assertSame(renderer, note, "a corpus note");
            }
        }
    }

    @Test
    void writesPlainNotesAsFlexmarkDoesAndTakesMostOfThem() {
        List<String> failures = new ArrayList<>();
        int taken = 0;
        for (long seed = 0; seed < RANDOM_NOTES; seed++) {
            String note = new PlainNoteGenerator(seed).note();
            MarkdownRenderer renderer = RENDERERS.get((int) (seed % RENDERERS.size()));
            taken += quick(renderer, note) == null ? 0 : 1;
            String problem = difference(renderer, note);
            if (problem != null && failures.size() < 3) {
                failures.add("seed " + seed + " (" + renderer.options() + "): " + problem + "\n" + note);
            }
        }
        assertThat(failures).isEmpty();
        // The generator puts what only flexmark reads into most of its notes, somewhere.
        assertThat(taken).as("notes taken by the quick path").isGreaterThan(RANDOM_NOTES / 8);
    }

    @Test
    void writesTheDifferentialTestsNotesAsFlexmarkDoesOrLeavesThem() {
        List<String> failures = new ArrayList<>();
        for (long seed = 0; seed < 1_500; seed++) {
            String note = new MarkdownGenerator(seed).note();
            for (MarkdownRenderer renderer : RENDERERS) {
                String problem = difference(renderer, note);
                if (problem != null && failures.size() < 3) {
                    failures.add("seed " + seed + " (" + renderer.options() + "): " + problem + "\n" + note);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"_a_", "a\\*b", "&eacute;", "<b>x</b>", "« \"cité\" »", "l'", "'a'", "a...", "a--b", "a >> b",
        "https://exemple.fr", "www.exemple.fr", "julien@exemple.fr", "    code", " indenté", "a  \nb", "a\tb",
        "- a\n\n- b", "- a\n- b\n\n  suite", "1) a", "3. a", "1. a\n3. b", "- a\n* b", "- [ ] tâche",
        "> a\nlazy", "> a\n\n> b", ">> a", "[a][ref]\n\n[ref]: /x", "[a]", "[^1]", "[^1]: orpheline",
        "| a |\n| -- |\n| b |", "| a |\n| --- |", "| a | b |\n| --- |\n| c |", "| `a|b` |\n| --- |\n| c |",
        "~~x~~", "***x***", "**a*", "*a **b* c**", "a*b*c", "* a*", "Titre {.c}", "Titre\n===", "---", "```\ncode\n```",
        "<div>\nx\n</div>", "a\u00A0*b*", "[a](b c)", "[a](x(y))", "[a](<b>)", "![a](b", "`a``", "` a `", "## Titre #",
        "##Titre", "## `code`", "## [lien](x)", "a\n# Titre", "a\n- b", "a\n> b", "a\n| b |", "[^a]: x\n[^b]: y", "&"})
    void leavesToFlexmarkWhatItDoesNotRead(String markdown) {
        String note = markdown.endsWith("&") ? "Tom & Léa ; &amp;" : markdown;
        assertThat(quick(RENDERERS.get(0), note)).isNull();
        assertSame(RENDERERS.get(0), note, "left to flexmark");
    }

    @Test
    void typesetsTitlesAsFlexmarkDoes() {
        MarkdownRenderer renderer = RENDERERS.get(0);
        List<String> pieces = List.of("Notes", "de", "juin", "l'atelier", "Bilan", "d'étape", ":", "?", "!", ";", " ", "«", "»",
                "2024", "…", "...", "--", "'", "\"", "*", "_", "#", "-", "1.", "<<", ">>", "https://x.org", "www.x.org", "a@b.fr",
                "&", "é", "\u00A0", "\u202F", "(", ")", "[", "]", "`", "C'est", "L'été", "?!", " : ", "12:30");
        Random random = new Random(7);
        int quick = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder title = new StringBuilder();
            for (int w = 1 + random.nextInt(6); w > 0; w--) {
                title.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String text = title.toString();
            assertThat(renderer.typeset(text, true)).as(text).isEqualTo(renderer.typeset(text, false));
            String line = text.strip().replaceAll("[\\s&&[^\u00A0\u202F]]+", " ");
            quick += line.isEmpty() || QuickTypeset.line(line) == null ? 0 : 1;
        }
        assertThat(quick).isGreaterThan(2_000);
    }

    private static Rendered quick(MarkdownRenderer renderer, String note) {
        return QuickRenderer.render(note.toCharArray(), 0, REWRITER, renderer.options(), true);
    }

    private static void assertSame(MarkdownRenderer renderer, String note, String what) {
        assertThat(difference(renderer, note)).as(what + ":\n" + note).isNull();
    }

    /** What differs between the quick path (when it takes the note) and flexmark's, or null. */
    private static String difference(MarkdownRenderer renderer, String note) {
        Rendered quick = renderer.render(note, REWRITER, true, true, true);
        Rendered flexmark = renderer.render(note, REWRITER, true, true, false);
        return !quick.html().equals(flexmark.html()) ? "HTML\n" + quick.html() + "\n--- flexmark:\n" + flexmark.html()
                : !quick.summary().equals(flexmark.summary()) ? "summary " + quick.summary() + " | " + flexmark.summary()
                : !quick.toc().equals(flexmark.toc()) ? "headings " + quick.toc() + " | " + flexmark.toc()
                : !quick.links().equals(flexmark.links()) ? "links " + quick.links() + " | " + flexmark.links()
                : quick.words() != flexmark.words() ? "words" : null;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = QuickRendererTest.class.getResourceAsStream("/markdown/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
