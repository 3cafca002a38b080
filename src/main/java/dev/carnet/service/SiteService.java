package dev.carnet.service;

import dev.carnet.error.CarnetException;
import dev.carnet.site.BuildOptions;
import dev.carnet.site.BuildReport;
import dev.carnet.site.IncrementalBuild;
import dev.carnet.site.MemorySink;
import dev.carnet.site.OutputFolder;
import dev.carnet.site.SiteBuilder;
import dev.carnet.site.SiteChecker;
import dev.carnet.store.Blog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Building the site, for the CLI and the text UI. */
public final class SiteService {
    private final Blog blog;
    private final Clock clock;

    public SiteService(Blog blog, Clock clock) {
        this.blog = blog;
        this.clock = clock;
    }

    /** Builds into {@code output} (default {@code public/}), replacing it only once the whole site is ready. */
    public BuildReport build(BuildOptions options, Path output) {
        return build(options, output, output == null ? "public/" : output.toString());
    }

    /**
     * @param shown the output folder as the author named it, for a refusal
     * @throws CarnetException when the folder holds anything but a site carnet built
     */
    public BuildReport build(BuildOptions options, Path output, String shown) {
        return build(options, output, shown, false);
    }

    /** @param clean render and write every file, ignoring what the last build into the folder left */
    public BuildReport build(BuildOptions options, Path output, String shown, boolean clean) {
        Path target = output != null ? output : blog.root().resolve("public");
        PublishedMemory.ensure(blog);
        OutputFolder.checkReplaceable(blog.root(), target, shown);
        Path scratch = target.toAbsolutePath().normalize().startsWith(blog.root())
                ? blog.root().resolve(".carnet") : target.toAbsolutePath().normalize().getParent();
        return new IncrementalBuild(blog, clock).build(options, target, scratch, clean);
    }

    /** {@link #build(BuildOptions, Path, String)} in the front ends' values. */
    public BuildSummary build(SiteOptions options, Path output, String shown) {
        BuildReport r = build(new BuildOptions(options.drafts(), options.future(), options.cache()), output, shown, options.clean());
        return new BuildSummary(r.notes(), r.renderedNotes(), r.pages(), r.htmlFiles(), r.feeds(), r.otherFiles(), r.staticFiles(),
                r.warnings(), r.took(), r.phases(), r.written(), r.untouched());
    }

    /** The pre-publish gate for a front end: published notes (and drafts if asked), what is wrong with them. */
    public List<CheckFinding> check(boolean drafts, int summaryWords) {
        return check(new BuildOptions(drafts, false), summaryWords).stream()
                .map(f -> new CheckFinding(f.error(), f.message())).toList();
    }

    /** The pre-publish gate: the site built in memory, and what is wrong with it. */
    public List<SiteChecker.Finding> check(BuildOptions options, int summaryWords) {
        return new SiteChecker(blog, clock).check(options, summaryWords);
    }

    /** Builds in memory and returns the files, for checks and previews. */
    public MemorySink buildInMemory(BuildOptions options) {
        PublishedMemory.ensure(blog);
        MemorySink sink = new MemorySink();
        new SiteBuilder(blog, clock).build(options, sink);
        return sink;
    }
}
