package dev.carnet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The emitter must write what flexmark's renderer writes, byte for byte, with the same passes
 * (French spacing, bare URLs, heading ids, rewritten links) before it: every case of
 * emitter-cases.md and a typical note, in the four settings a blog can have.
 */
class HtmlEmitterTest {
    /** A rewriter that changes every address, so that both writers must go through it. */
    private static final UrlRewriter REWRITER = (url, image) -> (image ? "/img?" : "/go?") + url;

    static Stream<String> cases() throws IOException {
        List<String> cases = Arrays.asList(resource("emitter-cases.md").split("\n%%%\n"));
        return Stream.concat(cases.stream(), Stream.of(resource("typical-note.md")));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlEmitterTest.class.getResourceAsStream("/markdown/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void writesWhatFlexmarkWritesInEverySetting(String markdown) {
        for (boolean french : new boolean[] {true, false}) {
            for (boolean rawHtml : new boolean[] {false, true}) {
                MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(french, rawHtml));
                Rendered emitted = renderer.render(markdown, REWRITER, true, true);
                Rendered flexmark = renderer.render(markdown, REWRITER, true, false);
                assertThat(emitted.html()).as("french %s, raw HTML %s", french, rawHtml).isEqualTo(flexmark.html());
                assertThat(emitted.summary()).isEqualTo(flexmark.summary());
                assertThat(emitted.toc()).isEqualTo(flexmark.toc());
            }
        }
    }

    @Test
    void writesATypicalNoteItselfAndLeavesRawHtmlBlocksToFlexmark() throws IOException {
        MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(true, false));
        assertThat(HtmlEmitter.document(renderer.parse(resource("typical-note.md")), new HashMap<>(), REWRITER, renderer.options()))
                .contains("<table class=\"table\">", "<div class=\"footnotes\">", "<blockquote>", "<ol>", "<h2");
        assertThat(HtmlEmitter.document(renderer.parse("Un\n\n<div>bloc</div>\n"), new HashMap<>(), REWRITER, renderer.options()))
                .isNull();
    }

    @Test
    void writesMostCasesItself() throws IOException {
        MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(true, false));
        List<String> cases = cases().toList();
        // After carnet's tree pass, as in a build: brackets naming no reference are text by then.
        long emitted = cases.stream()
                .map(renderer::parse)
                .filter(document -> HtmlEmitter.document(document, new TreePass(document, renderer.options()).ids, REWRITER,
                        renderer.options()) != null)
                .count();
        // Raw HTML blocks, comments, attribute lists, reference links, blank lines in code: flexmark's.
        assertThat(emitted).isGreaterThanOrEqualTo(cases.size() - 8);
    }
}
