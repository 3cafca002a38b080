package dev.carnet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * carnet parses as flexmark's own parser with every extension does: its inline parser (reference
 * definitions included), and the parser without attribute lists it uses for notes without a '{'.
 */
class ParserTuningTest {
    private static final UrlRewriter REWRITER = (url, image) -> "/go?" + url;

    @ParameterizedTest
    @MethodSource("dev.carnet.markdown.HtmlEmitterTest#cases")
    void parsesAsFlexmarksOwnParserWithEveryExtension(String markdown) {
        for (boolean french : new boolean[] {true, false}) {
            MarkdownOptions options = new MarkdownOptions(french, false);
            Rendered ours = new MarkdownRenderer(options, true).render(markdown, REWRITER, true, false);
            Rendered flexmarks = new MarkdownRenderer(options, false).render(markdown, REWRITER, true, false);
            assertThat(ours.html()).as("french %s", french).isEqualTo(flexmarks.html());
            assertThat(ours.links()).isEqualTo(flexmarks.links());
        }
    }
}
