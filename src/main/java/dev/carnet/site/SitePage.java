package dev.carnet.site;

import dev.carnet.markdown.Rendered;
import dev.carnet.model.Page;

/** A standalone page on its way to the site. */
public record SitePage(Page page, Rendered rendered, String url) {
}
