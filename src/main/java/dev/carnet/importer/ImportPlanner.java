package dev.carnet.importer;

import dev.carnet.model.Slug;
import dev.carnet.model.TagName;
import dev.carnet.model.TextFolding;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.parser.Parser;

/** Decides each post's file, URL, tags and old names, before anything is written. */
final class ImportPlanner {
    /** The category WordPress gives a post that has none (English and French installs): not a real tag. */
    private static final Set<String> DEFAULT_CATEGORIES = Set.of("uncategorized", "non-classe");

    private final ImportSettings settings;
    private final ImportManifest manifest;
    private final Set<String> claimed = new HashSet<>();

    ImportPlanner(ImportSettings settings, ImportManifest manifest) {
        this.settings = settings;
        this.manifest = manifest;
    }

    List<PlannedEntry> plan(List<WxrItem> entries) {
        List<PlannedEntry> planned = new ArrayList<>();
        for (WxrItem item : entries) {
            planned.add(item.isPage() ? page(item) : note(item));
        }
        return planned;
    }

    private PlannedEntry note(WxrItem item) {
        OffsetDateTime date = WordPressDates.of(item.dateGmt(), item.date(), settings.zone())
                .orElseGet(() -> OffsetDateTime.now(settings.clock().withZone(settings.zone())).withNano(0));
        String title = title(item);
        String slug = slug(item, title, "note-");
        YearMonth month = monthOf(title, YearMonth.from(date));
        String folder = String.format("notes/%04d/%02d-", month.getYear(), month.getMonthValue());
        String path = path(item, folder, slug, ".md");
        String fileSlug = path.substring(folder.length(), path.length() - ".md".length());
        String url = String.format("/%04d/%02d/%s/", date.getYear(), date.getMonthValue(), fileSlug);
        return new PlannedEntry(item, path, url, date, false, !item.status().equals("publish"), tags(item), aliases(item, url));
    }

    private PlannedEntry page(WxrItem item) {
        String slug = slug(item, title(item), "page-");
        String path = path(item, "pages/", slug, ".md");
        String url = "/" + path.substring("pages/".length(), path.length() - ".md".length()) + "/";
        OffsetDateTime date = WordPressDates.of(item.dateGmt(), item.date(), settings.zone()).orElse(null);
        return new PlannedEntry(item, path, url, date, true, !item.status().equals("publish"), List.of(), aliases(item, url));
    }

    static String title(WxrItem item) {
        return Parser.unescapeEntities(item.title(), false).strip();
    }

    /**
     * The month a note is about: "Notes de juin 2024" published on 1 July belongs to June, as the
     * author filed it; any other post to the month it was published in.
     */
    private YearMonth monthOf(String title, YearMonth published) {
        String folded = TextFolding.fold(title.replace('’', '\''));
        for (YearMonth candidate : List.of(published, published.minusMonths(1))) {
            if (TextFolding.fold(settings.monthlyTitle().format(candidate).replace('’', '\'')).equals(folded)) {
                return candidate;
            }
        }
        return published;
    }

    /** The WordPress slug with its percent-encoding undone ({@code r%c3%a9flexions} is {@code reflexions}), else the title's. */
    private static String slug(WxrItem item, String title, String fallbackPrefix) {
        String slug = Slug.slugify(decode(item.slug()));
        if (slug.isEmpty()) {
            slug = Slug.slugify(title);
        }
        return slug.isEmpty() ? fallbackPrefix + item.id() : slug;
    }

    /** The file the last import gave this post, else a new one no other post of this import has. */
    private String path(WxrItem item, String prefix, String slug, String extension) {
        Optional<String> known = manifest.pathOf(item.id());
        if (known.isPresent() && claimed.add(known.get())) {
            return known.get();
        }
        String path = prefix + slug + extension;
        for (int n = 2; !claimed.add(path) || manifest.ownedByAnother(path, item.id()); n++) {
            path = prefix + slug + "-" + n + extension;
        }
        return path;
    }

    private List<String> tags(WxrItem item) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (WxrTerm term : item.terms()) {
            boolean wanted = term.isTag() || (term.isCategory() && settings.categoriesAsTags()
                    && !DEFAULT_CATEGORIES.contains(term.nicename()));
            String name = Parser.unescapeEntities(term.name(), false).strip();
            if (wanted && !name.isEmpty()) {
                byKey.putIfAbsent(TagName.key(name), name);
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The post's old permalink and the permalinks of its old slugs, when they differ from its new URL. */
    private static List<String> aliases(WxrItem item, String url) {
        Set<String> aliases = new LinkedHashSet<>();
        Optional<String> old = sitePath(item.link());
        old.ifPresent(aliases::add);
        String slugSegment = "/" + decode(item.slug()) + "/";
        for (String oldSlug : item.metaValues("_wp_old_slug")) {
            old.filter(p -> p.endsWith(slugSegment) && !oldSlug.isBlank())
                    .map(p -> p.substring(0, p.length() - slugSegment.length()) + "/" + decode(oldSlug) + "/")
                    .ifPresent(aliases::add);
        }
        aliases.remove(url);
        aliases.remove("/");
        return List.copyOf(aliases);
    }

    /** The decoded path of an old permalink ({@code /2024/07/01/r%C3%A9flexions/} is {@code /2024/07/01/réflexions/}), if it has one. */
    static Optional<String> sitePath(String link) {
        try {
            URI uri = new URI(link.strip());
            String path = uri.getPath();
            if (path == null || path.isEmpty() || path.equals("/") || uri.getRawQuery() != null) {
                return Optional.empty();
            }
            return Optional.of(path);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String decode(String slug) {
        return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
