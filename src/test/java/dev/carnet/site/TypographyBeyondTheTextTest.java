package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.store.Blog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A French note's title and summary get the typography of its text wherever readers meet them: page, lists, head, feeds. */
class TypographyBeyondTheTextTest {
    private static final String TITLE = "Ce que j\u2019ai appris\u00A0: l\u2019été «\u00A0numérique\u00A0»";
    private static final String SUMMARY = "C\u2019est fini\u202F! Vraiment\u202F?";

    @TempDir
    Path dir;
    Map<String, OutputFile> site;

    @BeforeEach
    void buildWithATypographicTitle() throws IOException {
        Fixtures.copy("site-blog", dir);
        Path note = dir.resolve("notes/2024/06-notes-de-juin-2024.md");
        Files.writeString(note, Files.readString(note).replace("title: \"Notes de juin 2024\"",
                "title: \"Ce que j'ai appris : l'été \\\"numérique\\\"\"\nsummary: \"C'est fini ! Vraiment ?\""));
        MemorySink sink = new MemorySink();
        new SiteBuilder(Blog.open(dir), SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED, sink);
        site = sink.files();
    }

    @Test
    void theNotePageShowsTheTitleAndTheSummaryTypesetInItsHeadingAndItsHead() {
        String path = site.keySet().stream().filter(p -> p.endsWith("/index.html") && site.get(p).text().contains("class=\"p-name\">Ce que")).findFirst().orElseThrow();
        Document page = Jsoup.parse(site.get(path).text());
        assertThat(page.selectFirst("h1").wholeText()).isEqualTo(TITLE);
        assertThat(page.selectFirst("title").wholeText()).isEqualTo(TITLE + " · Carnet <de> test & co");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).startsWith(TITLE);
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(SUMMARY);
        assertThat(page.selectFirst("meta[property=og:description]").attr("content")).isEqualTo(SUMMARY);
    }

    @Test
    void listsAndArchivesShowTheTypesetTitleAndSummary() {
        Document archives = Jsoup.parse(site.get("archives/index.html").text());
        assertThat(archives.select("a").stream().map(a -> a.wholeText())).contains(TITLE);
        assertThat(Jsoup.parse(site.get("index.html").text()).body().wholeText()).contains(TITLE, SUMMARY);
    }

    @Test
    void feedsGiveTheTypesetTitleAndSummary() {
        String rss = site.get("feed.xml").text();
        assertThat(rss).contains("<title>" + TITLE + "</title>", "<description>" + SUMMARY + "</description>");
        assertThat(site.get("atom.xml").text()).contains(TITLE, SUMMARY);
        assertThat(site.get("feed.json").text()).contains(TITLE, SUMMARY);
    }
}
