package dev.carnet.markdown;

/** Turns a URL as written in a note into the URL the page links to (the site decides). */
@FunctionalInterface
public interface UrlRewriter {
    UrlRewriter UNCHANGED = (url, image) -> url;

    String rewrite(String url, boolean image);
}
