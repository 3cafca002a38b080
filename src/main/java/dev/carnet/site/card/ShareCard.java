package dev.carnet.site.card;

/**
 * What one note's card says.
 *
 * @param date as the site prints it, in the blog's language ("1er juin 2024")
 * @param author the author's name ("" for none)
 */
public record ShareCard(String title, String blog, String date, String author) {
}
