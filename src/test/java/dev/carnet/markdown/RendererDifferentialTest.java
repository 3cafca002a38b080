package dev.carnet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The proof that carnet's fast parts (CopyFreeInlineParser, the parser without attribute lists,
 * IntrawordApostrophes, TextRenderer, HtmlEmitter) change nothing: random notes and the
 * CommonMark spec's examples, in the four settings a blog can have, give the same HTML, summary,
 * table of contents and links through carnet's path as through flexmark's own parser and
 * renderer (with carnet's settings, tree pass and link resolver, which are features, not
 * shortcuts). The differences carnet means are in {@link KnownDifferences}, each with its reason.
 */
class RendererDifferentialTest {
    private static final int RANDOM_NOTES = Integer.getInteger("differential.notes", 2_700);
    /** Every address is rewritten, so that both paths must send each through the rewriter (or neither). */
    private static final UrlRewriter REWRITER = (url, image) -> (image ? "/img?" : "/go?") + url;
    private static final List<MarkdownOptions> SETTINGS = List.of(new MarkdownOptions(true, false),
            new MarkdownOptions(true, true), new MarkdownOptions(false, false), new MarkdownOptions(false, true));

    private final List<MarkdownRenderer> carnets = SETTINGS.stream().map(MarkdownRenderer::new).toList();
    private final List<MarkdownRenderer> references = SETTINGS.stream().map(o -> new MarkdownRenderer(o, true)).toList();

    @Test
    void rendersRandomNotesAsFlexmarkDoesInEverySetting() {
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (long seed = 0; seed < RANDOM_NOTES; seed++) {
            String markdown = new MarkdownGenerator(seed).note();
            compared += compare("seed " + seed, markdown, failures);
        }
        assertThat(compared).isGreaterThanOrEqualTo(10_000);
        assertThat(failures).as("notes rendered unlike flexmark (first ones)").isEmpty();
    }

    @Test
    void rendersTheCommonMarkSpecExamplesAsFlexmarkDoesInEverySetting() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> examples = specExamples();
        assertThat(examples).hasSizeGreaterThan(600);
        for (int i = 0; i < examples.size(); i++) {
            compare("spec example " + (i + 1), examples.get(i), failures);
        }
        assertThat(failures).as("spec examples rendered unlike flexmark (first ones)").isEmpty();
    }

    /** @return how many renderings were compared (one per setting the note is not left out of) */
    private int compare(String name, String markdown, List<String> failures) {
        int compared = 0;
        for (int s = 0; s < SETTINGS.size(); s++) {
            MarkdownOptions options = SETTINGS.get(s);
            if (KnownDifferences.skipped(markdown, options)) {
                continue;
            }
            Rendered ours = carnets.get(s).render(markdown, REWRITER);
            Rendered flexmarks = references.get(s).render(markdown, REWRITER, true, false);
            compared++;
            String problem = !ours.html().equals(flexmarks.html()) ? "HTML"
                    : !ours.summary().equals(flexmarks.summary()) ? "summary"
                    : !KnownDifferences.sameToc(ours.toc(), flexmarks.toc()) ? "table of contents"
                    : !ours.links().equals(flexmarks.links()) ? "links" : null;
            if (problem != null && failures.size() < 5) {
                failures.add(name + " (" + options + "), " + problem + " differs for:\n" + markdown
                        + "\n--- carnet:\n" + describe(ours, problem) + "\n--- flexmark:\n" + describe(flexmarks, problem));
            }
        }
        return compared;
    }

    private static String describe(Rendered rendered, String problem) {
        return switch (problem) {
            case "HTML" -> rendered.html();
            case "summary" -> rendered.summary();
            case "table of contents" -> Objects.toString(rendered.toc());
            default -> Objects.toString(rendered.links());
        };
    }

    /** The examples of the CommonMark spec flexmark ships (spec.txt), tabs restored from its '→'. */
    static List<String> specExamples() throws IOException {
        String spec;
        try (InputStream in = RendererDifferentialTest.class.getResourceAsStream("/spec.txt")) {
            spec = new String(Objects.requireNonNull(in, "spec.txt (flexmark-test-specs)").readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> examples = new ArrayList<>();
        String fence = "```````````````````````````````` example";
        for (int at = spec.indexOf(fence); at >= 0; at = spec.indexOf(fence, at + 1)) {
            int start = spec.indexOf('\n', at) + 1;
            int end = spec.indexOf("\n.\n", start - 1);
            examples.add(end < start ? "" : spec.substring(start, end + 1).replace('→', '\t'));
        }
        return examples;
    }
}
