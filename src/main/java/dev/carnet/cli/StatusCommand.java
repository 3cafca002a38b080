package dev.carnet.cli;

import dev.carnet.model.Plural;
import dev.carnet.model.TextWidth;
import dev.carnet.service.BlogStatus;
import dev.carnet.service.ChangeKind;
import dev.carnet.service.ChangeView;
import dev.carnet.service.GitService;
import dev.carnet.service.GitSummary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show what changed since the last commit, and how the blog stands against its remote.",
            "Notes by title; commits not pushed and commits not pulled (as of the last fetch)."})
final class StatusCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    @ParentCommand
    CarnetCommand root;

    @Override
    public Integer call() {
        CliContext context = root.context();
        GitService git = root.blog().git();
        BlogStatus status = git.status();
        GitSummary summary = git.summary(status);
        var out = context.out();
        if (summary.syncStopped()) {
            out.println("On " + status.branch() + ", sync stopped on a conflict"
                    + (summary.remote() != null ? " (" + summary.remote() + ": " + summary.remoteUrl() + ")" : ""));
            stoppedSync(out, summary);
        } else {
            out.println("On " + status.branch() + ", " + Plural.count(status.commits(), "commit") + "; " + remote(status, summary));
        }
        out.println(published(summary));
        List<ChangeView> changes = git.changes(status);
        if (changes.isEmpty()) {
            if (!summary.syncStopped()) {
                out.println("Nothing changed since the last commit.");
            }
            return CarnetCli.OK;
        }
        if (summary.syncStopped()) {
            out.println("Changed since the sync stopped (carnet sync --continue or --abort keeps it):");
        }
        int width = changes.stream().mapToInt(c -> TextWidth.of(c.label())).max().orElse(0);
        for (ChangeView change : changes) {
            String label = change.label();
            out.println("  " + kind(change.kind()) + (change.title() != null ? TextWidth.pad(label, width) + "  " + change.path() : label));
        }
        if (!summary.syncStopped()) {
            out.println("Commit them with: carnet commit   (or carnet commit -m \"message\")");
        }
        return CarnetCli.OK;
    }

    private void stoppedSync(PrintWriter out, GitSummary summary) {
        List<String> conflicts = summary.conflicts();
        if (conflicts.size() == 1) {
            out.println("Sync stopped on a conflict in " + conflicts.get(0) + mine(conflicts.get(0)));
        } else {
            out.println(conflicts.isEmpty() ? "Sync stopped on a conflict" : "Sync stopped on conflicts in " + Plural.count(conflicts.size(), "file") + ":");
            conflicts.forEach(path -> out.println("  " + path + mine(path)));
        }
        out.println("  Fix it: keep the text you want and remove the <<<<<<< ======= >>>>>>> lines, then: carnet sync --continue");
        out.println("  Or go back to before the sync: carnet sync --abort");
    }

    private String mine(String path) {
        return Files.exists(root.blog().resolve(path + ".mine")) ? " (your version is also in " + path + ".mine)" : "";
    }

    private static String remote(BlogStatus status, GitSummary summary) {
        if (status.upstream() != null) {
            return String.format(Locale.ROOT, "%s: %s not pushed, %d not pulled (as of the last fetch)", status.upstream(),
                    Plural.count(status.ahead(), "commit"), status.behind());
        }
        return summary.remote() == null ? "no remote yet"
                : summary.remote() + " (" + summary.remoteUrl() + "): not fetched yet (carnet sync fetches it and pushes your commits)";
    }

    /** Published means readers have it: a site built on the pages branch but never pushed is said to be so. */
    private String published(GitSummary summary) {
        if (summary.lastBuilt() == null) {
            return "Not published yet (carnet publish)";
        }
        String branch = root.blog().pagesBranch();
        if (summary.lastPublish() == null) {
            return "Site built on branch " + branch + " (" + format(summary.lastBuilt()) + "), never pushed: "
                    + (summary.remote() == null ? "no remote — add one with carnet remote set URL"
                            : "carnet publish pushes it to " + summary.remote());
        }
        return "Last published " + format(summary.lastPublish()) + root.blog().baseUrl().map(url -> " at " + url).orElse("")
                + (summary.siteNotPushed() ? "; a newer site on branch " + branch + " is not pushed yet (carnet publish)" : "");
    }

    private static String format(OffsetDateTime when) {
        return WHEN.format(when);
    }

    static String kind(ChangeKind kind) {
        return switch (kind) {
            case NEW -> "new     ";
            case MODIFIED -> "edited  ";
            case DELETED -> "deleted ";
        };
    }
}
