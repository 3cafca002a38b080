package dev.carnet.site;

import dev.carnet.model.Note;
import dev.carnet.model.Page;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Every URL of the site, from one place that knows {@code baseUrl} and its sub-path. Pages link
 * with root-relative paths ({@code /blog/2024/07/x/}); feeds, canonical and Open Graph tags use
 * absolute URLs ({@code https://someone.github.io/blog/2024/07/x/}).
 */
public final class SiteUrls {
    private final String origin;
    private final String basePath;

    public SiteUrls(URI baseUrl) {
        URI base = baseUrl != null ? baseUrl : URI.create("http://localhost/");
        String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        this.basePath = path.endsWith("/") ? path : path + "/";
        this.origin = base.getScheme() + "://" + base.getRawAuthority();
    }

    /** {@code /blog/} */
    public String basePath() {
        return basePath;
    }

    /** {@code https://someone.github.io} */
    public String origin() {
        return origin;
    }

    /** The root-relative path of a site file or folder, e.g. {@code path("tags/")} is {@code /blog/tags/}. */
    public String path(String relative) {
        return basePath + relative;
    }

    public String absolute(String rootRelative) {
        return origin + rootRelative;
    }

    public String home() {
        return basePath;
    }

    /** Output folder of index page {@code n} (1 is the home page). */
    public static String indexDir(int n) {
        return n <= 1 ? "" : "page/" + n + "/";
    }

    public String index(int n) {
        return path(indexDir(n));
    }

    public static String noteDir(Note note) {
        return note.permalinkKey() + "/";
    }

    public String note(Note note) {
        return path(noteDir(note));
    }

    public static String pageDir(Page page) {
        return page.slug().value() + "/";
    }

    public String page(Page page) {
        return path(pageDir(page));
    }

    /** The output folder of a tag's page, from its slug (see {@link TagSlugs}). */
    public static String tagDir(String slug) {
        return "tags/" + slug + "/";
    }

    /** The address of a tag's page: a slug in another script is percent-encoded, as URLs must be. */
    public String tag(String slug) {
        return path(encode(tagDir(slug)));
    }

    /** Page {@code n} of a tag's notes: {@code tags/x/}, then {@code tags/x/page/2/}, as the home page's. */
    public static String tagDir(String slug, int n) {
        return tagDir(slug) + indexDir(n);
    }

    public String tag(String slug, int n) {
        return path(encode(tagDir(slug, n)));
    }

    public String tagFeed(String slug) {
        return path(encode(tagDir(slug) + "feed.xml"));
    }

    /**
     * A site path with its non-ASCII characters (and any a URL may not hold, such as a space) as
     * UTF-8 percent escapes ({@code русский} is {@code %D1%80…}), by {@link URI}'s own rules.
     */
    public static String encode(String sitePath) {
        if (plain(sitePath)) {
            return sitePath; // what URI gives back for it, without parsing it: slugs are plain, and a sitemap has 13,000
        }
        try {
            return new URI(null, null, sitePath, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + sitePath, e);
        }
    }

    /** Only letters, digits, {@code - . _ ~} and {@code /}: nothing URI would quote (nor refuse: "//x" reads as an authority). */
    private static boolean plain(String path) {
        if (path.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    public String tags() {
        return path("tags/");
    }

    /** The archives of a year: the newest year's are {@code archives/} itself. */
    public static String archivesDir(int year, boolean newest) {
        return newest ? "archives/" : "archives/" + year + "/";
    }

    public String archives(int year, boolean newest) {
        return path(archivesDir(year, newest));
    }

    public String archives() {
        return path("archives/");
    }

    public String follow() {
        return path("follow/");
    }

    public String rss() {
        return path("feed.xml");
    }

    public String atom() {
        return path("atom.xml");
    }

    public String jsonFeed() {
        return path("feed.json");
    }

    public String asset(String name) {
        return path("assets/" + name);
    }
}
