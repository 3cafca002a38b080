package dev.carnet.site.view;

/** A link as the theme shows it. */
public record LinkView(String label, String url) {
}
