package dev.carnet.importer;

import java.util.List;
import java.util.Map;

/**
 * What an export says about the blog as a whole.
 *
 * @param links the blog's own addresses ({@code <link>}, {@code wp:base_site_url}, {@code wp:base_blog_url}): links to them are internal
 * @param authors display names by login ({@code dc:creator} holds the login)
 * @param terms every category and tag the export defines, with its parent
 */
public record WxrChannel(String title, String wxrVersion, List<String> links, Map<String, String> authors, List<WxrTerm> terms) {
    public WxrChannel {
        links = List.copyOf(links);
        authors = Map.copyOf(authors);
        terms = List.copyOf(terms);
    }
}
