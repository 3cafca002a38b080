package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.Fixtures;
import dev.carnet.error.CarnetException;
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

/** {@code theme:} in carnet.yml picks one of carnet's built-in themes; a blog's own templates still win over it. */
class ThemesTest {
    private static final String JUNE = "2024/07/notes-de-juin-2024/index.html";

    @TempDir
    Path dir;
    MemorySink sink;

    @BeforeEach
    void sampleBlog() {
        Fixtures.copy("site-blog", dir);
    }

    private Map<String, OutputFile> build(String theme) throws IOException {
        Path yml = dir.resolve("carnet.yml");
        if (theme != null) {
            Files.writeString(yml, Files.readString(yml) + "theme: " + theme + "\n");
        }
        sink = new MemorySink();
        new SiteBuilder(Blog.open(dir), SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED, sink);
        return sink.files();
    }

    @Test
    void theSidebarThemeSetsTheAuthorBoxBesideEveryPageOnceAndAddsItsStylesheet() throws IOException {
        Map<String, OutputFile> site = build("sidebar");
        for (String page : new String[] {JUNE, "index.html", "archives/index.html", "tags/index.html"}) {
            Document html = Jsoup.parse(site.get(page).text());
            assertThat(html.select(".page > .sidebar .author-box .author-name").text()).as(page).isEqualTo("A. Author");
            assertThat(html.select(".author-box")).as(page).hasSize(1);
            assertThat(html.select("main .author-box")).as(page).isEmpty();
            assertThat(html.select("link[rel=stylesheet]").eachAttr("href"))
                    .containsExactly("/blog/assets/style.css", "/blog/assets/sidebar.css");
        }
        assertThat(site.get("assets/sidebar.css").text()).contains(".sidebar", "grid-template-columns");
        assertThat(site.get("assets/style.css").text()).contains("carnet default theme");
    }

    @Test
    void theDefaultThemeKeepsTheAuthorBoxUnderTheNoteAndHasNoSidebar() throws IOException {
        Map<String, OutputFile> site = build(null);
        Document june = Jsoup.parse(site.get(JUNE).text());
        assertThat(june.select("main .author-box")).hasSize(1);
        assertThat(june.select(".sidebar")).isEmpty();
        assertThat(june.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("/blog/assets/style.css");
        assertThat(site).doesNotContainKey("assets/sidebar.css");
        assertThat(build("carnet").get(JUNE).text()).isEqualTo(site.get(JUNE).text());
    }

    @Test
    void aBlogsOwnTemplateAndStylesheetWinOverTheThemes() throws IOException {
        Files.createDirectories(dir.resolve("templates/assets"));
        Files.writeString(dir.resolve("templates/aside.peb"), "<p class=\"mine\">{{ site.title }}</p>\n");
        Files.writeString(dir.resolve("templates/assets/sidebar.css"), "/* mine */\n");
        Map<String, OutputFile> site = build("sidebar");
        Document june = Jsoup.parse(site.get(JUNE).text());
        assertThat(june.select(".page > .mine").text()).isEqualTo("Carnet <de> test & co");
        assertThat(june.select(".sidebar")).isEmpty();
        assertThat(sink.copies().get("assets/sidebar.css")).isEqualTo(dir.resolve("templates/assets/sidebar.css"));
    }

    @Test
    void anUnknownThemeIsRefusedNamingTheLineAndTheThemesThereAre() {
        assertThatThrownBy(() -> build("wordpress"))
                .isInstanceOf(CarnetException.class)
                .hasMessageContaining("carnet.yml:")
                .hasMessageContaining("theme")
                .hasMessageContaining("wordpress")
                .hasMessageContaining("carnet, sidebar");
    }
}
