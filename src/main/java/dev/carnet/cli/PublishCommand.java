package dev.carnet.cli;

import dev.carnet.model.TextWidth;
import dev.carnet.service.ChangeKind;
import dev.carnet.service.PublishReport;
import dev.carnet.service.PublishService;
import dev.carnet.service.Wording;
import java.util.Arrays;
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
        Wording text = root.text();
        if (report.dryRun()) {
            out.println(!pages.changed() ? text.format("publish.nothingNew", pages.branch())
                    : pages.changes().isEmpty() ? text.format("publish.would", report.notes(), pages.files(), pages.branch())
                    : text.format("publish.wouldChange", report.notes(), pages.files(), pages.branch(), pages.changes().size()));
            int width = Arrays.stream(ChangeKind.values())
                    .mapToInt(k -> TextWidth.of(kind(k, text))).max().orElse(0);
            for (var change : pages.changes()) {
                out.println("  " + TextWidth.pad(kind(change.kind(), text), width) + "  " + change.path());
            }
            return CarnetCli.OK;
        }
        if (report.identityNotice() != null) {
            context.err().println(text.format("notice", text.say(report.identityNotice())));
        }
        out.println(pages.changed() ? text.format("publish.wrote", report.notes(), pages.files(), pages.id().substring(0, 7), pages.branch())
                : text.format("publish.unchanged", pages.branch()));
        if (report.pushed() == null) {
            out.println(text.format("publish.noRemote", report.remote()));
            return CarnetCli.OK;
        }
        out.println(text.format("publish.pushed", report.pushed().size(), String.join(", ", report.pushed().subList(0, report.pushed().size() - 1)),
                report.pushed().get(report.pushed().size() - 1), report.remote()));
        if (report.url() != null) {
            out.println(text.format("publish.url", report.url()));
        }
        return CarnetCli.OK;
    }

    private static String kind(ChangeKind kind, Wording text) {
        return text.text(switch (kind) {
            case NEW -> "publish.kind.added";
            case MODIFIED -> "publish.kind.changed";
            case DELETED -> "publish.kind.removed";
        });
    }
}
