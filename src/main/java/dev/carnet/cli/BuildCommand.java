package dev.carnet.cli;

import dev.carnet.service.BuildSummary;
import dev.carnet.service.SiteOptions;
import java.nio.file.Path;
import dev.carnet.service.Wording;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Render the site into public/.",
            "Note pages, index, tags, archives, pages, RSS and Atom feeds, sitemap.xml, robots.txt and 404.html.",
            "Only what changed since the last build is rendered and written (what it made is kept in .carnet/build/); when nothing changed, nothing is done."
                + " Files go in only when the whole build succeeded; files that no longer belong are deleted. --clean builds everything again."})
final class BuildCommand implements Callable<Integer> {
    static final int MAX_WARNINGS = 20;

    @ParentCommand
    CarnetCommand root;

    @Option(names = "--drafts", description = "Include drafts (never do this for the public site).")
    boolean drafts;

    @Option(names = "--future", description = "Include notes dated in the future.")
    boolean future;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Build into DIR instead of public/. DIR must be new, empty or a site carnet built:"
            + " it is replaced whole, so any other folder is refused.")
    Path output;

    @Option(names = "--no-cache", description = "Render every note again, without reading or writing the render cache (.carnet/cache).")
    boolean noCache;

    @Option(names = "--clean", description = "Render and write every file again, as if nothing had been built before (the site is the same: this only costs time).")
    boolean clean;

    @Option(names = "--timings", description = "Also print the time each phase took.")
    boolean timings;

    @Override
    public Integer call() {
        CliContext context = root.context();
        var blog = root.blog();
        Path target = output == null ? blog.root().resolve("public") : context.workingDir().resolve(output).normalize();
        BuildSummary report = blog.site(context.clock())
                .build(new SiteOptions(drafts, future, !noCache, clean), target, output == null ? "public/" : output.toString());
        // A corpus with hundreds of missing images must not bury the summary: the first ones, then a count.
        Wording text = root.text();
        report.warnings().stream().limit(MAX_WARNINGS).forEach(w -> context.err().println(text.format("warning", text.say(w))));
        if (report.warnings().size() > MAX_WARNINGS) {
            context.err().println(text.format("build.moreWarnings", report.warnings().size() - MAX_WARNINGS));
        }
        // The seconds with two decimals, written as the language writes them (0.12 s, 0,12 s).
        context.out().println(text.format("build.built", report.notes(), report.pages(), report.htmlFiles(), report.feeds(),
                report.otherFiles(), report.staticFiles(), Paths.display(context.workingDir(), target),
                String.format(text.locale(), "%.2f", report.took().toMillis() / 1000.0)));
        if (timings) {
            context.out().println(text.format("build.rendered", report.renderedNotes(), report.notes()));
            context.out().println(text.format("build.written", report.written()));
            if (report.untouched() > 0) {
                context.out().println(text.format("build.untouched", report.untouched()));
            }
            report.phases().forEach((phase, took) -> context.out().println(String.format(Locale.ROOT, "  %-14s %7.2f s", phase, took.toMillis() / 1000.0)));
        }
        return CarnetCli.OK;
    }
}
