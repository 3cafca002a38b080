package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.error.Phrase;
import dev.carnet.store.Blog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCheckerTest {
    @TempDir
    Path dir;

    @BeforeEach
    void sampleBlog() {
        Fixtures.copy("site-blog", dir);
    }

    /** The findings but the sub-path one, which the sample blog (under /blog/) always has: see {@link #saysOnceThatASubPathSitesRobotsTxtIsNotRead}. */
    private List<SiteChecker.Finding> check() {
        return new SiteChecker(Blog.open(dir), SiteBuilderTest.CLOCK).check(BuildOptions.PUBLISHED, 600).stream()
                .filter(f -> !f.message().in(Phrase.ENGLISH).startsWith("carnet.yml: baseUrl is under")).toList();
    }

    @Test
    void saysOnceThatASubPathSitesRobotsTxtIsNotRead() {
        List<SiteChecker.Finding> all = new SiteChecker(Blog.open(dir), SiteBuilderTest.CLOCK).check(BuildOptions.PUBLISHED, 600);
        assertThat(all).filteredOn(f -> f.message().in(Phrase.ENGLISH).contains("robots.txt")).singleElement().satisfies(f -> {
            assertThat(f.error()).isFalse();
            assertThat(f.message().in(Phrase.ENGLISH)).contains("https://someone.github.io/robots.txt").contains("https://someone.github.io/blog/sitemap.xml");
        });
        Fixtures.write(dir.resolve("carnet.yml"), Fixtures.read(dir.resolve("carnet.yml"))
                .replace("baseUrl: https://someone.github.io/blog/", "baseUrl: https://blog.example.org/"));
        assertThat(new SiteChecker(Blog.open(dir), SiteBuilderTest.CLOCK).check(BuildOptions.PUBLISHED, 600))
                .noneMatch(f -> f.message().in(Phrase.ENGLISH).contains("robots.txt"));
    }

    @Test
    void findsNothingWrongInTheSampleBlog() {
        assertThat(check()).isEmpty();
    }

    @Test
    void reportsBrokenLinksAnchorsImagesAndAltTextWithTheirLines() {
        Fixtures.write(dir.resolve("notes/2024/03-liens.md"), """
                ---
                title: "Liens"
                date: 2024-04-01T10:00:00+02:00
                summary: "Des liens."
                ---

                [absente](02-absente.md) et [ancre](06-notes-de-juin-2024.md#nulle-part) et [ici](#rien).

                ![](images/atelier.jpg)

                ![Absente](images/absente.png)

                [fichier](documents/programme.pdf)
                """);
        assertThat(check()).extracting(f -> f.message().in(Phrase.ENGLISH)).containsExactlyInAnyOrder(
                "notes/2024/03-liens.md:11: image images/absente.png not found (expected static/images/absente.png)",
                "notes/2024/03-liens.md:7: link to 02-absente.md: no such note or page",
                "notes/2024/03-liens.md:7: link to 06-notes-de-juin-2024.md#nulle-part: no #nulle-part on that page",
                "notes/2024/03-liens.md:7: link to #rien: no such heading or anchor in this note",
                "notes/2024/03-liens.md:9: image images/atelier.jpg has no alt text (write ![what it shows](images/atelier.jpg))",
                "notes/2024/03-liens.md:13: link to documents/programme.pdf: nothing at /blog/documents/programme.pdf");
        assertThat(check()).allMatch(SiteChecker.Finding::error);
    }

    @Test
    void reportsRawLinksThatLeaveTheBasePathAndLongNotesWithoutSummary() {
        Fixtures.write(dir.resolve("carnet.yml"), Fixtures.read(dir.resolve("carnet.yml")) + "markdown:\n  rawHtml: true\n");
        Fixtures.write(dir.resolve("notes/2024/11-long.md"), "---\ntitle: \"Long\"\ndate: 2024-12-01T10:00:00+01:00\n---\n\n"
                + "mot ".repeat(700) + "\n\n<a href=\"/ailleurs/\">hors du site</a> <a href=\"voisin.html\">relatif</a>\n");
        List<SiteChecker.Finding> findings = check();
        assertThat(findings).extracting(f -> f.message().in(Phrase.ENGLISH)).containsExactlyInAnyOrder(
                "notes/2024/11-long.md:1: no 'summary:' and 706 words; feeds and link previews will show the first paragraph",
                "2024/12/long/index.html: link /ailleurs/ escapes the base path /blog/ (it would leave https://someone.github.io/blog/)",
                "feed.xml: relative URL voisin.html in a feed item (feed readers cannot follow it)",
                "atom.xml: relative URL voisin.html in a feed item (feed readers cannot follow it)");
        assertThat(findings.get(0).error()).isFalse();
    }
}
