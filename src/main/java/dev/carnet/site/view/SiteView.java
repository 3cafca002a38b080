package dev.carnet.site.view;

import java.util.List;
import java.util.Locale;

/** What every page shows of the site: its title, navigation, feeds and author. */
public record SiteView(
        String title, String description, String lang, String homeUrl, String archivesUrl, String tagsUrl,
        String followUrl, String rssUrl, String atomUrl, String jsonFeedUrl, String rssAbsoluteUrl, String stylesheetUrl, String faviconUrl,
        List<LinkView> pages, AuthorView author, String year, String assetsUrl) {

    /** Open Graph's locale, language and territory: {@code fr_FR} for {@code fr}, {@code pt_BR} for {@code pt-BR}. */
    public String ogLocale() {
        String[] parts = lang.split("-");
        if (parts.length > 1 && parts[1].length() == 2) {
            return parts[0] + "_" + parts[1].toUpperCase(Locale.ROOT);
        }
        return switch (parts[0]) {
            case "en" -> "en_US";
            case "pt" -> "pt_PT";
            case "sv" -> "sv_SE";
            case "da" -> "da_DK";
            case "ja" -> "ja_JP";
            case "zh" -> "zh_CN";
            default -> parts[0] + "_" + parts[0].toUpperCase(Locale.ROOT);
        };
    }
}
