package dev.carnet.model;

/**
 * A standalone page ({@code pages/about.md}): same format as a note, no date, no month.
 *
 * @param path blog-relative path, e.g. {@code pages/about.md}
 * @param slug from the file name, or the front matter's {@code slug}
 */
public record Page(String path, Slug slug, FrontMatter meta, String body, int bodyLine) {
    public String title() {
        return meta.title();
    }
}
