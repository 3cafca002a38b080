package dev.carnet.markdown;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;

/**
 * Any Markdown renders: carnet's renderer throws nothing on any note body, in any setting (the
 * build reports a throw as a broken note, and no note should break it), and never hangs.
 * {@code mvn verify} replays MarkdownRendererFuzzTestInputs/;
 * {@code JAZZER_FUZZ=1 mvn -o test -Dtest=MarkdownRendererFuzzTest} fuzzes for two minutes.
 */
class MarkdownRendererFuzzTest {
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final MarkdownRenderer[] RENDERERS = {
        new MarkdownRenderer(new MarkdownOptions(true, false)), new MarkdownRenderer(new MarkdownOptions(false, true)),
    };

    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({"> ", "- ", "1. ", "```", "~~~", "    ", "`", "**", "_", "~~", "[", "](", "![", "]: ", "<https://", "https://",
        "www.", "@", "[^1]", "[^1]: ", "{#id .c}", "{", "}", "|---|", "| a |", "<div>", "<a href=\"", "javascript:", "&amp;", "\\",
        "\"", "'", "--", "...", " ;", " :", " !", " ?", "« ", "#", "\n\n", "<!--", "-->"})
    void anyMarkdownRendersWithoutThrowing(FuzzedDataProvider data) {
        MarkdownRenderer renderer = RENDERERS[data.consumeInt(0, RENDERERS.length - 1)];
        boolean summary = data.consumeBoolean();
        String markdown = data.consumeRemainingAsString();
        assertTimeoutPreemptively(HANG, () -> renderer.render(markdown, UrlRewriter.UNCHANGED, summary));
    }
}
