package dev.carnet.site.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The feeds written straight against Rome's own, byte for byte, and what is left to Rome. */
class QuickFeedsTest {
    private static final List<String> WORDS = List.of("atelier", "Noël", "œuvre", "été", "médiation", "«", "»", "&", "<", ">",
            "\"", "'", "&amp;", "]]>", "😀", "\u00a0", "\u2028", "l'été", "a&b", "<b>", "100 %", "?", "=", "#", "x=1&y=2");
    private static final List<String> ODD = List.of(" ", "\t", "\n", "\r", "\u0001", "\uFFFE", "\uD83D", "");
    private static final List<String> HTML = List.of("<p>", "</p>", "<em>", "</em>", "<a href=\"https://ex.org/a?x=1&amp;y=2\">",
            "</a>", "<img src=\"https://ex.org/i.jpg\" alt=\"« photo »\">", "\n", "\r\n", "&amp;", "&lt;", "&nbsp;", "😀", "é",
            "<blockquote>\n<p>", "</p>\n</blockquote>", "<pre><code>a &lt; b\n  c</code></pre>", "]]>", "\t", "  ");

    @Test
    void writesWhatRomeWritesForTwoThousandGeneratedFeeds() {
        Random random = new Random(20261205);
        int quick = 0;
        int declined = 0;
        for (int n = 0; n < 2000; n++) {
            FeedSpec spec = spec(random);
            Map<String, String> escaped = new HashMap<>();
            String rss = QuickFeeds.rss(spec, escaped, Feeds.GENERATOR, Feeds.editor(spec));
            String atom = QuickFeeds.atom(spec, escaped, Feeds.GENERATOR);
            if (rss != null) {
                assertThat(rss).as("rss of %s", spec).isEqualTo(Feeds.rss(spec, ContentTokens.none()));
                quick++;
            } else {
                declined++;
            }
            if (atom != null) {
                assertThat(atom).as("atom of %s", spec).isEqualTo(Feeds.atom(spec, ContentTokens.none()));
            }
            // Whichever wrote it, the feed a build gets is Rome's, or Rome's refusal.
            assertThat(outcome(() -> Feeds.rss(spec, new HashMap<>()))).isEqualTo(outcome(() -> Feeds.rss(spec, ContentTokens.none())));
            assertThat(outcome(() -> Feeds.atom(spec, new HashMap<>()))).isEqualTo(outcome(() -> Feeds.atom(spec, ContentTokens.none())));
        }
        assertThat(quick).as("feeds written straight").isGreaterThan(800);
        assertThat(declined).as("feeds left to Rome").isGreaterThan(200);
    }

    @Test
    void leavesToRomeWhatItWouldWriteOtherwise() {
        FeedSpec.Item item = item("Juin", "<p>x</p>", List.of("atelier"), date(2024, 6, 30));
        assertThat(QuickFeeds.rss(spec("Carnet", "Julien", List.of(item)), new HashMap<>(), "carnet", null)).isNotNull();
        // A blog without an author's name is plain too: Rome's empty name in each entry is written the same.
        assertThat(QuickFeeds.atom(spec("Carnet", "", List.of(item)), new HashMap<>(), "carnet"))
                .isEqualTo(Feeds.atom(spec("Carnet", "", List.of(item)), ContentTokens.none())).contains("<name />");
        List<FeedSpec> odd = List.of(
                spec("Carnet", "Julien", List.of()),
                spec("Carnet", " Julien", List.of(item)),
                spec(" Carnet", "Julien", List.of(item)),
                spec("Car\nnet", "Julien", List.of(item)),
                spec("Carnet", "Julien", List.of(item("Juin\u0001", "<p>x</p>", List.of(), date(2024, 6, 30)))),
                spec("Carnet", "Julien", List.of(item("Juin", "  ", List.of(), date(2024, 6, 30)))),
                spec("Carnet", "Julien", List.of(item("Juin", "<p>\u0002</p>", List.of(), date(2024, 6, 30)))),
                spec("Carnet", "Julien", List.of(item("Juin", "<p>x</p>", List.of("vie\tpro"), date(2024, 6, 30)))),
                spec("Carnet", "Julien", List.of(item("Juin", "<p>x</p>", List.of("\uD83D"), date(2024, 6, 30)))),
                spec("Carnet", "Julien", List.of(item("Juin", "<p>x</p>", List.of(), date(1582, 10, 4)))));
        for (FeedSpec spec : odd) {
            assertThat(QuickFeeds.rss(spec, new HashMap<>(), "carnet", null)).as("%s", spec).isNull();
            assertThat(QuickFeeds.atom(spec, new HashMap<>(), "carnet")).as("%s", spec).isNull();
            assertThat(outcome(() -> Feeds.rss(spec, new HashMap<>()))).isEqualTo(outcome(() -> Feeds.rss(spec, ContentTokens.none())));
        }
    }

    private static String outcome(Supplier<String> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static FeedSpec spec(String title, String author, List<FeedSpec.Item> items) {
        return new FeedSpec(title, "", "fr", "https://ex.org/", "https://ex.org/feed.xml", author, "", items);
    }

    private static FeedSpec.Item item(String title, String html, List<String> tags, OffsetDateTime date) {
        return new FeedSpec.Item(title, "https://ex.org/a/", date, "Résumé", html, tags);
    }

    private static OffsetDateTime date(int year, int month, int day) {
        return OffsetDateTime.of(year, month, day, 10, 0, 0, 0, ZoneOffset.ofHours(2));
    }

    private static FeedSpec spec(Random random) {
        List<FeedSpec.Item> items = new ArrayList<>();
        int count = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String url = "https://ex.org/blog/" + (2000 + random.nextInt(30)) + "/" + slug(random) + "/";
            String id = random.nextInt(4) == 0 ? "https://ex.org/old/" + slug(random) + "/" : url;
            List<String> tags = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                tags.add(text(random));
            }
            long seconds = Instant.parse(random.nextInt(60) == 0 ? "1500-01-01T00:00:00Z" : "1970-01-01T00:00:00Z").getEpochSecond()
                    + (long) (random.nextDouble() * 4_000_000_000L);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(27) - 12) * 3600 + (random.nextInt(5) == 0 ? 1800 : 0));
            OffsetDateTime date = OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0), offset);
            items.add(new FeedSpec.Item(text(random), url, id, date, text(random), html(random), tags));
        }
        String email = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> "";
            default -> "julien@example.org";
        };
        String copyright = random.nextBoolean() ? null : text(random);
        String description = random.nextInt(3) == 0 ? "" : text(random);
        String author = random.nextInt(6) == 0 ? "" : text(random);
        return new FeedSpec(text(random), description, random.nextInt(10) == 0 ? "fr-CA" : "fr", "https://ex.org/blog/",
                "https://ex.org/blog/feed.xml", author, email, items, copyright);
    }

    private static String slug(Random random) {
        return "note-" + random.nextInt(1000) + (random.nextInt(5) == 0 ? "?x=1&y=%C3%A9" : "");
    }

    /** Words, now and then one of what a feed must not take as plain. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int w = 1 + random.nextInt(5); w > 0; w--) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(random.nextInt(150) == 0 ? ODD.get(random.nextInt(ODD.size())) : WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    private static String html(Random random) {
        StringBuilder html = new StringBuilder();
        for (int p = random.nextInt(12); p >= 0; p--) {
            html.append(random.nextBoolean() ? HTML.get(random.nextInt(HTML.size())) : WORDS.get(random.nextInt(WORDS.size())));
            if (random.nextInt(200) == 0) {
                html.append(ODD.get(random.nextInt(ODD.size())));
            }
        }
        return html.toString();
    }
}
