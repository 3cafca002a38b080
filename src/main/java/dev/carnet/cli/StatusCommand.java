package dev.carnet.cli;

import dev.carnet.model.TextWidth;
import dev.carnet.service.BlogStatus;
import dev.carnet.service.ChangeKind;
import dev.carnet.service.ChangeView;
import dev.carnet.service.GitService;
import dev.carnet.service.GitSummary;
import dev.carnet.service.Wording;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
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
        Wording text = root.text();
        if (summary.syncStopped()) {
            out.println(summary.remote() != null ? text.format("status.stoppedRemote", status.branch(), summary.remote(), summary.remoteUrl())
                    : text.format("status.stopped", status.branch()));
            stoppedSync(out, summary, text);
        } else {
            out.println(text.format("status.on", status.branch(), status.commits(), remote(status, summary, text)));
        }
        out.println(published(summary, text));
        List<ChangeView> changes = git.changes(status);
        if (changes.isEmpty()) {
            if (!summary.syncStopped()) {
                out.println(text.text("status.nothingChanged"));
            }
            return CarnetCli.OK;
        }
        if (summary.syncStopped()) {
            out.println(text.text("status.changedSinceStop"));
        }
        int width = changes.stream().mapToInt(c -> TextWidth.of(c.label())).max().orElse(0);
        int kindWidth = Arrays.stream(ChangeKind.values()).mapToInt(k -> TextWidth.of(kind(k, text))).max().orElse(0);
        for (ChangeView change : changes) {
            String label = change.label();
            out.println("  " + TextWidth.pad(kind(change.kind(), text), kindWidth) + " "
                    + (change.title() != null ? TextWidth.pad(label, width) + "  " + change.path() : label));
        }
        if (!summary.syncStopped()) {
            out.println(text.text("status.commitThem"));
        }
        return CarnetCli.OK;
    }

    private void stoppedSync(PrintWriter out, GitSummary summary, Wording text) {
        List<String> conflicts = summary.conflicts();
        if (conflicts.size() == 1) {
            out.println(text.format("status.conflictIn", conflicts.get(0), mine(conflicts.get(0), text)));
        } else {
            out.println(conflicts.isEmpty() ? text.text("status.conflict") : text.format("status.conflicts", conflicts.size()));
            conflicts.forEach(path -> out.println("  " + path + mine(path, text)));
        }
        out.println(text.text("status.fixIt"));
        out.println(text.text("status.orAbort"));
    }

    private String mine(String path, Wording text) {
        return Files.exists(root.blog().resolve(path + ".mine")) ? text.format("status.mine", path + ".mine") : "";
    }

    private static String remote(BlogStatus status, GitSummary summary, Wording text) {
        if (status.upstream() != null) {
            return text.format("status.upstream", status.upstream(), status.ahead(), status.behind());
        }
        return summary.remote() == null ? text.text("status.noRemote")
                : text.format("status.notFetched", summary.remote(), summary.remoteUrl());
    }

    /** Published means readers have it: a site built on the pages branch but never pushed is said to be so. */
    private String published(GitSummary summary, Wording text) {
        if (summary.lastBuilt() == null) {
            return text.text("status.notPublished");
        }
        String branch = root.blog().pagesBranch();
        if (summary.lastPublish() == null) {
            return summary.remote() == null ? text.format("status.builtNoRemote", branch, format(summary.lastBuilt()))
                    : text.format("status.builtNotPushed", branch, format(summary.lastBuilt()), summary.remote());
        }
        String when = format(summary.lastPublish());
        String published = root.blog().baseUrl().map(url -> text.format("status.publishedAt", when, url.toString()))
                .orElseGet(() -> text.format("status.published", when));
        return published + (summary.siteNotPushed() ? text.format("status.newerSite", branch) : "");
    }

    private static String format(OffsetDateTime when) {
        return WHEN.format(when);
    }

    static String kind(ChangeKind kind, Wording text) {
        return text.text(switch (kind) {
            case NEW -> "status.kind.new";
            case MODIFIED -> "status.kind.edited";
            case DELETED -> "status.kind.deleted";
        });
    }
}
