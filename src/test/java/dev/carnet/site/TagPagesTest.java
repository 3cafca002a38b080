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

    @Test
    void aBigTagIsPaginatedLikeTheHomePage() {
        Fixtures.copy("site-blog", dir);
        // site-blog has perPage: 2, so twelve notes of one tag are six pages
        for (int n = 1; n <= 12; n++) {
            Fixtures.write(dir.resolve(String.format("notes/2023/%02d-atelier-%d.md", 1 + n % 12, n)), String.format("""
                    ---
                    title: "Atelier %d"
                    date: 2023-%02d-%02dT10:00:00+01:00
                    tags: [réparation]
                    ---

                    Atelier numéro %d.
                    """, n, 1 + n % 12, n, n));
        }
        MemorySink sink = new MemorySink();
        new SiteBuilder(Blog.open(dir), SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED, sink);
        Map<String, OutputFile> site = sink.files();

        assertThat(site).containsKeys("tags/reparation/index.html", "tags/reparation/page/2/index.html", "tags/reparation/page/6/index.html")
                .doesNotContainKey("tags/reparation/page/7/index.html").doesNotContainKey("tags/reparation/page/1/index.html");
        var first = Jsoup.parse(site.get("tags/reparation/index.html").text());
        assertThat(first.select("main h2, main h3").eachText()).contains("Atelier 11", "Atelier 10").doesNotContain("Atelier 9");
        assertThat(first.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/blog/tags/reparation/page/2/");
        assertThat(first.select("nav.pagination a[rel=prev]")).isEmpty();
        var last = Jsoup.parse(site.get("tags/reparation/page/6/index.html").text());
        assertThat(last.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/blog/tags/reparation/page/5/");
        assertThat(last.select("nav.pagination a[rel=next]")).isEmpty();
        assertThat(last.select("nav.pagination [aria-current=page]").text()).endsWith("6");
        assertThat(last.select("main h2, main h3").eachText()).contains("Atelier 12", "Atelier 1").doesNotContain("Atelier 11");
        assertThat(site.get("sitemap.xml").text()).contains("/blog/tags/reparation/page/2/");
    }
}
