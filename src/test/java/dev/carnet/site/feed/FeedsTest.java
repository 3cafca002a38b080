package dev.carnet.site.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import dev.carnet.Fixtures;
import dev.carnet.site.BuildOptions;
import dev.carnet.site.MemorySink;
import dev.carnet.site.SiteBuilder;
import dev.carnet.store.Blog;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feeds carnet writes, read back by Rome as a feed reader would. */
class FeedsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;
    MemorySink site;

    @BeforeEach
    void buildSampleBlog() {
        Fixtures.copy("site-blog", dir);
        site = new MemorySink();
        new SiteBuilder(Blog.open(dir), CLOCK).build(BuildOptions.PUBLISHED, site);
    }

    @Test
    void aCopyrightInCarnetYmlIsTheRssCopyrightAndTheAtomRightsAndNoneWithoutIt() throws Exception {
        assertThat(site.files().get("feed.xml").text()).doesNotContain("<copyright>");
        java.nio.file.Files.writeString(dir.resolve("carnet.yml"), "copyright: \"© 2024 A. Author, CC BY 4.0\"\n",
                java.nio.file.StandardOpenOption.APPEND);
        site = new MemorySink();
        new SiteBuilder(Blog.open(dir), CLOCK).build(BuildOptions.PUBLISHED, site);
        assertThat(site.files().get("feed.xml").text()).contains("<copyright>© 2024 A. Author, CC BY 4.0</copyright>");
        assertThat(site.files().get("atom.xml").text()).contains("<rights>© 2024 A. Author, CC BY 4.0</rights>");
        assertThat(read("feed.xml").getCopyright()).isEqualTo("© 2024 A. Author, CC BY 4.0");
    }

    private SyndFeed read(String path) throws Exception {
        return new SyndFeedInput().build(new StringReader(site.files().get(path).text()));
    }

    @Test
    void rssCarriesTheNewestNotesWithSummaryAndFullAbsoluteContent() throws Exception {
        SyndFeed rss = read("feed.xml");
        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(rss.getTitle()).isEqualTo("Carnet <de> test & co");
        assertThat(rss.getLink()).isEqualTo("https://someone.github.io/blog/");
        assertThat(rss.getEntries()).hasSize(2).extracting(SyndEntry::getTitle)
                .containsExactly("Notes de juin 2024", "Ateliers <code> & \u00AB\u00A0tests\u00A0\u00BB");
        SyndEntry june = rss.getEntries().get(0);
        assertThat(june.getLink()).isEqualTo("https://someone.github.io/blog/2024/07/notes-de-juin-2024/");
        assertThat(june.getDescription().getValue()).startsWith("Ce mois-ci, on m’a dit");
        String content = june.getContents().get(0).getValue();
        assertThat(content).contains("<h2 id=\"mediation-numerique\">", "src=\"https://someone.github.io/blog/images/atelier.jpg\"",
                "href=\"https://someone.github.io/blog/2024/06/notes-de-mai-2024/#ateliers\"");
        assertThat(content).doesNotContain("src=\"/", "href=\"/");
        assertThat(june.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2024-07-01T07:30:00Z"));
        assertThat(june.getCategories()).extracting(c -> c.getName()).containsExactly("formation", "médiation numérique");
    }

    @Test
    void writesRfc822DatesInEnglishWhateverTheLanguage() {
        Locale before = Locale.getDefault();
        try {
            // The feeds are written by this build, under a French default locale (the one in
            // buildSampleBlog ran before the locale changed and proves nothing about it).
            Locale.setDefault(Locale.FRENCH);
            MemorySink french = new MemorySink();
            new SiteBuilder(Blog.open(dir), CLOCK).build(BuildOptions.PUBLISHED, french);
            String xml = french.files().get("feed.xml").text();
            assertThat(xml).contains("<pubDate>Mon, 01 Jul 2024 07:30:00 GMT</pubDate>").doesNotContain("lun.", "juil.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void atomHasFullContentAndASelfLink() throws Exception {
        SyndFeed atom = read("atom.xml");
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        assertThat(atom.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref)
                .contains(org.assertj.core.groups.Tuple.tuple("self", "https://someone.github.io/blog/atom.xml"));
        assertThat(atom.getEntries()).hasSize(2);
        assertThat(atom.getEntries().get(0).getContents().get(0).getValue()).contains("Une note de bas de page.");
        assertThat(site.files().get("atom.xml").text()).contains("<published>2024-07-01T07:30:00Z</published>");
    }

    @Test
    void eachTagHasItsOwnFeed() throws Exception {
        SyndFeed formation = read("tags/formation/feed.xml");
        assertThat(formation.getTitle()).isEqualTo("Carnet <de> test & co · formation");
        assertThat(formation.getLink()).isEqualTo("https://someone.github.io/blog/tags/formation/");
        assertThat(formation.getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("Notes de juin 2024", "Ateliers <code> & \u00AB\u00A0tests\u00A0\u00BB");
        assertThat(read("tags/seniors/feed.xml").getEntries()).extracting(SyndEntry::getTitle).containsExactly("Notes d\u2019avril 2024");
    }

    /** The rules of the W3C feed validator that carnet's RSS used to break (issue 14). */
    @Test
    void rssFollowsTheFeedValidatorsRules() {
        String rss = site.files().get("feed.xml").text();
        assertThat(rss).contains("<atom:link xmlns:atom=\"http://www.w3.org/2005/Atom\" href=\"https://someone.github.io/blog/feed.xml\""
                + " rel=\"self\" type=\"application/rss+xml\" />", "<generator>carnet</generator>", "<lastBuildDate>");
        assertThat(rss).doesNotContain("dc:date", "xmlns:dc");
        assertThat(rss).containsPattern("<managingEditor>\\S+@\\S+ \\(.+\\)</managingEditor>");
        assertThat(rss).containsPattern("<author>\\S+@\\S+ \\(.+\\)</author>");
        assertThat(rss).contains("<guid>https://someone.github.io/blog/2024/07/notes-de-juin-2024/</guid>");
        int items = rss.split("<item>").length - 1;
        assertThat(rss.split("<pubDate>").length - 1).isEqualTo(items + 1);
    }

    @Test
    void atomHasNoSecondDateBesideItsOwn() {
        String atom = site.files().get("atom.xml").text();
        assertThat(atom).doesNotContain("dc:date", "xmlns:dc").contains("<generator>carnet</generator>");
    }

    @Test
    void aFootnotesLinksInAFeedLeadToTheNotesPage() {
        Fixtures.write(dir.resolve("notes/2024/06-notes-de-juin-2024.md"),
                Fixtures.read(dir.resolve("notes/2024/06-notes-de-juin-2024.md")) + "\nUne note[^1].\n\n[^1]: Le détail.\n");
        MemorySink again = new MemorySink();
        new SiteBuilder(Blog.open(dir), CLOCK).build(BuildOptions.PUBLISHED, again);
        String rss = again.files().get("feed.xml").text();
        assertThat(rss).contains("href=\"https://someone.github.io/blog/2024/07/notes-de-juin-2024/#fn-1\"")
                .doesNotContain("href=\"#fn");
    }

    @Test
    void aTagsPageAnnouncesItsOwnFeed() {
        String page = site.files().get("tags/formation/index.html").text();
        assertThat(page).contains("<link rel=\"alternate\" type=\"application/rss+xml\"", "href=\"/blog/tags/formation/feed.xml\"");
    }
}
