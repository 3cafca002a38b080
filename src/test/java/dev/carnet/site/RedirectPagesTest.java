package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.Fixtures;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.store.Blog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Old addresses of a blog moved from elsewhere: aliases in front matter and redirects.yml. */
class RedirectPagesTest {
    private static final String NOTE = "notes/2024/03-deplacee.md";
    private static final String TARGET = "https://someone.github.io/blog/2024/04/deplacee/";

    @TempDir
    Path dir;

    @BeforeEach
    void sampleBlog() throws Exception {
        Fixtures.copy("site-blog", dir);
        Files.copy(Fixtures.resource("old-addresses/03-deplacee.md"), dir.resolve(NOTE));
    }

    private Map<String, OutputFile> build() {
        MemorySink sink = new MemorySink();
        new SiteBuilder(Blog.open(dir), SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED, sink);
        return sink.files();
    }

    private void assertTheBuildStopsWith(String message, String problem) {
        assertThatThrownBy(this::build).isInstanceOf(CarnetException.class)
                .hasMessageStartingWith(message)
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static Document html(Map<String, OutputFile> site, String path) {
        assertThat(site).containsKey(path);
        return Jsoup.parse(site.get(path).text());
    }

    @Test
    void eachAliasIsARedirectPageToTheNoteUnderTheBaseUrlSubPath() {
        Map<String, OutputFile> site = build();

        assertThat(site).containsKey("2024/04/deplacee/index.html");
        for (String alias : new String[] {"2024/04/02/note-deplacee/index.html", "ancienne-note.html"}) {
            Document page = html(site, alias);
            assertThat(page.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=" + TARGET);
            assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(TARGET);
            assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(page.select("main").text()).isEqualTo("Cette page a déménagé : " + TARGET);
            assertThat(page.select("main a").attr("href")).isEqualTo(TARGET);
            assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        }
        assertThat(site.get("sitemap.xml").text()).doesNotContain("note-deplacee");
    }

    @Test
    void aPercentEscapedAliasIsWrittenUnderItsDecodedName() throws Exception {
        Fixtures.write(dir.resolve("pages/about.md"), "---\ntitle: \"À propos\"\naliases: [\"/%C3%A0-propos/\"]\n---\nQui écrit ici.\n");

        assertThat(build()).containsKey("à-propos/index.html");
    }

    @Test
    void aPagesAliasLeadsToThePage() throws Exception {
        Fixtures.write(dir.resolve("pages/about.md"), "---\ntitle: \"À propos\"\naliases: [\"/qui-suis-je/\"]\n---\nQui écrit ici.\n");

        assertThat(html(build(), "qui-suis-je/index.html").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://someone.github.io/blog/about/");
    }

    @Test
    void theNotesImageIsItsLinkPreviewPicture() {
        Document note = html(build(), "2024/04/deplacee/index.html");

        assertThat(note.select("meta[property=og:image]").attr("content")).isEqualTo("https://someone.github.io/blog/images/atelier.jpg");
        // A photo: the large card, which LinkedIn, WhatsApp and Mastodon show; and the page's locale.
        assertThat(note.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(note.select("meta[property=og:locale]").attr("content")).isEqualTo("fr_FR");
        assertThat(note.select("meta[property=og:image:alt]").attr("content")).isEqualTo(note.select("h1").text());
    }

    @Test
    void aliasesOfDraftsAreNotWritten() throws Exception {
        Path note = dir.resolve(NOTE);
        Files.writeString(note, Files.readString(note).replace("tags: [formation]", "draft: true"));

        assertThat(build().keySet()).noneMatch(p -> p.contains("note-deplacee") || p.contains("ancienne"));
    }

    @Test
    void aRedirectToATagNoNoteHasAnyMoreLeadsToTheTagsAndSaysSo() throws Exception {
        Files.writeString(dir.resolve("redirects.yml"), "# edit freely\n/category/disparue/: /tags/disparue/\n");
        MemorySink sink = new MemorySink();
        BuildReport report = new SiteBuilder(Blog.open(dir), SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED, sink);

        assertThat(html(sink.files(), "category/disparue/index.html").select("meta[http-equiv=refresh]").attr("content"))
                .isEqualTo("0; url=https://someone.github.io/blog/tags/");
        assertThat(report.warnings().stream().map(w -> w.in(Phrase.ENGLISH))).containsExactly("redirects.yml:2: /category/disparue/ leads to"
                + " /tags/disparue/, a tag no note has: it leads to the list of tags (/tags/) until that line changes");
        assertThat(new SiteChecker(Blog.open(dir), SiteBuilderTest.CLOCK).check(BuildOptions.PUBLISHED, 600))
                .filteredOn(f -> f.message().key().equals(RedirectPages.TAG_GONE)).singleElement().satisfies(f -> assertThat(f.error()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "12                    | 6 | aliases: 12 is not a text",
        "'\"sans-slash/\"'     | 6 | alias 'sans-slash/' must start with '/'",
        "'\"/a/../b/\"'        | 6 | alias '/a/../b/' must not hold '..'",
        "'\"/a/%2e%2e/b/\"'    | 6 | alias '/a/%2e%2e/b/' must not hold '..'",
        "'\"//exemple.org/\"'  | 6 | alias '//exemple.org/' must not hold '//'",
        "'\"/a\\\\b/\"'        | 6 | must not hold a backslash",
        "'\"/a\\0b/\"'         | 6 | must not hold control characters",
        "'\"/?p=12\"'          | 6 | must not hold '?' or '#'",
        "'\"/a/#x\"'           | 6 | must not hold '?' or '#'",
        "'\"/tags/\"'          | 6 | alias '/tags/' is the address of tags/index.html, which carnet writes",
        "'\"/2024/07/notes-de-juin-2024/\"' | 6 | is the address of 2024/07/notes-de-juin-2024/index.html",
        "'\"/feed.xml\"'       | 6 | alias '/feed.xml' is the address of feed.xml, which carnet writes",
        "'\"/about\"'          | 6 | alias '/about' is the address of about/index.html",
        "'\"/x/\", \"/x\"'     | 6 | alias '/x' is also an old address in notes/2024/03-deplacee.md:6",
    })
    void aBadAliasIsAOneLineErrorNamingTheNoteAndLine(String aliases, int line, String problem) throws Exception {
        Path note = dir.resolve(NOTE);
        String text = Files.readString(note).replace("aliases:\n  - \"/2024/04/02/note-deplacee/\"\n  - \"/ancienne-note.html\"\n",
                "aliases:\n  [" + aliases + "]\n");
        Files.writeString(note, text);

        assertTheBuildStopsWith(NOTE + ":" + line + ": ", problem);
    }

    @Test
    void aliasesClashingAcrossNotesNameTheOtherNote() throws Exception {
        Fixtures.write(dir.resolve("notes/2024/03-autre.md"), """
                ---
                title: "Autre"
                date: 2024-04-03T10:00:00+02:00
                aliases: ["/ancienne-note.html"]
                ---
                Texte.
                """);

        assertThatThrownBy(this::build).isInstanceOf(CarnetException.class)
                .hasMessageMatching("notes/2024/03-(autre|deplacee)\\.md:[0-9]+: alias '/ancienne-note.html' is also an old address in "
                        + "notes/2024/03-(autre|deplacee)\\.md:[0-9]+");
    }

    @Test
    void redirectsYmlGivesRedirectPagesAndOldFeedAddressesTheFeedItself() throws Exception {
        Files.copy(Fixtures.resource("old-addresses/redirects.yml"), dir.resolve("redirects.yml"));

        Map<String, OutputFile> site = build();

        assertThat(html(site, "tag/formation/index.html").select("meta[http-equiv=refresh]").attr("content"))
                .isEqualTo("0; url=https://someone.github.io/blog/tags/formation/");
        assertThat(site).containsKey("tags/formation/index.html");
        assertThat(html(site, "category/ateliers/index.html").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/ateliers/");
        assertThat(html(site, "a-propos/index.html").select("main a").attr("href")).isEqualTo("https://someone.github.io/blog/about/");
        assertThat(site.get("feed/index.html").content()).isEqualTo(site.get("feed.xml").content());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'/tag/x/: /nulle-part/'                    | redirects.yml:2: target '/nulle-part/' of /tag/x/ is not a page of the site",
        "'/tag/x/: javascript:alert(1)'             | redirects.yml:2: target 'javascript:alert(1)' of /tag/x/ must be a site path",
        "'tag/x/: /tags/'                           | redirects.yml:2: old address 'tag/x/' must start with '/'",
        "'/archives/: /tags/'                       | redirects.yml:2: old address '/archives/' is the address of archives/index.html",
        "'/old.xml: /tags/'                         | redirects.yml:2: old address '/old.xml' ends like a feed",
        "'/tag/x/: [a, b]'                          | redirects.yml:2: /tag/x/ must be followed by a site path",
        "'/tag/x/: /tags/\n/tag/x/: /archives/'     | redirects.yml:3: duplicate key",
        "'/tag/x/: \"unterminated'                  | redirects.yml:",
    })
    void aBadRedirectIsAOneLineErrorNamingRedirectsYmlAndLine(String entry, String message) throws Exception {
        Files.writeString(dir.resolve("redirects.yml"), "# edit freely\n" + entry.replace("\\n", "\n") + "\n");

        assertTheBuildStopsWith(message, "");
    }
}
