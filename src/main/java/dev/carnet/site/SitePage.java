package dev.carnet.site;

import dev.carnet.markdown.Rendered;
import dev.carnet.model.Page;

/** A standalone page on its way to the site. */
public record SitePage(Page page, Rendered rendered, String url) {
    /** The title, typeset as the page's text is. */
    public String title() {
        return rendered.title().isEmpty() ? page.title() : rendered.title();
    }
}
