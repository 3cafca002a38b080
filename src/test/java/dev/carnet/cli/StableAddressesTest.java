package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note's address changes when its date moves to another month or its slug changes; the
 * addresses readers were given keep leading to it, and feed readers keep seeing one post.
 */
class StableAddressesTest {
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";
    private static final String FIRST = "https://someone.github.io/blog/2024/07/notes-de-juin-2024/";

    @TempDir
    Path dir;
    Path blog;
    Path origin;

    @BeforeEach
    void publishedBlog() throws Exception {
        CommittedBlog committed = CommittedBlog.of(dir, "site-blog");
        blog = committed.blog();
        origin = committed.origin();
        carnet(blog, "remote", "set", origin.toString());
        assertThat(carnet(blog, "publish").exit()).isZero();
    }

    private static CliRun.Result carnet(Path where, String... args) {
        // In September 2024: the June note, dated 1 July, is out.
        CliRun.Result result = new CliRun(where).at(Clock.fixed(Instant.parse("2024-09-01T10:00:00Z"), ZoneId.of("Europe/Paris"))).run(args);
        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        return result;
    }

    private void edit(String from, String to) throws Exception {
        Path note = blog.resolve(JUNE);
        String text = Files.readString(note);
        assertThat(text).contains(from);
        Fixtures.write(note, text.replace(from, to));
        carnet(blog, "commit", "-m", "Juin change d'adresse");
    }

    private static Document html(Path site, String page) throws Exception {
        return Jsoup.parse(Files.readString(site.resolve(page)));
    }

    private static Document xml(Path site, String feed) throws Exception {
        return Jsoup.parse(Files.readString(site.resolve(feed)), "", Parser.xmlParser());
    }

    @Test
    void aNoteMovedToAnotherMonthKeepsItsOldAddressAsARedirectAndItsFeedId() throws Exception {
        edit("date: 2024-07-01T09:30:00+02:00", "date: 2024-06-30T18:00:00+02:00");
        carnet(blog, "build");

        Path site = blog.resolve("public");
        String now = "https://someone.github.io/blog/2024/06/notes-de-juin-2024/";
        assertThat(site.resolve("2024/06/notes-de-juin-2024/index.html")).exists();
        Document moved = html(site, "2024/07/notes-de-juin-2024/index.html");
        assertThat(moved.select("link[rel=canonical]").attr("href")).isEqualTo(now);
        assertThat(moved.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=" + now);

        Document rss = xml(site, "feed.xml");
        var item = rss.select("item").stream().filter(i -> i.selectFirst("link").text().equals(now)).findFirst().orElseThrow();
        assertThat(item.selectFirst("guid").text()).isEqualTo(FIRST);
        assertThat(item.selectFirst("guid").attr("isPermaLink")).isEqualTo("false");
        var entry = xml(site, "atom.xml").select("entry").stream()
                .filter(e -> e.selectFirst("link").attr("href").equals(now)).findFirst().orElseThrow();
        assertThat(entry.selectFirst("id").text()).isEqualTo(FIRST);
        assertThat(Files.readString(site.resolve("feed.json"))).contains("\"id\": \"" + FIRST + "\"", "\"url\": \"" + now + "\"");

        // A note that takes the old address afterwards is what readers find there, not the redirect.
        Fixtures.write(blog.resolve("notes/2024/07-autre.md"), "---\ntitle: \"Autre note\"\ndate: 2024-07-02T10:00:00+02:00\n"
                + "slug: notes-de-juin-2024\n---\n\nAutre.\n");
        carnet(blog, "build");
        assertThat(html(site, "2024/07/notes-de-juin-2024/index.html").select("h1").text()).isEqualTo("Autre note");
    }

    @Test
    void everyAddressANoteWasPublishedAtLeadsToItAfterASecondMoveAndInAnotherClone() throws Exception {
        edit("date: 2024-07-01T09:30:00+02:00", "date: 2024-06-30T18:00:00+02:00");
        carnet(blog, "publish");
        edit("toc: true", "toc: true\nslug: juin-2024");
        carnet(blog, "publish");

        Path clone = dir.resolve("clone");
        SystemGit.run(dir, "clone", "--quiet", origin.toString(), clone.toString());
        carnet(clone, "build");
        String now = "https://someone.github.io/blog/2024/06/juin-2024/";
        for (Path site : new Path[] {blog.resolve("public"), clone.resolve("public")}) {
            carnet(site.getParent(), "build");
            for (String old : new String[] {"2024/07/notes-de-juin-2024/index.html", "2024/06/notes-de-juin-2024/index.html"}) {
                assertThat(html(site, old).select("link[rel=canonical]").attr("href")).as(site + " " + old).isEqualTo(now);
            }
            var guid = xml(site, "feed.xml").select("item guid").eachText();
            assertThat(guid).as(site.toString()).contains(FIRST).doesNotContain(now);
        }
    }

}
