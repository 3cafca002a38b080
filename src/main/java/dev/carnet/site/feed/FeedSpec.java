package dev.carnet.site.feed;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One feed: its title, where it lives, and its items, newest first. Every URL is absolute.
 *
 * @param siteUrl the page the feed belongs to (home, or a tag's page)
 * @param selfUrl the feed's own address
 */
public record FeedSpec(String title, String description, String language, String siteUrl, String selfUrl,
                       String authorName, String authorEmail, List<Item> items) {
    public FeedSpec {
        items = List.copyOf(items);
    }

    /** {@code html} has absolute URLs only; {@code summary} is plain text. */
    public record Item(String title, String url, OffsetDateTime published, String summary, String html, List<String> tags) {
    }
}
