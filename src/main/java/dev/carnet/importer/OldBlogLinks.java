package dev.carnet.importer;

import dev.carnet.model.TagName;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where links to the old blog go in the new one. A post's permalink (or {@code /?p=123}) becomes
 * a link to its note's file ({@code /notes/2024/06-x.md}), which the build turns into the note's
 * URL wherever its date puts it; tag and category archives become tag pages; uploads become
 * {@code /images/…} when the file was provided, and are remembered so that the import copies them.
 */
final class OldBlogLinks implements ImportLinks {
    private static final Pattern ID_QUERY = Pattern.compile("(?:^|&)(?:p|page_id|attachment_id)=(\\d+)(?:&|$)");
    private static final Pattern ARCHIVE = Pattern.compile("/(tag|category)/(?:.*/)?([^/]+)/?");

    private final Set<String> hosts = new HashSet<>();
    private final Map<String, String> byOldPath = new HashMap<>();
    private final Map<Long, String> byId = new HashMap<>();
    private final Map<String, String> tagPages = new HashMap<>();
    private final Map<Long, String> attachments;
    private final Map<Long, String> alts;
    private final Optional<Path> uploads;
    private final Set<String> used = new TreeSet<>();

    OldBlogLinks(WxrChannel channel, List<PlannedEntry> entries, Map<Long, String> attachments, Map<Long, String> alts,
            Optional<Path> uploads, boolean categoriesAsTags) {
        this.attachments = attachments;
        this.alts = alts;
        this.uploads = uploads.map(p -> p.toAbsolutePath().normalize());
        for (String link : channel.links()) {
            host(link).ifPresent(hosts::add);
        }
        for (PlannedEntry entry : entries) {
            String file = "/" + entry.path();
            byId.put(entry.item().id(), file);
            ImportPlanner.sitePath(entry.item().link()).ifPresent(p -> byOldPath.put(trimSlash(p), file));
            entry.aliases().forEach(a -> byOldPath.put(trimSlash(a), file));
        }
        for (WxrTerm term : channel.terms()) {
            if (term.isTag() || (term.isCategory() && categoriesAsTags)) {
                tagPages.put(term.domain() + "/" + term.nicename(), "/tags/" + TagName.slug(term.name()) + "/");
            }
        }
    }

    @Override
    public Optional<String> image(String uploadPath) {
        if (uploads.isEmpty() || !safe(uploadPath)) {
            return Optional.empty();
        }
        Path file = uploads.get().resolve(uploadPath).normalize();
        if (!file.startsWith(uploads.get()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        used.add(uploadPath);
        return Optional.of("/images/" + uploadPath);
    }

    @Override
    public Optional<String> link(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getHost() != null ? !hosts.contains(bare(uri.getHost())) : !url.startsWith("/")) {
            return Optional.empty();
        }
        String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
        if (uri.getRawQuery() != null) {
            Matcher id = ID_QUERY.matcher(uri.getRawQuery());
            return id.find() ? Optional.ofNullable(byId.get(Long.parseLong(id.group(1)))).map(f -> f + fragment) : Optional.empty();
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.isEmpty() || path.equals("/")) {
            return Optional.of("/" + fragment);
        }
        String note = byOldPath.get(trimSlash(path));
        if (note != null) {
            return Optional.of(note + fragment);
        }
        if (trimSlash(path).equals("/feed")) {
            return Optional.of("/feed.xml");
        }
        Matcher archive = ARCHIVE.matcher(path);
        if (archive.matches()) {
            String kind = archive.group(1).equals("tag") ? "post_tag" : "category";
            return Optional.ofNullable(tagPages.get(kind + "/" + archive.group(2)));
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> attachmentAlt(long id) {
        return Optional.ofNullable(alts.get(id)).filter(a -> !a.isBlank());
    }

    @Override
    public Optional<String> attachmentUrl(long id) {
        return Optional.ofNullable(attachments.get(id)).filter(u -> !u.isBlank());
    }

    /** The upload paths the content used and {@link #image} found, so far. */
    Set<String> usedUploads() {
        return used;
    }

    /** The old tag and category archive pages and their new tag pages ({@code /tag/x/} → {@code /tags/x/}). */
    Map<String, String> archives() {
        Map<String, String> result = new HashMap<>();
        tagPages.forEach((key, page) -> result.put((key.startsWith("post_tag/") ? "/tag/" : "/category/")
                + key.substring(key.indexOf('/') + 1) + "/", page));
        return result;
    }

    /** An upload path names a file below the uploads folder: no climbing, no absolute path, no odd characters. */
    private static boolean safe(String uploadPath) {
        return !uploadPath.isEmpty() && !uploadPath.startsWith("/") && !uploadPath.contains("\\") && !uploadPath.contains("\0")
                && List.of(uploadPath.split("/")).stream().noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
    }

    static Optional<String> host(String link) {
        try {
            String host = new URI(link.strip()).getHost();
            return Optional.ofNullable(host).map(OldBlogLinks::bare);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    /** Decoded paths with and without their final slash are the same page. */
    private static String trimSlash(String path) {
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }
}
