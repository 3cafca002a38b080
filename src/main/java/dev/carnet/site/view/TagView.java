package dev.carnet.site.view;

/** A tag with its page and number of notes. */
public record TagView(String name, String slug, String url, int count, String feedUrl) {
}
