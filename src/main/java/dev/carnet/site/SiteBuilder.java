package dev.carnet.site;

import dev.carnet.config.BlogConfig;
import dev.carnet.error.CarnetException;
import dev.carnet.markdown.MarkdownOptions;
import dev.carnet.markdown.MarkdownRenderer;
import dev.carnet.site.template.Templates;
import dev.carnet.store.Blog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code carnet build}: load, markdown, plan, render, write — named phases over an in-memory
 * site. Markdown and templates are set up once per build; notes and pages render in parallel.
 */
public final class SiteBuilder {
    /** The default theme's files that are copied as they are; a blog overrides them in templates/assets/. */
    static final List<String> THEME_ASSETS = List.of("style.css", "favicon.svg");

    private final Blog blog;
    private final Clock clock;

    public SiteBuilder(Blog blog, Clock clock) {
        this.blog = blog;
        this.clock = clock;
    }

    /** The whole site in memory, with the content it came from. */
    public record BuiltSite(SiteUrls urls, SiteContent content, List<OutputFile> files, Map<String, Path> copies,
                            int htmlFiles, int feeds, int otherFiles, int staticFiles, Map<String, Duration> phases) {
    }

    public BuildReport build(BuildOptions options, OutputSink sink) {
        long start = System.nanoTime();
        BuiltSite site = assemble(options);
        long writing = System.nanoTime();
        sink.write(site.files(), site.copies());
        Map<String, Duration> phases = new java.util.LinkedHashMap<>(site.phases());
        phases.put("write", Duration.ofNanos(System.nanoTime() - writing));
        return new BuildReport(site.content().notes().size(), site.content().pages().size(), site.htmlFiles(),
                site.feeds(), site.otherFiles(), site.staticFiles(), site.content().warnings(),
                Duration.ofNanos(System.nanoTime() - start), phases);
    }

    public BuiltSite assemble(BuildOptions options) {
        BlogConfig config = blog.config();
        SiteUrls urls = new SiteUrls(config.baseUrl());
        MarkdownRenderer markdown = new MarkdownRenderer(markdownOptions(config));
        Map<String, Duration> phases = new java.util.LinkedHashMap<>();
        long t0 = System.nanoTime();
        SiteContent content = SiteContent.load(blog, markdown, urls, options, clock);
        long t1 = System.nanoTime();
        phases.put("load+markdown", Duration.ofNanos(t1 - t0));
        Templates templates = new Templates(blog.root().resolve("templates"));
        List<OutputFile> html = new HtmlPages(config, urls, content, templates).render();
        long t2 = System.nanoTime();
        phases.put("templates", Duration.ofNanos(t2 - t1));
        SiteFiles siteFiles = new SiteFiles(config, urls, content);
        List<OutputFile> feeds = siteFiles.feeds();
        List<OutputFile> files = new ArrayList<>(html);
        files.addAll(feeds);
        files.add(siteFiles.sitemap(html));
        List<OutputFile> host = siteFiles.hostFiles();
        files.addAll(host);
        Map<String, Path> copies = new TreeMap<>();
        files.addAll(themeAssets(copies));
        int statics = staticFiles(copies);
        files.sort(Comparator.comparing(OutputFile::path));
        phases.put("feeds+files", Duration.ofNanos(System.nanoTime() - t2));
        return new BuiltSite(urls, content, files, copies, html.size(), feeds.size(), host.size() + 1, statics, phases);
    }

    public static MarkdownOptions markdownOptions(BlogConfig config) {
        return new MarkdownOptions(config.markdown().typography().equals("fr"), config.markdown().rawHtml());
    }

    private List<OutputFile> themeAssets(Map<String, Path> copies) {
        List<OutputFile> files = new ArrayList<>();
        for (String name : THEME_ASSETS) {
            Path own = blog.root().resolve("templates/assets").resolve(name);
            if (Files.isRegularFile(own)) {
                copies.put("assets/" + name, own);
                continue;
            }
            try (InputStream in = SiteBuilder.class.getResourceAsStream("/" + Templates.THEME_PREFIX + "assets/" + name)) {
                if (in == null) {
                    throw new CarnetException("the default theme has no assets/" + name + " (a broken carnet build)");
                }
                files.add(new OutputFile("assets/" + name, in.readAllBytes(), List.of()));
            } catch (IOException e) {
                throw new CarnetException("cannot read the theme's assets/" + name + " (" + e.getMessage() + ")", e);
            }
        }
        return files;
    }

    /** static/x is copied to the site root as x. */
    private int staticFiles(Map<String, Path> copies) {
        Path root = blog.root().resolve("static");
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            int count = 0;
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals(".gitkeep") || name.equals(".DS_Store")) {
                    continue;
                }
                copies.put(root.relativize(file).toString().replace(java.io.File.separatorChar, '/'), file);
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new CarnetException("static/: cannot list the files (" + e.getMessage() + ")", e);
        }
    }
}
