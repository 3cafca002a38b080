package dev.carnet.cli;

import dev.carnet.model.Plural;
import dev.carnet.service.SyncReport;
import dev.carnet.service.SyncService;
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
        switch (result.outcome()) {
            case UP_TO_DATE -> out.println("Already in sync with the remote.");
            case FAST_FORWARD -> out.println("Pulled " + Plural.count(result.pulled(), "commit") + " from the remote.");
            case PUSHED_ONLY -> out.println("Pushed your commits to the remote.");
            case REBASED -> out.println("Pulled " + Plural.count(result.pulled(), "commit") + " and replayed your " + Plural.count(result.replayed(), "commit")
                    + " on top; pushed " + branch + ".");
            case CONTINUED -> {
                out.println(result.dropped() == 0 ? "Sync finished: the conflict is resolved and " + branch + " is pushed."
                        : "Sync finished: you kept the remote's version, so " + Plural.count(result.dropped(), "replayed commit")
                                + (result.dropped() == 1 ? " was" : " were") + " left empty and dropped (as git rebase does); " + branch + " is level with the remote.");
                kept(out, result);
            }
            case ABORTED -> {
                out.println("Sync abandoned: " + branch + " is back where it was before the sync (the .mine copies stay; delete them when done).");
                kept(out, result);
            }
            case CONFLICT -> {
                PrintWriter err = context.err();
                err.println("carnet: sync stopped: both you and the remote changed " + String.join(", ", result.conflicts()) + ".");
                for (String path : result.conflicts()) {
                    err.println("  " + path + " now holds both versions between <<<<<<< and >>>>>>> lines;"
                            + " your own version is also in " + path + ".mine");
                }
                err.println("  1. Edit the note: keep the text you want and remove the marker lines.");
                err.println("  2. Run: carnet sync --continue");
                err.println("  To go back to before the sync instead: carnet sync --abort");
                err.println("  Your commits are safe (also saved as refs/carnet/before-sync).");
                kept(out, result);
                return CarnetCli.USER_ERROR;
            }
            default -> throw new IllegalStateException(result.outcome().toString());
        }
        return CarnetCli.OK;
    }

    /** Where the edits made while the sync was stopped are now: nothing the author wrote is lost silently. */
    private static void kept(PrintWriter out, SyncReport result) {
        if (result.kept().isEmpty()) {
            return;
        }
        out.println("What you changed while the sync was stopped is kept:");
        int width = result.kept().stream().mapToInt(k -> k.copy().length()).max().orElse(0);
        for (SyncReport.Kept kept : result.kept()) {
            out.println("  " + String.format("%-" + width + "s", kept.copy()) + "  " + (kept.inPlace()
                    ? "in place, a change not committed yet"
                    : "your text of " + kept.path() + ", set aside: that file now holds another version; take what you need from it"));
        }
    }
}
