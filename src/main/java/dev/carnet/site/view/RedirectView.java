package dev.carnet.site.view;

/** A page at an old address: {@code target} is the absolute URL it sends readers (and search engines) to. */
public record RedirectView(String target) {
}
