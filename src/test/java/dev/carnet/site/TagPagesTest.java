package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.store.Blog;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags in any script, and tags that differ only by a symbol, each get a page and a feed of their own. */
class TagPagesTest {
    @TempDir
    Path dir;

    @Test
    void tagsInOtherScriptsAndSymbolsGetPagesOfTheirOwn() {
        Fixtures.copy("site-blog", dir);
        Fixtures.write(dir.resolve("notes/2024/03-langues.md"), """
                ---
                title: "Langues"
                date: 2024-04-01T10:00:00+02:00
                tags: [русский, 日本, ελληνικά, "..", c, c++, "c#", c-sharp]
                ---

                Des langues.
                """);
        MemorySink sink = new MemorySink();
        new SiteBuilder(Blog.open(dir), SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED, sink);
        Map<String, OutputFile> site = sink.files();

        assertThat(site).containsKeys("tags/русский/index.html", "tags/русский/feed.xml", "tags/日本/index.html",
                "tags/ελληνικα/index.html", "tags/c/index.html", "tags/c-plus-plus/index.html", "tags/c-sharp/index.html");
        assertThat(site.keySet()).noneMatch(p -> p.startsWith("tags//") || p.contains("/../"));
        assertThat(site.keySet().stream().filter(p -> p.matches("tags/c-sharp-[0-9a-f]{8}/index.html"))).hasSize(1);
        assertThat(site.keySet().stream().filter(p -> p.matches("tags/tag-[0-9a-f]{8}/index.html"))).hasSize(1);

        var index = Jsoup.parse(site.get("tags/index.html").text());
        assertThat(index.select("main a[href*=/tags/]").eachText()).contains("русский", "日本", "ελληνικά", "..", "c", "c++", "c#", "c-sharp");
        assertThat(index.select("main a:containsOwn(русский)").attr("href"))
                .isEqualTo("/blog/tags/%D1%80%D1%83%D1%81%D1%81%D0%BA%D0%B8%D0%B9/");
        var note = Jsoup.parse(site.get("2024/04/langues/index.html").text());
        assertThat(note.select("article a[href^=/blog/tags/]:not([href=/blog/tags/]), main a[href^=/blog/tags/]:not([href=/blog/tags/])").eachAttr("href")).doesNotHaveDuplicates().hasSize(8);
        assertThat(site.get("sitemap.xml").text()).contains("<loc>https://someone.github.io/blog/tags/%E6%97%A5%E6%9C%AC/</loc>");
        assertThat(site.get("tags/c-plus-plus/index.html").text()).contains("Langues");
    }
}
