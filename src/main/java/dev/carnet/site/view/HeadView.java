package dev.carnet.site.view;

import java.util.List;

/**
 * What goes in {@code <head>} for one page: title, description, canonical URL, Open Graph.
 *
 * @param ogType {@code article} for notes, {@code website} elsewhere
 * @param publishedIso RFC 3339 publication time for notes, else empty
 */
public record HeadView(String title, String description, String canonical, String ogType, String image,
                       String publishedIso, List<String> tags, boolean noindex) {
}
