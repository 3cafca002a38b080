package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.error.Phrase;
import dev.carnet.store.Blog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note's links that could run code are dead in its page and in both feeds, and carnet check names them. */
class DangerousLinksSiteTest {
    private static final String NOTE = "notes/2024/03-liens-dangereux.md";

    @TempDir
    Path dir;

    @BeforeEach
    void blogWithADangerousNote() {
        Fixtures.copy("site-blog", dir);
        Fixtures.write(dir.resolve(NOTE), new String(Fixtures.bytes("dangerous-links/03-liens-dangereux.md"), StandardCharsets.UTF_8));
    }

    @Test
    void writesRefusedLinksAsAHashInThePageAndBothFeeds() {
        MemorySink sink = new MemorySink();
        new SiteBuilder(Blog.open(dir), SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED, sink);
        Map<String, OutputFile> files = sink.files();
        String page = files.get("2024/12/liens-dangereux/index.html").text();
        assertThat(page).contains("<a href=\"#\">clic</a>", "<a href=\"#\">autre</a>", "src=\"#\"",
                "<a href=\"mailto:julien.%C3%A9ric@exemple.fr\">julien.éric@exemple.fr</a>", "@julien@mastodon.social")
                .doesNotContain("mailto:/blog/");
        for (String file : List.of("2024/12/liens-dangereux/index.html", "feed.xml", "atom.xml")) {
            // An autolink's text stays as written ("vbscript:msgbox(1)"): only its href is refused.
            assertThat(files.get(file).text().replace("&quot;", "\"")).as(file).doesNotContainIgnoringCase("javascript:")
                    .doesNotContainIgnoringCase("href=\"vbscript:").doesNotContain("data:text", "&#106;avascript", "&amp;#106;avascript");
        }
        assertThat(files.get("feed.xml").text()).contains("&lt;a href=\"#\"&gt;clic");
        assertThat(files.get("atom.xml").text()).contains("&lt;a href=\"#\"&gt;clic");
    }

    @Test
    void reportsEachRefusedLinkWithItsFileAndLine() {
        List<SiteChecker.Finding> findings = new SiteChecker(Blog.open(dir), SiteBuilderTest.CLOCK).check(BuildOptions.PUBLISHED, 600)
                .stream().filter(f -> f.error()).toList(); // the sample blog's one warning (its sub-path) is SiteCheckerTest's
        String problem = "is not allowed (http, https, mailto, tel); the page links to # instead";
        assertThat(findings).extracting(f -> f.message().in(Phrase.ENGLISH)).containsExactlyInAnyOrder(
                NOTE + ":7: link to JaVaScRiPt:alert(2): scheme 'javascript' " + problem,
                NOTE + ":7: link to &#106;avascript:alert(3): scheme 'javascript' " + problem,
                NOTE + ":9: link to data:text/html;base64,PHNjcmlwdD4=: scheme 'data' " + problem,
                NOTE + ":9: link to vbscript:msgbox(1): scheme 'vbscript' " + problem);
        assertThat(findings).allMatch(SiteChecker.Finding::error);
    }
}
