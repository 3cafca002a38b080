package dev.carnet.site;

import dev.carnet.config.BlogConfig;
import dev.carnet.site.feed.FeedSpec;
import dev.carnet.site.feed.Feeds;
import dev.carnet.site.feed.JsonFeed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Everything that is not an HTML page: feeds, sitemap.xml, robots.txt, .nojekyll, CNAME. */
final class SiteFiles {
    /** A photo's copies ({@code srcset="/blog/images/x.480w.jpg 480w, /blog/images/x.720w.jpg 720w"}), each root-relative. */
    private static final Pattern SRCSET = Pattern.compile("\\ssrcset=\"[^\"]*\"");
    private static final Pattern CANDIDATE = Pattern.compile("(\"|, )/(?!/)");

    private final BlogConfig config;
    private final SiteUrls urls;
    private final SiteContent content;
    private final PageKeys keys = new PageKeys("", "");
    /** A note is in the site's three feeds and in each of its tags': its HTML is made absolute, then escaped, once. */
    private final Map<String, String> absoluteHtml = new ConcurrentHashMap<>();
    private final Map<String, String> escapedHtml = new ConcurrentHashMap<>();

    SiteFiles(BlogConfig config, SiteUrls urls, SiteContent content) {
        this.config = config;
        this.urls = urls;
        this.content = content;
    }

    /**
     * The site's RSS and Atom feeds, then one RSS feed per tag, each made when asked for (a build
     * asks at once, in parallel as Rome is slow; the preview when a reader does), with a key: the
     * hash of everything the feed says.
     */
    List<Later> feeds() {
        List<Later> feeds = new ArrayList<>();
        List<SiteNote> newest = content.notes().subList(0, Math.min(config.site().feedItems(), content.notes().size()));
        feeds.add(feed("feed.xml", newest, config.title(), urls.home(), urls.rss(),
                () -> spec(config.title(), config.description(), urls.home(), urls.rss(), newest), spec -> Feeds.rss(spec, escapedHtml)));
        feeds.add(feed("atom.xml", newest, config.title(), urls.home(), urls.atom(),
                () -> spec(config.title(), config.description(), urls.home(), urls.atom(), newest), spec -> Feeds.atom(spec, escapedHtml)));
        feeds.add(feed("feed.json", newest, config.title(), urls.home(), urls.jsonFeed(),
                () -> spec(config.title(), config.description(), urls.home(), urls.jsonFeed(), newest), JsonFeed::write));
        for (Map.Entry<String, List<SiteNote>> tag : content.notesByTag().entrySet()) {
            String name = content.tagNames().get(tag.getKey());
            List<SiteNote> items = tag.getValue().subList(0, Math.min(config.site().feedItems(), tag.getValue().size()));
            String slug = tag.getKey();
            feeds.add(feed(SiteUrls.tagDir(slug) + "feed.xml", items, config.title() + " · " + name, urls.tag(slug), urls.tagFeed(slug),
                    () -> spec(config.title() + " · " + name, config.description(), urls.tag(slug), urls.tagFeed(slug), items), spec -> Feeds.rss(spec, escapedHtml)));
        }
        return feeds;
    }

    /**
     * A feed made when asked for, with a key made without making it: everything its spec holds
     * comes from carnet.yml (in the build index's salt), the feed's title and addresses, and its
     * notes, their HTML standing for itself by the hash made when it was rendered.
     */
    private Later feed(String path, List<SiteNote> items, String title, String sitePath, String selfPath,
                       Supplier<FeedSpec> spec, Function<FeedSpec, String> write) {
        List<String> inputs = paths(items);
        return new Later(path, inputs, () -> OutputFile.text(path, write.apply(spec.get()), inputs), () -> {
            List<List<String>> notes = items.stream().map(n -> List.of(n.note().title(), n.absoluteUrl(), n.feedId(),
                    n.note().meta().date().toString(), n.summary(), String.join("\u0000", n.note().meta().tags()),
                    Long.toString(n.renderedHash()))).toList();
            return keys.of(path, Map.of("feed", List.of(title, sitePath, selfPath), "items", notes), null);
        });
    }

    private FeedSpec spec(String title, String description, String sitePath, String selfPath, List<SiteNote> notes) {
        List<FeedSpec.Item> items = notes.stream().map(n -> new FeedSpec.Item(n.title(), n.absoluteUrl(), n.feedId(),
                n.note().meta().date(), n.summary(), absoluteHtml.computeIfAbsent(n.note().path(), path -> absolute(n.rendered().html(), n.absoluteUrl())),
                n.note().meta().tags())).toList();
        return new FeedSpec(title, description, config.language().toLanguageTag(), urls.absolute(sitePath),
                urls.absolute(selfPath), config.author().name(), config.author().email(), items, config.copyright());
    }

    /** Feed readers show content away from the site: every link and image must carry the full address. */
    String absolute(String html) {
        String absolute = FeedLinks.rootRelative(html, urls.origin());
        if (!absolute.contains(" srcset=\"")) {
            return absolute;
        }
        String origin = Matcher.quoteReplacement(urls.origin());
        return SRCSET.matcher(absolute).replaceAll(set -> Matcher.quoteReplacement(
                CANDIDATE.matcher(set.group()).replaceAll("$1" + origin + "/")));
    }

    /** {@link #absolute(String)}, and links within the note ({@code #fn-1}) to its page's address. */
    String absolute(String html, String pageUrl) {
        return FeedLinks.fragments(absolute(html), pageUrl);
    }

    OutputFile sitemap(List<String> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        Map<String, String> lastModified = new HashMap<>();
        for (SiteNote note : content.notes()) {
            lastModified.put(SiteUrls.noteDir(note.note()) + "index.html", note.note().meta().date().toLocalDate().toString());
        }
        pages.stream()
                .filter(p -> p.endsWith("index.html"))
                .sorted()
                .forEach(path -> {
                    String loc = urls.absolute(urls.path(SiteUrls.encode(path.substring(0, path.length() - "index.html".length()))));
                    xml.append("  <url><loc>").append(escapeXml(loc)).append("</loc>");
                    String date = lastModified.get(path);
                    if (date != null) {
                        xml.append("<lastmod>").append(date).append("</lastmod>");
                    }
                    xml.append("</url>\n");
                });
        xml.append("</urlset>\n");
        return OutputFile.text("sitemap.xml", xml.toString(), List.of());
    }

    List<OutputFile> hostFiles() {
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.text("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: "
                + urls.absolute(urls.path("sitemap.xml")) + "\n", List.of()));
        // GitHub Pages would otherwise run Jekyll, which hides files starting with '_'.
        files.add(OutputFile.text(".nojekyll", "", List.of()));
        String cname = config.publish().cname();
        if (cname != null && !cname.isBlank()) {
            files.add(OutputFile.text("CNAME", cname.strip() + "\n", List.of()));
        }
        return files;
    }

    static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static List<String> paths(List<SiteNote> notes) {
        return notes.stream().map(n -> n.note().path()).toList();
    }
}
