package dev.carnet.site.view;

import java.util.List;

/** What every page shows of the site: its title, navigation, feeds and author. */
public record SiteView(
        String title, String description, String lang, String homeUrl, String archivesUrl, String tagsUrl,
        String followUrl, String rssUrl, String atomUrl, String rssAbsoluteUrl, String stylesheetUrl, String faviconUrl,
        List<LinkView> pages, AuthorView author, String year) {
}
