package dev.carnet.cli;

import dev.carnet.service.RestoredVersion;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Bring back a note as it was in an earlier commit.",
            "carnet log NOTE lists the commits. The old version becomes a change you then commit: like WordPress revisions, history is never rewritten."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Mixin
    NoteArgument noteArgument;

    @Option(names = "--at", required = true, paramLabel = "REV", description = "The commit (its id or start of it, HEAD~1, ...).")
    String revision;

    @Override
    public Integer call() {
        CliContext context = root.context();
        String path = root.notes().resolve(noteArgument.reference, context.workingDir());
        RestoredVersion version = root.blog().git().restore(path, revision);
        String commit = version.commit().substring(0, 7);
        String when = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").format(version.when());
        context.out().println(version.path().equals(path) ? root.text().format("restore.done", path, commit, when)
                : root.text().format("restore.doneRenamed", path, commit, when, version.path()));
        context.out().println(root.text().format("restore.keep", path));
        return CarnetCli.OK;
    }
}
