package dev.carnet.site.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.HostileText;
import dev.carnet.site.BuildOptions;
import dev.carnet.site.MemorySink;
import dev.carnet.site.SiteBuilder;
import dev.carnet.store.Blog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/** feed.json, read back by a JSON parser of its own (Selenium's), as a feed reader would. */
class JsonFeedTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        return new Json().toType(json, Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSitesJsonFeedHoldsTheNewestNotesWithTheRssGuidsAndIsAnnouncedInEveryPage() {
        Fixtures.copy("site-blog", dir);
        MemorySink site = new MemorySink();
        new SiteBuilder(Blog.open(dir), CLOCK).build(BuildOptions.PUBLISHED, site);
        Map<String, Object> feed = parse(site.files().get("feed.json").text());
        assertThat(feed).containsEntry("version", "https://jsonfeed.org/version/1.1")
                .containsEntry("title", "Carnet <de> test & co")
                .containsEntry("home_page_url", "https://someone.github.io/blog/")
                .containsEntry("feed_url", "https://someone.github.io/blog/feed.json")
                .containsEntry("language", "fr");
        assertThat((List<Map<String, Object>>) feed.get("authors")).containsExactly(Map.of("name", "A. Author"));
        List<Map<String, Object>> items = (List<Map<String, Object>>) feed.get("items");
        assertThat(items).extracting(i -> i.get("title")).containsExactly("Notes de juin 2024", "Ateliers <code> & \u00AB\u00A0tests\u00A0\u00BB");
        Map<String, Object> june = items.get(0);
        assertThat(june).containsEntry("id", "https://someone.github.io/blog/2024/07/notes-de-juin-2024/")
                .containsEntry("url", "https://someone.github.io/blog/2024/07/notes-de-juin-2024/")
                .containsEntry("date_published", "2024-07-01T09:30:00+02:00")
                .containsEntry("tags", List.of("formation", "médiation numérique"));
        assertThat((String) june.get("summary")).startsWith("Ce mois-ci, on m’a dit");
        assertThat((String) june.get("content_html")).contains("src=\"https://someone.github.io/blog/images/atelier.jpg\"")
                .doesNotContain("src=\"/", "href=\"/");
        assertThat(site.files().get("feed.xml").text()).contains("<guid>" + june.get("id") + "</guid>");
        assertThat(site.files().get("index.html").text())
                .contains("<link rel=\"alternate\" type=\"application/feed+json\" title=\"Carnet &lt;de&gt; test &amp; co (Flux JSON Feed)\" href=\"/blog/feed.json\">");
        assertThat(site.files().get("follow/index.html").text()).contains("<a href=\"/blog/feed.json\">Flux JSON Feed</a>");
    }

    @Test
    void aBlogWithoutNotesHasAnEmptyListOfItems() {
        String json = JsonFeed.write(new FeedSpec("Carnet", "", "fr", "https://x.org/", "https://x.org/feed.json", "", null, List.of()));
        assertThat(parse(json)).containsEntry("items", List.of()).doesNotContainKeys("authors", "description");
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.text(12);
    }

    @Property(tries = 300)
    @SuppressWarnings("unchecked")
    void anyTitleSummaryOrTagReadsBackUnchanged(@ForAll("hostile") String text) {
        FeedSpec spec = new FeedSpec(text, text, "fr", "https://x.org/", "https://x.org/feed.json", text, null,
                List.of(new FeedSpec.Item(text, "https://x.org/a/", OffsetDateTime.parse("2024-07-01T09:30:00+02:00"), text,
                        "<p>" + text + "</p>", List.of(text, "b"))));
        String json = JsonFeed.write(spec);
        assertThat(json).doesNotContain("\u2028", "\u2029");
        Map<String, Object> feed = parse(json);
        assertThat(feed.get("title")).isEqualTo(text);
        Map<String, Object> item = ((List<Map<String, Object>>) feed.get("items")).get(0);
        assertThat(item).containsEntry("title", text).containsEntry("summary", text).containsEntry("content_html", "<p>" + text + "</p>")
                .containsEntry("tags", List.of(text, "b"));
    }
}
