package dev.carnet.site;

import dev.carnet.config.BlogConfig;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.markdown.MarkdownOptions;
import dev.carnet.markdown.MarkdownRenderer;
import dev.carnet.site.photo.PhotoResizer;
import dev.carnet.site.template.Templates;
import dev.carnet.store.Blog;
import dev.carnet.store.InsideTheBlog;
import dev.carnet.store.ParsedNotes;
import dev.carnet.store.RedirectsFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code carnet build}: load, markdown, plan, render, write — named phases over an in-memory
 * site. Markdown and templates are set up once per build; notes and pages render in parallel and
 * stream to the sink, which makes the new site visible only when all of it is there.
 */
public final class SiteBuilder {
    /** The default theme's files that are copied as they are; a blog overrides them in templates/assets/. */
    static final List<String> THEME_ASSETS = List.of("style.css", "favicon.svg");
    /** What a built-in theme adds to the default's files. */
    private static final Map<String, List<String>> THEME_EXTRA_ASSETS = Map.of("sidebar", List.of("sidebar.css"));

    /** The files of {@code theme}'s {@code assets/} that every site of it carries. */
    static List<String> themeAssets(String theme) {
        List<String> all = new ArrayList<>(THEME_ASSETS);
        all.addAll(THEME_EXTRA_ASSETS.getOrDefault(theme, List.of()));
        return all;
    }

    private final Blog blog;
    private final Clock clock;
    private final BuildMemory memory;
    private final ParsedNotes parsed;
    private final Runnable loaded;

    /** What a build made, besides the files themselves (which went to the sink). */
    public record BuiltSite(SiteUrls urls, SiteContent content) {
    }

    public SiteBuilder(Blog blog, Clock clock) {
        this(blog, clock, null);
    }

    /** @param memory what one process keeps across its builds (the preview), or null to read and render from disk */
    public SiteBuilder(Blog blog, Clock clock, BuildMemory memory) {
        this(blog, clock, memory, null, null);
    }

    /**
     * @param parsed the notes a build in another process parsed, kept on disk (an incremental build), or null
     * @param loaded run once the notes are loaded, or null
     */
    SiteBuilder(Blog blog, Clock clock, BuildMemory memory, ParsedNotes parsed, Runnable loaded) {
        this.blog = blog;
        this.clock = clock;
        this.memory = memory;
        this.parsed = parsed;
        this.loaded = loaded;
    }

    public BuildReport build(BuildOptions options, OutputSink sink) {
        return build(options, sink, new BuiltSite[1]);
    }

    /** Builds into {@code sink} and hands back, in {@code built[0]}, the content it came from. */
    public BuildReport build(BuildOptions options, OutputSink sink, BuiltSite[] built) {
        long start = System.nanoTime();
        BlogConfig config = blog.config();
        SiteUrls urls = new SiteUrls(config.baseUrl());
        Map<String, Duration> phases = new LinkedHashMap<>();
        MarkdownRenderer markdown = new MarkdownRenderer(markdownOptions(config));
        SiteContent content = SiteContent.load(blog, markdown, urls, options, clock, memory, parsed);
        long t1 = System.nanoTime();
        phases.put("load+markdown", Duration.ofNanos(t1 - start));
        built[0] = new BuiltSite(urls, content);
        if (loaded != null) {
            loaded.run();
        }
        if (sink instanceof KeyedSink keyed) {
            keyed.listing(SiteListing.digest(content));
        }

        sink.open();
        try {
            linksInside(blog.root().resolve("templates"));
            Templates templates = new Templates(blog.root().resolve("templates"), config.theme(), new ViewAttributes());
            List<String> html = new HtmlPages(config, urls, content, templates, blog.root()).render(sink);
            long t2 = System.nanoTime();
            phases.put("templates+write", Duration.ofNanos(t2 - t1));
            SiteFiles siteFiles = new SiteFiles(config, urls, content);
            List<Later> feeds = siteFiles.feeds();
            deliver(feeds, sink);
            String identity = CarnetVersion.identity();
            FileCache cardCache = options.cache() && identity != null ? FileCache.cards(blog.root(), identity) : null;
            List<Later> cards = new ShareCards(config, blog.root(), content, cardCache).cards();
            // A card's key also tells the card cache the card is still in use: it is always made.
            deliver(cards, sink, false);
            // 13,000 addresses: the preview makes it only when asked for, not on every save.
            deliver(List.of(new Later("sitemap.xml", List.of(), () -> siteFiles.sitemap(html), null)), sink);
            List<OutputFile> host = siteFiles.hostFiles();
            host.forEach(sink::accept);
            themeAssets(sink);
            StaticFiles.Selection statics = StaticFiles.select(blog.root(), config.publish().include());
            // Photos are kept by how carnet resizes, not by carnet's version: resizing them all again takes minutes.
            FileCache photoCache = options.cache() && identity != null
                    ? FileCache.photos(blog.root(), "photos " + PhotoResizer.VERSION) : null;
            PhotoFiles photoFiles = new PhotoFiles(blog.root(), photoCache);
            List<Later> photos = photoFiles.files(statics.files(), content.photos().shown());
            deliver(photos, sink);
            statics.files().stream().filter(f -> !PhotoFiles.handles(f.sitePath())).forEach(f -> sink.copy(f.sitePath(), f.file()));
            Set<String> written = written(html, feeds, host, statics, config.theme());
            cards.forEach(card -> written.add(card.path()));
            photos.forEach(photo -> written.add(photo.path()));
            int photoCopies = photos.size() - (int) statics.files().stream().filter(f -> PhotoFiles.handles(f.sitePath())).count();
            RedirectPages redirects = new RedirectPages(config, urls, content, templates, blog.root());
            List<OutputFile> moved = redirects.render(RedirectsFile.read(blog), written, feeds);
            moved.forEach(sink::accept);
            long t3 = System.nanoTime();
            phases.put("feeds+files", Duration.ofNanos(t3 - t2));
            sink.commit();
            if (cardCache != null && !(sink instanceof DeferringSink)) {
                cardCache.forgetUnused();
            }
            if (photoCache != null && !(sink instanceof DeferringSink) && photoFiles.madeAll()) {
                photoCache.forgetUnused();
            }
            phases.put("swap", Duration.ofNanos(System.nanoTime() - t3));
            return new BuildReport(content.notes().size(), content.renderedNotes(), content.pages().size(), html.size(), feeds.size(),
                    host.size() + 1 + moved.size() + cards.size() + photoCopies, statics.files().size(),
                    warnings(content.warnings(), statics.warnings(), content.photos().problems(), redirects.warnings(), config),
                    Duration.ofNanos(System.nanoTime() - start), phases);
        } catch (UncheckedIOException e) {
            sink.abort();
            throw new CarnetException(Phrase.of("site.cannotWrite", e.getCause().getMessage()), e);
        } catch (RuntimeException e) {
            sink.abort();
            throw e;
        }
    }

    /**
     * Files made when asked for: the preview's sink takes the work, to do when a reader asks; a
     * build's makes them at once, in parallel (Rome and Java2D are slow), skipping those whose key
     * is the last build's (a file without a key is written only when its bytes changed).
     */
    private static void deliver(List<Later> files, OutputSink sink) {
        deliver(files, sink, true);
    }

    /** @param byInputs whether a file none of whose inputs changed may be kept without its key being made */
    private static void deliver(List<Later> files, OutputSink sink, boolean byInputs) {
        if (sink instanceof DeferringSink deferring) {
            files.forEach(file -> deferring.defer(file.path(), file.inputs(), file));
        } else if (sink instanceof KeyedSink keyed) {
            Parallel.map(files, file -> {
                if (byInputs && keyed.keepUnchanged(file.path(), file.inputs())) {
                    return file;
                }
                if (!file.keyed()) {
                    sink.accept(file.get());
                } else if (!keyed.keep(file.path(), file.key())) {
                    keyed.accept(file.get(), file.key());
                }
                return file;
            });
        } else {
            Parallel.map(files, file -> {
                sink.accept(file.get());
                return file;
            });
        }
    }

    public static MarkdownOptions markdownOptions(BlogConfig config) {
        return new MarkdownOptions(config.markdown().typography().equals("fr"), config.markdown().rawHtml());
    }

    private void themeAssets(OutputSink sink) {
        for (String name : themeAssets(blog.config().theme())) {
            Path own = blog.root().resolve("templates/assets").resolve(name);
            if (Files.isRegularFile(own)) {
                sink.copy("assets/" + name, own);
                continue;
            }
            try (InputStream in = Templates.themeFile(blog.config().theme(), "assets/" + name)) {
                if (in == null) {
                    throw new CarnetException(Phrase.of("site.noAsset", name));
                }
                sink.accept(new OutputFile("assets/" + name, in.readAllBytes(), List.of()));
            } catch (IOException e) {
                throw new CarnetException(Phrase.of("site.cannotReadAsset", name, e.getMessage()), e);
            }
        }
    }

    /** Every file the build writes before the redirect pages, which may not take their place. */
    private static Set<String> written(List<String> html, List<Later> feeds, List<OutputFile> host, StaticFiles.Selection statics,
            String theme) {
        Set<String> written = new HashSet<>(html);
        feeds.forEach(f -> written.add(f.path()));
        host.forEach(f -> written.add(f.path()));
        written.add("sitemap.xml");
        themeAssets(theme).forEach(name -> written.add("assets/" + name));
        statics.files().forEach(f -> written.add(f.sitePath()));
        return written;
    }

    private static List<Phrase> warnings(List<Phrase> content, List<Phrase> statics, List<Phrase> photos, List<Phrase> redirects,
            BlogConfig config) {
        List<Phrase> all = new ArrayList<>(content);
        all.addAll(statics);
        all.addAll(photos);
        all.addAll(redirects);
        if (config.site().share().contains("mastodon") && config.site().mastodon() == null) {
            all.add(Phrase.of("warning.mastodonInstance"));
        }
        return all;
    }

    /** A blog's template may not be a link to a file outside the blog (it would be read and its output published). */
    private void linksInside(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        InsideTheBlog inside = new InsideTheBlog(blog.root());
        inside.checkIfLinked(folder);
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isSymbolicLink).toList()) {
                inside.check(file);
            }
        } catch (IOException e) {
            throw new CarnetException("templates/", 0, Phrase.of("site.cannotList", e.getMessage()), e);
        }
    }
}
