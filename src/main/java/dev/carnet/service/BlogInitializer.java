package dev.carnet.service;

import dev.carnet.config.ConfigLoader;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.store.AtomicFiles;
import dev.carnet.store.Blog;
import dev.carnet.store.NoteDrafts;
import dev.carnet.vcs.CommitSummary;
import dev.carnet.vcs.GitRepository;
import dev.carnet.vcs.Identity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** {@code carnet init}: the blog layout, a commented carnet.yml, an about page, and a first commit. */
public final class BlogInitializer {

    /** What init was asked for; null fields take their defaults. */
    public record Settings(String title, String language, String baseUrl, ZoneId timezone, Person author) {
    }

    /** Who git's own config (user.name, user.email) says the author is, if it says. */
    public static Optional<Person> gitIdentity() {
        return GitRepository.configuredIdentity().map(i -> new Person(i.name(), i.email()));
    }

    /** What init did: {@code commit} is null when the folder already was a blog. */
    public record Result(Blog blog, boolean created, FirstCommit commit) {
        public Path root() {
            return blog.root();
        }

        public String title() {
            return blog.config().title();
        }
    }

    public Result init(Path dir, Settings settings) {
        return init(dir, settings, Map.of());
    }

    /**
     * Like {@link #init(Path, Settings)}, with {@code content} (blog-relative path to text) written
     * before the first commit; it may replace carnet.yml or the about page.
     */
    public Result init(Path dir, Settings settings, Map<String, String> content) {
        Path root = dir.toAbsolutePath().normalize();
        if (Blog.isBlog(root)) {
            return new Result(Blog.open(root), false, null);
        }
        refuseNonEmpty(root);
        String language = settings.language() != null ? settings.language() : "fr";
        boolean french = language.toLowerCase(Locale.ROOT).startsWith("fr");
        String title = settings.title() != null ? settings.title() : "Carnet";
        String config = content.getOrDefault(ConfigLoader.FILE_NAME, configText(title, language, settings));
        writeAndCheck(root, config);
        new TreeMap<>(content).forEach((path, text) -> write(root, path, text));
        write(root, ".gitignore", "# carnet: build output and local state\npublic/\n.carnet/\n");
        write(root, "notes/.gitkeep", "");
        write(root, "static/images/.gitkeep", "");
        write(root, "pages/about.md", french
                ? NoteDrafts.page("À propos", "Qui écrit ce carnet, et pourquoi. Modifiez cette page : `carnet edit pages/about.md`.\n")
                : NoteDrafts.page("About", "Who writes these notes, and why. Edit this page: `carnet edit pages/about.md`.\n"));
        Blog blog = Blog.open(root);
        CommitSummary commit = GitRepository.initAndCommitAll(root,
                french ? "Nouveau carnet : " + title : "New carnet: " + title, fallbackIdentity(settings.author()));
        return new Result(blog, true,
                new FirstCommit(commit.id(), commit.files(), new Person(commit.author().name(), commit.author().email())));
    }

    private static Identity fallbackIdentity(Person author) {
        return author == null ? CommitIdentity.fallback(null, null) : CommitIdentity.fallback(author.name(), author.email());
    }

    private static String configText(String title, String language, Settings settings) {
        Person author = settings.author();
        String name = author != null && author.name() != null ? author.name() : "";
        String email = author != null && author.email() != null ? author.email() : "";
        ZoneId zone = settings.timezone() != null ? settings.timezone() : ZoneId.of("UTC");
        String baseUrl = settings.baseUrl() != null
                ? "baseUrl: " + NoteDrafts.yamlText(settings.baseUrl())
                : "# baseUrl: https://someone.github.io/blog/   # where readers find the site; set before publishing";
        return String.join("\n", List.of(
                "# carnet.yml: this blog's settings. Every key is optional except title;",
                "# 'carnet --help' and the README's carnet.yml reference list them all.",
                "title: " + NoteDrafts.yamlText(title),
                "description: \"\"",
                "language: " + language + "                 # dates, typography, <html lang>",
                "timezone: " + zone.getId(),
                baseUrl,
                "# theme: sidebar                # carnet (the default) | sidebar: the author box beside the notes",
                "author:",
                "  name: " + NoteDrafts.yamlText(name),
                "  bio: \"\"",
                "  # portrait: images/portrait.jpg   # a file under static/",
                (email.isEmpty() ? "  # email: you@example.org" : "  email: " + NoteDrafts.yamlText(email)),
                "  links: []                   # - { label: \"LinkedIn\", url: \"https://...\" }",
                "notes:",
                "  # monthlyTitle: \"Notes de {month} {year}\"   # default from the language",
                "site:",
                "  perPage: 10",
                "  feedItems: 20",
                "  share: [linkedin, whatsapp, email]   # add mastodon with your instance below",
                "  # mastodon: mastodon.social   # your Mastodon instance, for the share link",
                "  comments: email             # email | none",
                "publish:",
                "  remote: origin",
                "  branch: gh-pages",
                "  # cname: blog.example.org",
                "  history: keep               # keep | single",
                ""));
    }

    /** carnet.yml is written first and read back, so a bad --base-url or --language fails before anything else. */
    private static Path writeAndCheck(Path root, String config) {
        try {
            ConfigLoader.parse(config);
        } catch (CarnetException e) {
            throw new CarnetException(Phrase.of("init.cannotCreate", e.whole()), e);
        }
        write(root, ConfigLoader.FILE_NAME, config);
        return root;
    }

    private static void write(Path root, String relative, String text) {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            throw new CarnetException(relative, 0, Phrase.of("init.outside"), null);
        }
        if (!Files.exists(file)) {
            AtomicFiles.create(file, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void refuseNonEmpty(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.isDirectory(root)) {
            throw new CarnetException(root.toString(), 0, Phrase.of("init.notAFolder"), null);
        }
        try (Stream<Path> entries = Files.list(root)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".git")).sorted().toList();
            if (!names.isEmpty()) {
                throw new CarnetException(root.toString(), 0, Phrase.of("init.notEmpty", String.join(", ", names.subList(0, Math.min(3, names.size())))
                        + (names.size() > 3 ? ", ..." : "")), null);
            }
        } catch (IOException e) {
            throw new CarnetException(root.toString(), 0, Phrase.of("init.cannotRead", e.getMessage()), e);
        }
    }
}
