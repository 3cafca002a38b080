package dev.carnet.cli;

import dev.carnet.model.Plural;
import dev.carnet.service.PublishReport;
import dev.carnet.service.PublishService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Build the site and push it to the remote.",
            "Builds the site of the committed notes and writes it as one commit on the pages branch (publish.branch: gh-pages; pages on Codeberg) without touching your files, then pushes that branch and the branch of your notes (main, master) to publish.remote. Publishing an unchanged site makes no commit. If the remote refuses, nothing changes here and carnet says what to do."})
final class PublishCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Option(names = "--dry-run", description = "Build and compare with the last publish; write and push nothing.")
    boolean dryRun;

    @Option(names = {"-m", "--message"}, paramLabel = "M", description = "Message of the pages commit.")
    String message;

    @Option(names = "--allow-dirty", description = "Publish even with changes not committed (they are published too).")
    boolean allowDirty;

    @Option(names = "--accept-new-host-key", description = "Trust an SSH host seen for the first time, adding its key to your known_hosts.")
    boolean acceptNewHostKey;

    @Override
    public Integer call() {
        CliContext context = root.context();
        PublishReport report = root.blog().publish(context.clock(), context.transport(acceptNewHostKey))
                .publish(new PublishService.Options(dryRun, message, allowDirty));
        var out = context.out();
        var pages = report.pages();
        if (report.dryRun()) {
            out.println(pages.changed()
                    ? "Would publish " + Plural.count(report.notes(), "note") + " (" + Plural.count(pages.files(), "file") + ") to branch "
                            + pages.branch() + (pages.changes().isEmpty() ? "" : ": " + Plural.count(pages.changes().size(), "file")
                            + " would change")
                    : "Nothing new to publish: the site is the same as on branch " + pages.branch());
            for (var change : pages.changes()) {
                out.println("  " + switch (change.kind()) {
                    case NEW -> "added  ";
                    case MODIFIED -> "changed";
                    case DELETED -> "removed";
                } + "  " + change.path());
            }
            return CarnetCli.OK;
        }
        if (report.identityNotice() != null) {
            context.err().println("note: " + report.identityNotice());
        }
        out.println(pages.changed()
                ? "Wrote the site (" + Plural.count(report.notes(), "note") + ", " + Plural.count(pages.files(), "file") + ") as " + pages.id().substring(0, 7)
                        + " on branch " + pages.branch()
                : "The site is unchanged since the last publish (branch " + pages.branch() + ")");
        if (report.pushed() == null) {
            out.println("No remote '" + report.remote() + "' yet: nothing was pushed. Add one with: carnet remote set URL");
            return CarnetCli.OK;
        }
        out.println("Pushed " + String.join(" and ", report.pushed())
                + " to " + report.remote());
        if (report.url() != null) {
            out.println("Published: " + report.url());
        }
        return CarnetCli.OK;
    }
}
