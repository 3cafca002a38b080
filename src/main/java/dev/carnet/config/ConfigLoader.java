package dev.carnet.config;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.error.Utf8Text;
import dev.carnet.model.UrlScheme;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads carnet.yml into a {@link BlogConfig}. Every default lives here and only here. */
public final class ConfigLoader {
    public static final String FILE_NAME = "carnet.yml";

    static final String DEFAULT_LANGUAGE = "fr";
    static final String DEFAULT_TIMEZONE = "UTC";
    static final int DEFAULT_PER_PAGE = 10;
    static final int DEFAULT_FEED_ITEMS = 20;

    private ConfigLoader() {
    }

    public static BlogConfig load(Path blogRoot) {
        Path file = blogRoot.resolve(FILE_NAME);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CarnetException(FILE_NAME, 0, Phrase.of("config.notFound", blogRoot), null);
        } catch (IOException e) {
            throw new CarnetException(FILE_NAME, 0, Phrase.of("file.cannotRead", e.getMessage()), e);
        }
        return parse(Utf8Text.decode(bytes, FILE_NAME));
    }

    /** A setting given empty is not given: {@code copyright: ""} writes no copyright line. */
    private static String blankIsNone(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static BlogConfig parse(String text) {
        YamlMap root = SafeYaml.parseMapping(text, FILE_NAME, 1, FILE_NAME);
        root.rejectUnknown(Set.of("title", "description", "language", "timezone", "baseUrl", "author", "notes",
                "site", "publish", "markdown", "theme", "copyright"));
        Locale language = language(root);
        String theme = orElse(root.text("theme"), BlogConfig.THEMES.get(0)).strip();
        if (!BlogConfig.THEMES.contains(theme)) {
            throw root.error("theme", Phrase.of("config.theme", theme, String.join(", ", BlogConfig.THEMES)));
        }
        return new BlogConfig(
                root.requiredText("title"),
                orElse(root.text("description"), ""),
                language,
                timezone(root),
                baseUrl(root),
                author(root.map("author")),
                notes(root.map("notes")),
                site(root.map("site")),
                publish(root.map("publish")),
                markdown(root.map("markdown"), language),
                theme,
                blankIsNone(root.text("copyright")),
                root.has("language"));
    }

    private static MarkdownSettings markdown(YamlMap map, Locale language) {
        map.rejectUnknown(Set.of("typography", "rawHtml"));
        String typography = orElse(map.text("typography"), language.getLanguage().equals("fr") ? "fr" : "none");
        if (!MarkdownSettings.TYPOGRAPHIES.contains(typography)) {
            throw map.error("typography", Phrase.of("config.typography", typography));
        }
        Boolean rawHtml = map.bool("rawHtml");
        return new MarkdownSettings(typography, rawHtml != null && rawHtml);
    }

    private static Locale language(YamlMap root) {
        String tag = orElse(root.text("language"), DEFAULT_LANGUAGE);
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException(tag);
            }
            return locale;
        } catch (IllformedLocaleException e) {
            throw root.error("language", Phrase.of("config.language", tag));
        }
    }

    private static ZoneId timezone(YamlMap root) {
        String zone = orElse(root.text("timezone"), DEFAULT_TIMEZONE);
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw root.error("timezone", Phrase.of("config.timezone", zone));
        }
    }

    private static URI baseUrl(YamlMap root) {
        String url = root.text("baseUrl");
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.endsWith("/") ? url : url + "/");
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw root.error("baseUrl", Phrase.of("config.baseUrlRelative", url));
            }
            if (uri.getQuery() != null || uri.getFragment() != null) {
                throw root.error("baseUrl", Phrase.of("config.baseUrlQuery", url));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw root.error("baseUrl", Phrase.of("config.baseUrlInvalid", url, e.getReason()));
        }
    }

    private static Author author(YamlMap map) {
        map.rejectUnknown(Set.of("name", "bio", "portrait", "email", "links"));
        List<Author.Link> links = new ArrayList<>();
        for (YamlMap link : map.mapList("links")) {
            link.rejectUnknown(Set.of("label", "url"));
            links.add(new Author.Link(link.requiredText("label"), linkable(link, link.requiredText("url"))));
        }
        String portrait = map.text("portrait");
        return new Author(orElse(map.text("name"), ""), orElse(map.text("bio"), ""),
                portrait == null ? null : linkable(map, "portrait", portrait), map.text("email"), links);
    }

    /** Every page shows the author's links: one that could run code is refused here, naming its key. */
    private static String linkable(YamlMap map, String url) {
        return linkable(map, "url", url);
    }

    private static String linkable(YamlMap map, String key, String url) {
        String scheme = UrlScheme.refusedScheme(url);
        if (scheme != null) {
            throw new CarnetException(map.file(), map.line(key), Phrase.of("config.scheme", map.key(key), scheme, UrlScheme.allowed()), null);
        }
        return url;
    }

    private static NotesSettings notes(YamlMap map) {
        map.rejectUnknown(Set.of("monthlyTitle"));
        String pattern = map.text("monthlyTitle");
        if (pattern != null && !pattern.contains("{month}")) {
            throw map.error("monthlyTitle", Phrase.of("config.monthlyTitle"));
        }
        return new NotesSettings(pattern);
    }

    /** An instance's host name, nothing more: the share link is built on it. */
    private static final Pattern MASTODON_HOST = Pattern.compile(
            "(?i)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");

    private static SiteSettings site(YamlMap map) {
        map.rejectUnknown(Set.of("perPage", "feedItems", "share", "comments", "mastodon", "shareCards"));
        String mastodon = map.text("mastodon");
        if (mastodon != null && !MASTODON_HOST.matcher(mastodon.strip()).matches()) {
            throw map.error("mastodon", Phrase.of("config.mastodon", mastodon));
        }
        mastodon = mastodon == null ? null : mastodon.strip().toLowerCase(Locale.ROOT);
        String instance = mastodon;
        List<String> share = map.has("share") ? map.textList("share")
                : SiteSettings.SHARE_TARGETS.stream().filter(t -> instance != null || !t.equals("mastodon")).toList();
        for (String target : share) {
            if (!SiteSettings.SHARE_TARGETS.contains(target)) {
                throw map.error("share", Phrase.of("config.share", target, SiteSettings.SHARE_TARGETS.toString()));
            }
        }
        String comments = orElse(map.text("comments"), "email");
        if (!SiteSettings.COMMENT_MODES.contains(comments)) {
            throw map.error("comments", Phrase.of("config.comments", comments));
        }
        return new SiteSettings(
                orElse(map.integer("perPage", 1, 1000), DEFAULT_PER_PAGE),
                orElse(map.integer("feedItems", 1, 1000), DEFAULT_FEED_ITEMS),
                share, comments, mastodon, orElse(map.bool("shareCards"), true));
    }

    private static PublishSettings publish(YamlMap map) {
        map.rejectUnknown(Set.of("remote", "branch", "cname", "history", "host", "timeout", "include"));
        String host = orElse(map.text("host"), "github");
        if (!PublishSettings.HOST_BRANCHES.containsKey(host)) {
            throw map.error("host", Phrase.of("config.host", host));
        }
        String history = orElse(map.text("history"), "keep");
        if (!PublishSettings.HISTORY_MODES.contains(history)) {
            throw map.error("history", Phrase.of("config.history", history));
        }
        String branch = orElse(map.text("branch"), PublishSettings.HOST_BRANCHES.get(host));
        if (!branch.matches("[A-Za-z0-9._/-]+") || branch.contains("..") || branch.startsWith("/")) {
            throw map.error("branch", Phrase.of("config.branch", branch));
        }
        String remote = orElse(map.text("remote"), "origin");
        if (!remote.matches("[A-Za-z0-9._-]+")) {
            throw map.error("remote", Phrase.of("config.remote", remote));
        }
        List<String> include = map.has("include") ? map.textList("include") : List.of();
        for (String glob : include) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) {
                throw map.error("include", Phrase.of("config.include", glob, e.getMessage()));
            }
        }
        return new PublishSettings(remote, branch, map.text("cname"), history, host, orElse(map.integer("timeout", 5, 3600), PublishSettings.DEFAULT_TIMEOUT_SECONDS), include);
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
