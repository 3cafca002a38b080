package dev.carnet.site.feed;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One feed: its title, where it lives, and its items, newest first. Every URL is absolute.
 *
 * @param siteUrl the page the feed belongs to (home, or a tag's page)
 * @param selfUrl the feed's own address
 * @param copyright RSS's {@code copyright} and Atom's {@code rights}, or null for none
 */
public record FeedSpec(String title, String description, String language, String siteUrl, String selfUrl,
                       String authorName, String authorEmail, List<Item> items, String copyright) {
    public FeedSpec {
        items = List.copyOf(items);
    }

    /** A feed without a copyright line. */
    public FeedSpec(String title, String description, String language, String siteUrl, String selfUrl,
                    String authorName, String authorEmail, List<Item> items) {
        this(title, description, language, siteUrl, selfUrl, authorName, authorEmail, items, null);
    }

    /**
     * {@code html} has absolute URLs only; {@code summary} is plain text.
     *
     * @param id the GUID: the URL the note was first published at, which {@code url} is no more once it moved
     */
    public record Item(String title, String url, String id, OffsetDateTime published, String summary, String html, List<String> tags) {
        /** An item whose id is its address (a note never moved). */
        public Item(String title, String url, OffsetDateTime published, String summary, String html, List<String> tags) {
            this(title, url, url, published, summary, html, tags);
        }
    }
}
