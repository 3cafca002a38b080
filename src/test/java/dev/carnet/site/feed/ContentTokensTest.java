package dev.carnet.site.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.HostileText;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Differential: a feed written with the notes' HTML put in after Rome ({@link ContentTokens}) is,
 * byte for byte, the feed Rome writes with the HTML given whole, or the same error.
 * Rerun: {@code mvn -o test -Dtest=ContentTokensTest}.
 */
class ContentTokensTest {
    private static final OffsetDateTime DATE = OffsetDateTime.parse("2024-06-30T18:00:00+02:00");

    @Provide
    Arbitrary<List<String>> htmls() {
        Arbitrary<String> html = Arbitraries.oneOf(HostileText.text(16), Arbitraries.of(
                "<p>Un atelier &amp; une « fête »</p>\n<p>L’été</p>\n", "  <p>espaces</p>  \r\n", " ", "",
                "<pre><code>a &lt; b\r\nc &gt; d\n</code></pre>", "\uE000carnet-content-0\uE001", "<p>\uE000carnet-content-1\uE001</p>",
                "<p>😀 deux mots\u2028et\u0085fin</p>", "x\u0001y", "\tTab\n"));
        return html.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 400)
    void rssIsTheSameAsRomeWithTheHtmlWhole(@ForAll("htmls") List<String> htmls) {
        FeedSpec spec = spec(htmls);
        assertThat(outcome(map -> ContentTokens.write(map, t -> Feeds.rss(spec, t))))
                .isEqualTo(outcome(map -> Feeds.rss(spec, ContentTokens.none())));
    }

    @Property(tries = 400)
    void atomIsTheSameAsRomeWithTheHtmlWhole(@ForAll("htmls") List<String> htmls) {
        FeedSpec spec = spec(htmls);
        assertThat(outcome(map -> ContentTokens.write(map, t -> Feeds.atom(spec, t))))
                .isEqualTo(outcome(map -> Feeds.atom(spec, ContentTokens.none())));
    }

    @Example
    void aNoteInSeveralFeedsIsEscapedOnceAndWrittenTheSameInEach() {
        Map<String, String> escaped = new HashMap<>();
        String html = "<p>Chat & chien</p>\n";
        String first = Feeds.rss(spec(List.of(html)), escaped);
        String second = Feeds.rss(spec(List.of("<p>autre</p>", html)), escaped);
        assertThat(escaped).containsOnlyKeys(html, "<p>autre</p>");
        assertThat(first).contains("<content:encoded>&lt;p&gt;Chat &amp; chien&lt;/p&gt;</content:encoded>");
        assertThat(second).contains("&lt;p&gt;Chat &amp; chien&lt;/p&gt;").contains("&lt;p&gt;autre&lt;/p&gt;");
        assertThat(first).isEqualTo(Feeds.rss(spec(List.of(html)), ContentTokens.none()));
    }

    @Example
    void aTitleThatLooksLikeATokenLeavesTheFeedAsRomeWritesIt() {
        FeedSpec plain = spec(List.of("<p>un</p>", "<p>deux</p>"));
        List<FeedSpec.Item> items = new java.util.ArrayList<>(plain.items());
        FeedSpec.Item first = items.get(0);
        items.set(0, new FeedSpec.Item("\uE000carnet-content-1\uE001", first.url(), first.published(), first.summary(), first.html(), first.tags()));
        FeedSpec spec = new FeedSpec(plain.title(), plain.description(), plain.language(), plain.siteUrl(), plain.selfUrl(),
                plain.authorName(), plain.authorEmail(), items);
        String rss = Feeds.rss(spec, new HashMap<>());
        assertThat(rss).isEqualTo(Feeds.rss(spec, ContentTokens.none())).contains("&lt;p&gt;deux&lt;/p&gt;");
    }

    private static String outcome(Function<Map<String, String>, String> write) {
        try {
            return write.apply(new HashMap<>());
        } catch (RuntimeException e) {
            return "failed: " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static FeedSpec spec(List<String> htmls) {
        List<FeedSpec.Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < htmls.size(); i++) {
            items.add(new FeedSpec.Item("Note " + i, "https://ex.org/2024/06/n" + i + "/",
                    DATE.minusDays(i), "Résumé " + i, htmls.get(i), List.of("atelier")));
        }
        return new FeedSpec("Carnet", "Notes", "fr", "https://ex.org/", "https://ex.org/feed.xml", "Julien", "j@ex.org", items);
    }
}
