package dev.carnet.model;

/**
 * An old address of a note or page, from its front matter's {@code aliases:} (a blog moved from
 * another engine keeps its old links working).
 *
 * @param path the old site path as written, relative to the site root ({@code /2024/07/01/x/})
 * @param line the file line it was written on, for messages
 */
public record Alias(String path, int line) {
}
