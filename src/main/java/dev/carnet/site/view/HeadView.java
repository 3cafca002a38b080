package dev.carnet.site.view;

import java.util.List;
import java.util.Locale;

/**
 * What goes in {@code <head>} for one page: title, description, canonical URL, Open Graph.
 *
 * @param ogType {@code article} for notes, {@code website} elsewhere
 * @param publishedIso RFC 3339 publication time for notes, else empty
 * @param imageAlt what the preview picture shows, for readers who cannot see it ("" when none is known)
 * @param imageWidth the picture's width in pixels, 0 when not known (then neither size is given)
 */
public record HeadView(String title, String description, String canonical, String ogType, String image, String imageAlt,
                       int imageWidth, int imageHeight, String publishedIso, List<String> tags, boolean noindex) {

    /** A page whose picture's size is not known (or that has none). */
    public HeadView(String title, String description, String canonical, String ogType, String image, String imageAlt,
                    String publishedIso, List<String> tags, boolean noindex) {
        this(title, description, canonical, ogType, image, imageAlt, 0, 0, publishedIso, tags, noindex);
    }

    public boolean imageSized() {
        return imageWidth > 0 && imageHeight > 0;
    }

    /** A large card for a picture the networks show (a photo, a PNG), the small one else (none show SVG). */
    public boolean largeCard() {
        String lower = image.toLowerCase(Locale.ROOT);
        return !image.isEmpty() && !lower.endsWith(".svg") && !lower.contains(".svg?");
    }
}
