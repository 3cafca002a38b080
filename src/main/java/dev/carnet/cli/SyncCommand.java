package dev.carnet.cli;

import dev.carnet.service.SyncReport;
import dev.carnet.service.SyncService;
import dev.carnet.service.Wording;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Bring in the remote's commits and send yours.",
            "Fetches from the remote, then fast-forwards, or replays your commits on top of the remote's (never a merge commit), then pushes your branch (main, or master in older repositories). When both sides changed the same note, sync stops, keeps both versions (the note with conflict markers and a .mine copy) and says what to do: fix the note, then carnet sync --continue (or --abort)."})
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @ArgGroup(exclusive = true)
    Resume resume;

    @Option(names = "--accept-new-host-key", description = "Trust an SSH host seen for the first time, adding its key to your known_hosts.")
    boolean acceptNewHostKey;

    static final class Resume {
        @Option(names = "--continue", description = "Finish a sync stopped on a conflict, once the notes are fixed.")
        boolean resume;

        @Option(names = "--abort", description = "Give up a stopped sync: your branch goes back to where it was.")
        boolean abort;
    }

    @Override
    public Integer call() {
        CliContext context = root.context();
        SyncService.Step step = resume == null ? SyncService.Step.SYNC
                : resume.abort ? SyncService.Step.ABORT : SyncService.Step.CONTINUE;
        String branch = root.blog().git().branch();
        SyncReport result = root.blog().sync(context.transport(acceptNewHostKey)).sync(step);
        PrintWriter out = context.out();
        Wording text = root.text();
        switch (result.outcome()) {
            case UP_TO_DATE -> out.println(text.text("sync.upToDate"));
            case FAST_FORWARD -> out.println(text.format("sync.pulled", result.pulled()));
            case PUSHED_ONLY -> out.println(text.text("sync.pushed"));
            case REBASED -> out.println(text.format("sync.rebased", result.pulled(), result.replayed(), branch));
            case CONTINUED -> {
                out.println(result.dropped() == 0 ? text.format("sync.finished", branch) : text.format("sync.finishedDropped", result.dropped(), branch));
                kept(out, result, text);
            }
            case ABORTED -> {
                out.println(text.format("sync.abandoned", branch));
                kept(out, result, text);
            }
            case CONFLICT -> {
                PrintWriter err = context.err();
                err.println(text.format("sync.conflict", String.join(", ", result.conflicts())));
                for (String path : result.conflicts()) {
                    err.println(text.format("sync.conflictFile", path, path + ".mine"));
                }
                err.println(text.text("sync.step1"));
                err.println(text.text("sync.step2"));
                err.println(text.text("sync.orAbort"));
                err.println(text.text("sync.safe"));
                kept(out, result, text);
                return CarnetCli.USER_ERROR;
            }
            default -> throw new IllegalStateException(result.outcome().toString());
        }
        return CarnetCli.OK;
    }

    /** Where the edits made while the sync was stopped are now: nothing the author wrote is lost silently. */
    private static void kept(PrintWriter out, SyncReport result, Wording text) {
        if (result.kept().isEmpty()) {
            return;
        }
        out.println(text.text("sync.kept"));
        int width = result.kept().stream().mapToInt(k -> k.copy().length()).max().orElse(0);
        for (SyncReport.Kept kept : result.kept()) {
            out.println("  " + String.format("%-" + width + "s", kept.copy()) + "  "
                    + (kept.inPlace() ? text.text("sync.keptInPlace") : text.format("sync.keptAside", kept.path())));
        }
    }
}
