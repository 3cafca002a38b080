package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.Fixtures;
import dev.carnet.error.Phrase;
import dev.carnet.service.SiteService;
import dev.carnet.store.Blog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole sample blog of src/test/resources/site-blog, built and read back with jsoup. */
class SiteBuilderTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final String JUNE = "2024/07/notes-de-juin-2024/index.html";

    @TempDir
    Path dir;
    Blog blog;

    @BeforeEach
    void sampleBlog() {
        Fixtures.copy("site-blog", dir);
        blog = Blog.open(dir);
    }

    private Map<String, OutputFile> build(BuildOptions options) {
        MemorySink sink = new MemorySink();
        new SiteBuilder(blog, CLOCK).build(options, sink);
        return sink.files();
    }

    private Document html(Map<String, OutputFile> site, String path) {
        assertThat(site).containsKey(path);
        return Jsoup.parse(site.get(path).text(), "https://someone.github.io/blog/");
    }

    @Test
    void buildsEveryPageOfTheSite() {
        MemorySink sink = new MemorySink();
        new SiteBuilder(blog, CLOCK).build(BuildOptions.PUBLISHED, sink);
        assertThat(sink.files().keySet()).containsExactlyInAnyOrder(
                "index.html", "page/2/index.html",
                JUNE, "2024/06/notes-de-mai-2024/index.html", "2024/05/notes-d-avril-2024/index.html",
                "2024/06/notes-de-mai-2024/share.png", "2024/05/notes-d-avril-2024/share.png",
                "tags/index.html", "tags/formation/index.html", "tags/formation/feed.xml",
                "tags/mediation-numerique/index.html", "tags/mediation-numerique/feed.xml",
                "tags/a-b-x/index.html", "tags/a-b-x/feed.xml", "tags/seniors/index.html", "tags/seniors/feed.xml",
                "archives/index.html", "about/index.html", "follow/index.html", "404.html",
                "feed.xml", "atom.xml", "feed.json", "sitemap.xml", "robots.txt", ".nojekyll", "CNAME",
                "assets/style.css", "assets/favicon.svg", "images/atelier.jpg", "images/portrait.jpg");
        // JPEGs and PNGs of static/ are published without their metadata: written, not copied as they are.
        assertThat(sink.copies()).isEmpty();
        assertThat(sink.files().get("CNAME").text()).isEqualTo("blog.example.org\n");
        assertThat(sink.files().get("robots.txt").text()).contains("Sitemap: https://someone.github.io/blog/sitemap.xml");
    }

    @Test
    void everyLinkAndAssetCarriesTheBasePath() {
        Map<String, OutputFile> site = build(BuildOptions.PUBLISHED);
        List<String> wrong = new ArrayList<>();
        site.forEach((path, file) -> {
            if (path.endsWith(".html")) {
                for (Element e : Jsoup.parse(file.text()).select("[href], [src]")) {
                    String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (!(url.startsWith("/blog/") || url.startsWith("https://") || url.startsWith("mailto:") || url.startsWith("#"))) {
                        wrong.add(path + ": " + url);
                    }
                }
            }
        });
        assertThat(wrong).isEmpty();
        Document june = html(site, JUNE);
        assertThat(june.select("link[rel=stylesheet]").attr("href")).isEqualTo("/blog/assets/style.css");
        assertThat(june.select(".content img").attr("src")).isEqualTo("/blog/images/atelier.jpg");
        assertThat(june.select(".content a").eachAttr("href")).contains(
                "/blog/2024/06/notes-de-mai-2024/#ateliers", "/blog/about/");
        assertThat(site.get("sitemap.xml").text()).contains("<loc>https://someone.github.io/blog/2024/07/notes-de-juin-2024/</loc>")
                .doesNotContain("404");
    }

    @Test
    void aBlogWithoutADescriptionDescribesItsListsByTheAuthorsBioElseBySayingWhoseNotesTheyAre() throws IOException {
        Path yml = dir.resolve("carnet.yml");
        Files.writeString(yml, Files.readString(yml).replace("description: \"Notes mensuelles\"\n", ""));
        blog = Blog.open(dir);
        assertThat(html(build(BuildOptions.PUBLISHED), "index.html").select("meta[name=description]").attr("content"))
                .isEqualTo("Médiatrice numérique.");
        Files.writeString(yml, Files.readString(yml).replace("  bio: \"Médiatrice numérique.\"\n", ""));
        blog = Blog.open(dir);
        Map<String, OutputFile> site = build(BuildOptions.PUBLISHED);
        assertThat(html(site, "index.html").select("meta[name=description]").attr("content"))
                .isEqualTo("Les dernières notes de «\u00A0Carnet <de> test & co\u00A0».");
        assertThat(html(site, "archives/index.html").select("meta[name=description]").attr("content")).startsWith("Les dernières notes");
    }

    @Test
    void rendersANotePageWithFrenchDateTypographyAndTheAuthorBox() {
        Document june = html(build(BuildOptions.PUBLISHED), JUNE);
        assertThat(june.select("html").attr("lang")).isEqualTo("fr");
        assertThat(june.select("h1").text()).isEqualTo("Notes de juin 2024");
        assertThat(june.select(".note-header .meta").text()).startsWith("Publié le 1er juillet 2024 par A. Author");
        assertThat(june.select(".note-header .meta time").html()).isEqualTo("1<sup>er</sup> juillet 2024");
        assertThat(june.select(".content p").first().wholeText())
                .isEqualTo("Ce mois-ci, on m’a dit «\u00A0bonjour\u00A0»\u202F; vraiment\u202F? Oui\u202F! Programme\u00A0: ateliers.");
        assertThat(june.select(".content code").text()).isEqualTo("a ? b : c");
        assertThat(june.select(".toc a").eachAttr("href")).containsExactly("#mediation-numerique", "#formation");
        assertThat(june.select(".tags a").eachAttr("href")).containsExactly("/blog/tags/formation/", "/blog/tags/mediation-numerique/");
        assertThat(june.select(".author-box .author-name").text()).isEqualTo("A. Author");
        assertThat(june.select(".author-box img").attr("src")).isEqualTo("/blog/images/portrait.jpg");
        assertThat(june.select(".author-links a").eachText()).containsExactly("CV / portfolio", "LinkedIn");
        assertThat(june.select(".share a").eachText()).containsExactly("LinkedIn", "WhatsApp", "Mastodon", "Envoyer par courriel");
        assertThat(june.select(".share a:containsOwn(Mastodon)").attr("href")).startsWith("https://mastodon.social/share?text=Notes");
        assertThat(june.select(".share a").first().attr("href"))
                .isEqualTo("https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fsomeone.github.io%2Fblog%2F2024%2F07%2Fnotes-de-juin-2024%2F");
        assertThat(june.select("a:contains(Répondre par courriel)").attr("href"))
                .isEqualTo("mailto:author@example.org?subject=Re%3A%20Notes%20de%20juin%202024");
        assertThat(june.select(".prev-next .prev a").attr("href")).isEqualTo("/blog/2024/06/notes-de-mai-2024/");
        assertThat(june.select(".prev-next .next")).isEmpty();
        assertThat(june.select("script")).isEmpty();
    }

    @Test
    void fillsTheHeadForSharingAndFeeds() {
        Document june = html(build(BuildOptions.PUBLISHED), JUNE);
        assertThat(june.select("link[rel=canonical]").attr("href")).isEqualTo("https://someone.github.io/blog/2024/07/notes-de-juin-2024/");
        assertThat(june.select("meta[name=description]").attr("content")).startsWith("Ce mois-ci, on m’a dit");
        assertThat(june.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(june.select("meta[property=article:published_time]").attr("content")).isEqualTo("2024-07-01T09:30:00+02:00");
        assertThat(june.select("meta[property=article:tag]").eachAttr("content")).containsExactly("formation", "médiation numérique");
        assertThat(june.select("meta[property=og:image]").attr("content")).isEqualTo("https://someone.github.io/blog/images/atelier.jpg");
        assertThat(june.select("link[type=application/rss+xml]").attr("href")).isEqualTo("/blog/feed.xml");
        assertThat(june.select("link[type=application/atom+xml]").attr("href")).isEqualTo("/blog/atom.xml");
        Document april = html(build(BuildOptions.PUBLISHED), "2024/05/notes-d-avril-2024/index.html");
        assertThat(april.select("meta[property=og:image]").attr("content"))
                .isEqualTo("https://someone.github.io/blog/2024/05/notes-d-avril-2024/share.png");
    }

    @Test
    void escapesTitlesTagsAndRawHtml() {
        Map<String, OutputFile> site = build(BuildOptions.PUBLISHED);
        String may = site.get("2024/06/notes-de-mai-2024/index.html").text();
        assertThat(may).contains("Ateliers &lt;code&gt; &amp; \u00AB\u00A0tests\u00A0\u00BB", "a&amp;b &lt;x&gt;",
                "&lt;script&gt;alert", "&lt;b&gt;gras&lt;/b&gt;", "Carnet &lt;de&gt; test &amp; co");
        assertThat(may).doesNotContain("<script>", "<b>gras");
        Document doc = html(site, "2024/06/notes-de-mai-2024/index.html");
        assertThat(doc.select("h1").text()).isEqualTo("Ateliers <code> & \u00AB tests \u00BB"); // jsoup reads no-break spaces as spaces
        assertThat(doc.select("meta[name=description]").attr("content")).isEqualTo("Un résumé <b>sans</b> HTML & co.");
    }

    @Test
    void keepsRawHtmlOnlyWhenTheBlogAllowsIt() throws IOException {
        Files.writeString(dir.resolve("carnet.yml"), Files.readString(dir.resolve("carnet.yml")) + "markdown:\n  rawHtml: true\n");
        blog = Blog.open(dir);
        String may = build(BuildOptions.PUBLISHED).get("2024/06/notes-de-mai-2024/index.html").text();
        assertThat(may).contains("<b>gras</b>");
    }

    @Test
    void leavesOutDraftsAndFutureNotesUnlessAsked() {
        Map<String, OutputFile> published = build(BuildOptions.PUBLISHED);
        assertThat(published.keySet()).noneMatch(p -> p.contains("brouillon") || p.contains("futur"));
        assertThat(published.get("feed.xml").text()).doesNotContain("Brouillon", "futur");
        Map<String, OutputFile> all = build(new BuildOptions(true, true));
        assertThat(all).containsKeys("2024/08/brouillon/index.html", "2030/01/futur/index.html");
    }

    @Test
    void paginatesTheIndexNewestFirst() {
        Map<String, OutputFile> site = build(BuildOptions.PUBLISHED);
        Document first = html(site, "index.html");
        assertThat(first.select(".note-item h2 a").eachText()).containsExactly("Notes de juin 2024", "Ateliers <code> & \u00AB tests \u00BB");
        assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("/blog/page/2/");
        Document second = html(site, "page/2/index.html");
        assertThat(second.select(".note-item h2 a").eachText()).containsExactly("Notes d\u2019avril 2024");
        assertThat(second.select(".pagination a[rel=prev]").attr("href")).isEqualTo("/blog/");
    }

    @Test
    void groupsTheArchivesByYearThenMonthAndListsTags() {
        Map<String, OutputFile> site = build(BuildOptions.PUBLISHED);
        Document archives = html(site, "archives/index.html");
        assertThat(archives.select("h2").eachText()).containsExactly("2024");
        // Under the month each note is about (its file's): "Notes de juin 2024", published on 1 July, under June.
        assertThat(archives.select("h3").eachText()).containsExactly("Juin 2024", "Mai 2024", "Avril 2024");
        assertThat(archives.select("h3:containsOwn(Juin 2024) + ul a, h3:containsOwn(Juin 2024) ~ * a").eachText())
                .contains("Notes de juin 2024");
        Document tags = html(site, "tags/index.html");
        assertThat(tags.select(".tag-cloud li").eachText()).containsExactly("a&b <x> (1)", "formation (2)", "médiation numérique (1)", "seniors (1)");
        Document formation = html(site, "tags/formation/index.html");
        assertThat(formation.select(".note-item h2 a").eachText()).hasSize(2);
        assertThat(formation.select("h1").text()).isEqualTo("Notes étiquetées « formation »");
    }

    @Test
    void archivesArePagedByYearTheNewestAtArchives() {
        Fixtures.write(dir.resolve("notes/2023/12-decembre.md"),
                "---\ntitle: \"Notes de décembre 2023\"\ndate: 2024-01-02T09:00:00+01:00\n---\n\nFin d'année.\n");
        Fixtures.write(dir.resolve("notes/2022/03-mars.md"), "---\ntitle: \"Mars 2022\"\ndate: 2022-03-20T09:00:00+01:00\n---\n\nPrintemps.\n");
        Map<String, OutputFile> site = build(BuildOptions.PUBLISHED);
        Document newest = html(site, "archives/index.html");
        assertThat(newest.select("h2").eachText()).containsExactly("2024");
        assertThat(newest.select(".archive-years li").eachText()).containsExactly("2024 (3)", "2023 (1)", "2022 (1)");
        assertThat(newest.select(".archive-years [aria-current=page]").text()).isEqualTo("2024 (3)");
        assertThat(newest.select(".archive-years a").eachAttr("href")).containsExactly("/blog/archives/2023/", "/blog/archives/2022/");
        // Filed under the month it is about (December 2023), though published in January 2024.
        Document older = html(site, "archives/2023/index.html");
        assertThat(older.select("h3").eachText()).containsExactly("Décembre 2023");
        assertThat(older.select(".archive-list a").eachText()).containsExactly("Notes de décembre 2023");
        assertThat(older.title()).startsWith("Archives · 2023");
        assertThat(older.select(".archive-years a").eachAttr("href")).containsExactly("/blog/archives/", "/blog/archives/2022/");
        assertThat(site.get("sitemap.xml").text()).contains("https://someone.github.io/blog/archives/2022/</loc>");
        assertThat(site).doesNotContainKey("archives/2024/index.html");
    }

    @Test
    void laterPagesNameTheBlogOnceAndThe404HasNoCanonicalAddress() {
        Map<String, OutputFile> site = build(BuildOptions.PUBLISHED);
        assertThat(html(site, "page/2/index.html").title()).isEqualTo("Page 2 · Carnet <de> test & co");
        assertThat(html(site, "index.html").title()).isEqualTo("Carnet <de> test & co");
        Document notFound = html(site, "404.html");
        assertThat(notFound.select("link[rel=canonical], meta[property=og:url]")).isEmpty();
        assertThat(notFound.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(html(site, JUNE).select("link[rel=canonical]").attr("href")).isEqualTo("https://someone.github.io/blog/2024/07/notes-de-juin-2024/");
    }

    @Test
    void buildsTheSameBytesTwice() {
        Map<String, OutputFile> first = build(BuildOptions.PUBLISHED);
        Map<String, OutputFile> second = build(BuildOptions.PUBLISHED);
        Map<String, String> a = new TreeMap<>();
        Map<String, String> b = new TreeMap<>();
        first.forEach((k, v) -> a.put(k, v.text()));
        second.forEach((k, v) -> b.put(k, v.text()));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void replacesTheOldSiteAndRemovesFilesThatNoLongerBelong() throws IOException {
        SiteService service = new SiteService(blog, CLOCK);
        service.build(BuildOptions.PUBLISHED, null);
        Path stale = dir.resolve("public/2019/01/old/index.html");
        Fixtures.write(stale, "old");
        Files.delete(dir.resolve("notes/2024/04-notes-d-avril-2024.md"));
        service.build(BuildOptions.PUBLISHED, null);
        assertThat(stale).doesNotExist();
        assertThat(dir.resolve("public/2024/05/notes-d-avril-2024")).doesNotExist();
        assertThat(dir.resolve("public/" + JUNE)).exists();
        assertThat(dir.resolve("public/images/atelier.jpg")).exists();
        try (Stream<Path> scratch = Files.list(dir.resolve(".carnet"))) {
            assertThat(scratch.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cache", "build");
        }
    }

    @Test
    void aBrokenTemplateNamesItsLineAndLeavesThePreviousSiteInPlace() throws IOException {
        SiteService service = new SiteService(blog, CLOCK);
        service.build(BuildOptions.PUBLISHED, null);
        String before = Files.readString(dir.resolve("public/" + JUNE));
        Fixtures.write(dir.resolve("templates/note.peb"), "{% extends \"base\" %}\n{% block content %}\n<h1>{{ note.titel }}</h1>\n{% endblock %}\n");
        assertThatThrownBy(() -> service.build(BuildOptions.PUBLISHED, null))
                // Whichever note's page failed first (they render in parallel), with the template's line.
                .hasMessageMatching("notes/2024/0[456]-[a-z0-9-]+\\.md: templates/note\\.peb:3: (?s).*")
                .hasMessageContaining("titel");
        assertThat(dir.resolve("public/" + JUNE)).content().isEqualTo(before);
        assertThat(dir.resolve(".carnet/public.next")).as("no half-built site left behind").doesNotExist();
    }

    @Test
    void aBlogTemplateThatTransformsTheContentSeesTheRealHtml() {
        Fixtures.write(dir.resolve("templates/note.peb"), "{% extends \"base\" %}\n{% block content %}"
                + "@@1@@{{ note.content | replace({'<h2': '<h2 class=\"big\"'}) | raw }}@@2@@{{ note.content | length }}@@3@@"
                + "{{ note.content | abbreviate(12) }}@@4@@{% endblock %}\n");
        String page = build(BuildOptions.PUBLISHED).get(JUNE).text();
        assertThat(page.substring(page.indexOf("@@1@@"), page.indexOf("@@2@@"))).contains("<h2 class=\"big\" id=\"formation\">");
        // The stand-in of the theme's fast path is 28 characters long and starts with a private-use character.
        assertThat(Integer.parseInt(page.substring(page.indexOf("@@2@@") + 5, page.indexOf("@@3@@")))).isGreaterThan(500);
        assertThat(page.substring(page.indexOf("@@3@@") + 5, page.indexOf("@@4@@"))).startsWith("&lt;").endsWith("...");
        assertThat(page).doesNotContain("carnet-note-content", "\uE000");
    }

    @Test
    void aNotePageIsTheSameWhetherItsHtmlIsWrittenAroundOrThroughTheTemplate() {
        String page = build(BuildOptions.PUBLISHED).get(JUNE).text();
        assertThat(page).contains("<h2 id=\"formation\">").doesNotContain("carnet-note-content");
        // A blog's own template that prints the HTML twice, or only escaped, gets exactly that.
        Fixtures.write(dir.resolve("templates/note.peb"), "{% extends \"base\" %}\n{% block content %}"
                + "@@1@@{{ note.content | raw }}@@2@@{{ note.content | raw }}@@3@@{% endblock %}\n");
        String twice = build(BuildOptions.PUBLISHED).get(JUNE).text();
        String first = twice.substring(twice.indexOf("@@1@@") + 5, twice.indexOf("@@2@@"));
        assertThat(twice.substring(twice.indexOf("@@2@@") + 5, twice.indexOf("@@3@@"))).isEqualTo(first);
        assertThat(page).contains(first);
        Fixtures.write(dir.resolve("templates/note.peb"), "{% extends \"base\" %}\n{% block content %}"
                + "@@1@@{{ note.content }}@@2@@{% endblock %}\n");
        String escaped = build(BuildOptions.PUBLISHED).get(JUNE).text();
        assertThat(escaped.substring(escaped.indexOf("@@1@@"), escaped.indexOf("@@2@@")))
                .contains("&lt;h2 id=&quot;formation&quot;&gt;").doesNotContain("<h2");
    }

    @Test
    void aBrokenNoteStopsTheBuildNamingTheFile() {
        Fixtures.write(dir.resolve("notes/2024/09-casse.md"), "---\ntitle: \"Cassée\"\ndate: 2024-10-01T10:00:00\n---\n");
        assertThatThrownBy(() -> build(BuildOptions.PUBLISHED))
                .hasMessageStartingWith("notes/2024/09-casse.md:3: date '2024-10-01T10:00:00' has no time zone")
                .hasMessageEndingWith("nothing was built");
    }

    @Test
    void aQuoteNestedTenThousandDeepStopsTheBuildNamingTheNoteOnOneLine() {
        Fixtures.write(dir.resolve("notes/2024/09-profond.md"),
                "---\ntitle: \"Profond\"\ndate: 2024-09-01T10:00:00+02:00\n---\n\n" + "> ".repeat(10_000) + "x\n");
        assertThatThrownBy(() -> build(BuildOptions.PUBLISHED))
                .hasMessageContaining("notes/2024/09-profond.md:6: quotes or lists nested too deep")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void warnsAboutAMissingImageButStillBuilds() {
        Fixtures.write(dir.resolve("notes/2024/03-images.md"),
                "---\ntitle: \"Images\"\ndate: 2024-04-01T10:00:00+02:00\n---\n\nTexte.\n\n![Absente](images/absente.jpg)\n");
        BuildReport report = new SiteService(blog, CLOCK).build(BuildOptions.PUBLISHED, null);
        assertThat(report.warnings().stream().map(w -> w.in(Phrase.ENGLISH)).toList()).containsExactly("notes/2024/03-images.md:8: image images/absente.jpg not found (expected static/images/absente.jpg)");
        assertThat(dir.resolve("public/2024/04/images/index.html")).exists();
    }

    @Test
    void aBlogThatListsMastodonWithoutItsInstanceStillBuildsWithoutTheLinkAndSaysWhy() {
        Path config = dir.resolve("carnet.yml");
        Fixtures.write(config, Fixtures.read(config).replace("  mastodon: mastodon.social\n", "  share: [linkedin, mastodon]\n"));
        BuildReport report = new SiteService(Blog.open(dir), CLOCK).build(BuildOptions.PUBLISHED, null);
        assertThat(report.warnings().stream().map(w -> w.in(Phrase.ENGLISH)).toList()).anyMatch(w -> w.startsWith("carnet.yml: site.share has mastodon, left out"));
        assertThat(Fixtures.read(dir.resolve("public/2024/07/notes-de-juin-2024/index.html"))).doesNotContain("Mastodon</a>", "toot");
    }

    @Test
    void aSecondBuildRendersNoMarkdownAndMakesTheSameSite() {
        Map<String, OutputFile> first = build(BuildOptions.PUBLISHED);
        MemorySink sink = new MemorySink();
        BuildReport again = new SiteBuilder(blog, CLOCK).build(BuildOptions.PUBLISHED, sink);
        assertThat(again.renderedNotes()).isZero();
        assertThat(again.notes()).isEqualTo(3);
        sink.files().forEach((path, file) -> assertThat(file.text()).as(path).isEqualTo(first.get(path).text()));
        assertThat(sink.files().keySet()).isEqualTo(first.keySet());
    }

    @Test
    void editingOneNoteRendersOnlyThatNote() {
        build(BuildOptions.PUBLISHED);
        Path april = dir.resolve("notes/2024/04-notes-d-avril-2024.md");
        Fixtures.write(april, Fixtures.read(april).replace("Premier paragraphe", "Nouveau paragraphe"));
        MemorySink sink = new MemorySink();
        BuildReport report = new SiteBuilder(blog, CLOCK).build(BuildOptions.PUBLISHED, sink);
        assertThat(report.renderedNotes()).isEqualTo(1);
        assertThat(sink.files().get("2024/05/notes-d-avril-2024/index.html").text()).contains("Nouveau paragraphe");
    }

    @Test
    void renamingALinkedNoteRendersTheNotesThatLinkToItAgain() throws IOException {
        build(BuildOptions.PUBLISHED);
        Path may = dir.resolve("notes/2024/05-notes-de-mai-2024.md");
        Fixtures.write(may, Fixtures.read(may).replace("title: \"Ateliers", "slug: ateliers-de-mai\ntitle: \"Ateliers"));
        MemorySink sink = new MemorySink();
        BuildReport report = new SiteBuilder(Blog.open(dir), CLOCK).build(BuildOptions.PUBLISHED, sink);
        // June links to May, so it is rendered again; so is May, whose file changed (its front matter).
        assertThat(report.renderedNotes()).isEqualTo(2);
        assertThat(sink.files().get(JUNE).text()).contains("href=\"/blog/2024/06/ateliers-de-mai/#ateliers\"");
    }

    @Test
    void changingTheMarkdownSettingsOrTheBasePathRendersEveryNoteAgain() {
        build(BuildOptions.PUBLISHED);
        Path config = dir.resolve("carnet.yml");
        Fixtures.write(config, Fixtures.read(config) + "markdown:\n  typography: none\n");
        BuildReport report = new SiteBuilder(Blog.open(dir), CLOCK).build(BuildOptions.PUBLISHED, new MemorySink());
        assertThat(report.renderedNotes()).isEqualTo(3);
        Fixtures.write(config, Fixtures.read(config).replace("github.io/blog/", "github.io/carnet/"));
        MemorySink sink = new MemorySink();
        report = new SiteBuilder(Blog.open(dir), CLOCK).build(BuildOptions.PUBLISHED, sink);
        assertThat(report.renderedNotes()).isEqualTo(3);
        assertThat(sink.files().values().stream().map(OutputFile::text).filter(t -> t.contains("href=\"/blog/"))).isEmpty();
    }

    @Test
    void removingTheSummaryOfANoteShowsItsFirstParagraphEvenWhenItsTextIsCached() {
        build(BuildOptions.PUBLISHED);
        Path may = dir.resolve("notes/2024/05-notes-de-mai-2024.md");
        Fixtures.write(may, Fixtures.read(may).replace("summary: \"Un résumé <b>sans</b> HTML & co.\"\n", ""));
        Map<String, OutputFile> site = build(BuildOptions.PUBLISHED);
        assertThat(html(site, "2024/06/notes-de-mai-2024/index.html").select("meta[name=description]").attr("content"))
                .startsWith("Texte de mai");
    }

    @Test
    void aDamagedCacheEntryIsRenderedAgain() throws IOException {
        build(BuildOptions.PUBLISHED);
        Path pack = dir.resolve(".carnet/cache/markdown.pack");
        byte[] bytes = Files.readAllBytes(pack);
        // In the cached HTML (the pack keeps a fingerprint of the note's file, not its text).
        int at = new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf("rester un moyen");
        bytes[at] = 'R';
        Files.write(pack, bytes);
        MemorySink sink = new MemorySink();
        BuildReport report = new SiteBuilder(blog, CLOCK).build(BuildOptions.PUBLISHED, sink);
        assertThat(report.renderedNotes()).isEqualTo(1);
        assertThat(sink.files().get(JUNE).text()).contains("Le numérique doit rester un moyen.");
    }

    @Test
    void aPackThatIsNotACacheIsIgnoredAndReplaced() throws IOException {
        Files.createDirectories(dir.resolve(".carnet/cache"));
        Files.write(dir.resolve(".carnet/cache/markdown.pack"), new byte[] {0, 0, 0, 9, 1});
        assertThat(build(BuildOptions.PUBLISHED).get(JUNE).text()).contains("Le numérique doit rester un moyen.");
        BuildReport again = new SiteBuilder(blog, CLOCK).build(BuildOptions.PUBLISHED, new MemorySink());
        assertThat(again.renderedNotes()).isZero();
    }

    @Test
    void packsOfKilledBuildsAreRemoved() throws IOException {
        Path killed = dir.resolve(".carnet/cache/.markdown123.pack.tmp");
        Fixtures.write(killed, "half a pack");
        Files.setLastModifiedTime(killed, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 2 * 86_400_000L));
        build(BuildOptions.PUBLISHED);
        assertThat(dir.resolve(".carnet/cache/markdown.pack")).isRegularFile();
        try (Stream<Path> files = Files.list(dir.resolve(".carnet/cache"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("markdown.pack", "cards");
        }
    }

    @Test
    void keepsANotePageAndItsStylesheetUnderThirtyKilobytes() {
        Map<String, OutputFile> site = build(BuildOptions.PUBLISHED);
        int size = site.get(JUNE).content().length + site.get("assets/style.css").content().length;
        assertThat(size).isLessThan(30 * 1024);
    }
}
