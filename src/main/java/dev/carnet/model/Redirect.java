package dev.carnet.model;

/**
 * An old address that sends readers elsewhere: an entry of the blog's {@code redirects.yml}, or a
 * note's alias.
 *
 * @param from the old site path, relative to the site root ({@code /category/ateliers/})
 * @param to a site path ({@code /tags/ateliers/}) or an absolute http(s) URL
 * @param file the blog file it was written in, and {@code line} its line, for messages
 */
public record Redirect(String from, String to, String file, int line) {
    /** Whether {@code to} is an address on another site rather than a path of this one. */
    public boolean external() {
        return !to.startsWith("/");
    }
}
