package dev.carnet.markdown;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.carnet.error.CarnetException;
import java.time.Duration;

/**
 * Any Markdown renders, in any setting, or is refused with carnet's own error (nesting deeper than
 * anyone writes): no other exception (the build would report it as a bug), and no hang.
 * {@code mvn verify} replays MarkdownRendererFuzzTestInputs/;
 * {@code JAZZER_FUZZ=1 mvn -o test -Dtest=MarkdownRendererFuzzTest} fuzzes for two minutes.
 */
class MarkdownRendererFuzzTest {
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final MarkdownRenderer[] RENDERERS = {
        new MarkdownRenderer(new MarkdownOptions(true, false)), new MarkdownRenderer(new MarkdownOptions(false, true)),
    };

    @FuzzTest(maxDuration = "2m")
    // libFuzzer's dictionary format: line ends, quotes, backslashes and non-ASCII bytes as \xNN.
    @DictionaryEntries({"> ", "- ", "1. ", "```", "~~~", "    ", "`", "**", "_", "~~", "[", "](", "![", "]: ", "<https://", "https://",
        "www.", "@", "[^1]", "[^1]: ", "{#id .c}", "{", "}", "|---|", "| a |", "<div>", "<a href=\\x22", "javascript:", "&amp;", "\\x5c",
        "\\x22", "'", "--", "...", " ;", " :", " !", " ?", "\\xc2\\xab ", "#", "\\x0a\\x0a", "<!--", "-->"})
    void anyMarkdownRendersWithoutThrowing(FuzzedDataProvider data) {
        MarkdownRenderer renderer = RENDERERS[data.consumeInt(0, RENDERERS.length - 1)];
        boolean summary = data.consumeBoolean();
        String markdown = data.consumeRemainingAsString();
        assertTimeoutPreemptively(HANG, () -> {
            try {
                renderer.render(markdown, UrlRewriter.UNCHANGED, summary);
            } catch (CarnetException expected) {
                // quotes or lists nested too deep: the build names the note
            }
        });
    }
}
