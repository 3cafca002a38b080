package dev.carnet.site;

import dev.carnet.error.Phrase;
import dev.carnet.markdown.Rendered;
import dev.carnet.model.UrlScheme;
import dev.carnet.store.Blog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code carnet check}: builds the site in memory and looks for what readers would trip on —
 * broken links and anchors, missing images, images without alt text, links that leave the base
 * path, notes with neither summary nor brevity, feed items with relative URLs.
 */
public final class SiteChecker {
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\sid=\"([^\"]*)\"");

    /** One line of the report; errors make {@code carnet check} fail. */
    public record Finding(boolean error, Phrase message) {
    }

    private final Blog blog;
    private final Clock clock;

    public SiteChecker(Blog blog, Clock clock) {
        this.blog = blog;
        this.clock = clock;
    }

    /** @param summaryWords a note longer than this without a {@code summary:} gets a warning */
    public List<Finding> check(BuildOptions options, int summaryWords) {
        CheckSink sink = new CheckSink();
        SiteBuilder.BuiltSite[] built = new SiteBuilder.BuiltSite[1];
        BuildReport report = new SiteBuilder(blog, clock).build(options, sink, built);
        SiteBuilder.BuiltSite site = built[0];
        Map<String, OutputFile> files = sink.files();
        List<Finding> findings = new ArrayList<>();
        site.content().warnings().forEach(w -> findings.add(new Finding(true, w)));
        // A redirect that had to fall back to the list of tags: readers land somewhere, but not where the line says.
        report.warnings().stream().filter(w -> w.key().equals(RedirectPages.TAG_GONE)).forEach(w -> findings.add(new Finding(true, w)));
        // A picture carnet cannot read is published as written: worth a look, not a stop.
        site.content().photos().problems().forEach(w -> findings.add(new Finding(false, w)));
        Map<String, List<String>> ids = new HashMap<>();
        for (SiteNote note : site.content().notes()) {
            String path = note.note().path();
            checkLinks(site, sink, ids, path, note.note().bodyLine(), note.rendered(), findings);
            String own = note.note().meta().summary();
            if ((own == null || own.isBlank()) && note.rendered().words() > summaryWords) {
                findings.add(new Finding(false, Phrase.of("check.noSummary", path, String.valueOf(note.rendered().words()))));
            }
        }
        for (SitePage page : site.content().pages()) {
            checkLinks(site, sink, ids, page.page().path(), page.page().bodyLine(), page.rendered(), findings);
        }
        checkBasePath(site, files.values(), findings);
        checkFeeds(files.values(), findings);
        robotsOnASubPath(site.urls(), findings);
        return findings;
    }

    private void checkLinks(SiteBuilder.BuiltSite site, CheckSink sink, Map<String, List<String>> ids,
                            String path, int bodyLine, Rendered rendered, List<Finding> findings) {
        NoteLinks links = new NoteLinks(site.urls(), site.content().urlsByFile(), path);
        for (Rendered.LinkTarget link : rendered.links()) {
            String line = String.valueOf(bodyLine + link.line()); // digits, not a localised number
            String scheme = UrlScheme.refusedScheme(link.url());
            if (scheme != null) {
                findings.add(new Finding(true, Phrase.of("check.scheme", path, line, link.url(), scheme, UrlScheme.allowed())));
                continue;
            }
            if (link.image() && (link.alt() == null || link.alt().isBlank())) {
                findings.add(new Finding(true, Phrase.of("check.noAlt", path, line, link.url())));
            }
            if (!NoteLinks.isLocal(link.url()) && !link.url().startsWith("#")) {
                continue;
            }
            if (link.url().startsWith("#")) {
                String anchor = link.url().substring(1);
                if (!anchor.isEmpty() && !idsIn(rendered.html()).contains(anchor)) {
                    findings.add(new Finding(true, Phrase.of("check.noAnchorHere", path, line, anchor)));
                }
                continue;
            }
            if (link.image()) {
                continue; // missing images are reported by the build itself
            }
            String target = links.rewrite(link.url(), false);
            if (target.equals(link.url()) && link.url().replaceAll("[?#].*$", "").endsWith(".md")) {
                findings.add(new Finding(true, Phrase.of("check.noSuchNote", path, line, link.url())));
                continue;
            }
            String sitePath = sitePath(site.urls(), target);
            if (sitePath == null) {
                continue;
            }
            OutputFile file = sink.files().get(sitePath);
            if (file == null && !sink.has(sitePath)) {
                findings.add(new Finding(true, Phrase.of("check.nothingAt", path, line, link.url(), target.replaceAll("#.*$", ""))));
                continue;
            }
            int hash = target.indexOf('#');
            if (hash >= 0 && file != null) {
                String anchor = target.substring(hash + 1);
                List<String> targetIds = ids.computeIfAbsent(sitePath, k -> idsIn(file.text()));
                if (!targetIds.contains(anchor)) {
                    findings.add(new Finding(true, Phrase.of("check.noAnchorThere", path, line, link.url(), anchor)));
                }
            }
        }
    }

    /** The output file a root-relative URL serves, or null when it is not inside the site. */
    private static String sitePath(SiteUrls urls, String url) {
        String path = url.replaceAll("[?#].*$", "");
        if (!path.startsWith(urls.basePath())) {
            return null;
        }
        String inside = path.substring(urls.basePath().length());
        return inside.isEmpty() || inside.endsWith("/") ? inside + "index.html" : inside;
    }

    private static void checkBasePath(SiteBuilder.BuiltSite site, Collection<OutputFile> files, List<Finding> findings) {
        String base = site.urls().basePath();
        for (OutputFile file : files) {
            if (!file.path().endsWith(".html")) {
                continue;
            }
            Matcher m = URL_ATTRIBUTE.matcher(file.text());
            while (m.find()) {
                String url = m.group(1);
                if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith(base)) {
                    findings.add(new Finding(true, Phrase.of("check.outsideBase", file.path(), url, base, site.urls().absolute(base))));
                }
            }
        }
    }

    private static void checkFeeds(Collection<OutputFile> files, List<Finding> findings) {
        for (OutputFile file : files) {
            if (!file.path().endsWith(".xml") || file.path().equals("sitemap.xml")) {
                continue;
            }
            String xml = file.text().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            Matcher m = URL_ATTRIBUTE.matcher(xml);
            while (m.find()) {
                String url = m.group(1);
                if (!url.matches("^(https?|mailto|tel):.*") && !url.startsWith("#")) {
                    findings.add(new Finding(true, Phrase.of("check.relativeInFeed", file.path(), url)));
                }
            }
        }
    }

    private static List<String> idsIn(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID_ATTRIBUTE.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /**
     * Crawlers read {@code robots.txt} at the top of the host only: a site under a sub-path
     * ({@code https://someone.github.io/blog/}) writes one that nobody reads, and announces its
     * sitemap nowhere else. Said once, as a warning: the site works, search engines find it later.
     */
    private static void robotsOnASubPath(SiteUrls urls, List<Finding> findings) {
        if (!urls.basePath().equals("/")) {
            findings.add(new Finding(false, Phrase.of("check.robotsOnSubPath", urls.basePath(), urls.absolute(urls.path("robots.txt")),
                    urls.origin(), urls.absolute(urls.path("sitemap.xml")))));
        }
    }
}
