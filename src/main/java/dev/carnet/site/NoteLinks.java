package dev.carnet.site;

import dev.carnet.markdown.Rendered;
import dev.carnet.markdown.UrlRewriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Where a link written in a note goes. Files are relative to the site root, as in {@code static/}
 * ({@code images/x.jpg}); links to other notes may name their Markdown file
 * ({@code ../2023/12-notes-de-decembre-2023.md#atelier}). External links are left alone.
 */
final class NoteLinks implements UrlRewriter {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final SiteUrls urls;
    private final Map<String, String> urlsByFile;
    private final String sourceDir;
    /** Every note or page file this note's links looked up, with what it resolved to (null: nothing). */
    private final Map<String, String> lookedUp = new ConcurrentHashMap<>();

    NoteLinks(SiteUrls urls, Map<String, String> urlsByFile, String sourceFile) {
        this.urls = urls;
        this.urlsByFile = urlsByFile;
        int slash = sourceFile.lastIndexOf('/');
        this.sourceDir = slash < 0 ? "" : sourceFile.substring(0, slash + 1);
    }

    @Override
    public String rewrite(String url, boolean image) {
        if (!isLocal(url)) {
            return url;
        }
        int cut = firstOf(url, '#', '?');
        String path = url.substring(0, cut);
        String rest = url.substring(cut);
        if (path.endsWith(".md")) {
            String target = lookUp(normalize(path.startsWith("/") ? path.substring(1) : sourceDir + path));
            if (target == null) {
                target = lookUp(normalize(path.startsWith("/") ? path.substring(1) : path));
            }
            return target != null ? target + rest : url;
        }
        return urls.path(siteFile(path)) + rest;
    }

    private String lookUp(String file) {
        String url = urlsByFile.get(file);
        lookedUp.put(file, url == null ? "" : url);
        return url;
    }

    /** What the rendered HTML depends on besides the note itself: other files' addresses ("" for none). */
    Map<String, String> dependencies() {
        return Map.copyOf(lookedUp);
    }

    /** A link to something of this site: not empty, not an anchor of the page, no scheme, not protocol-relative. */
    static boolean isLocal(String url) {
        return !url.isEmpty() && !url.startsWith("#") && !url.startsWith("//") && !SCHEME.matcher(url).matches();
    }

    /** The file of static/ an image of the note shows ({@code images/x.jpg}), or null when the link is not an image of this site. */
    static String imageFile(Rendered.LinkTarget link) {
        if (!link.image() || !isLocal(link.url())) {
            return null;
        }
        String url = link.url();
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        int end = query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
        return siteFile(end < 0 ? url : url.substring(0, end));
    }

    /** The site-relative file a relative or root-relative link points to: {@code ../static/images/x.jpg} is {@code images/x.jpg}. */
    static String siteFile(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        while (p.startsWith("./") || p.startsWith("../")) {
            p = p.substring(p.indexOf('/') + 1);
        }
        return p.startsWith("static/") ? p.substring("static/".length()) : p;
    }

    /**
     * {@code a/./b/../c} is {@code a/c}. Not {@code URI.normalize} nor {@code Path.normalize}: a
     * Markdown link's path may hold spaces and accents that {@code URI} refuses, and both keep a
     * leading {@code ..}, where a link climbing past the blog's root must stay inside it.
     */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i < 0) {
            return j < 0 ? text.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
