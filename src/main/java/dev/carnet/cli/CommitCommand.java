package dev.carnet.cli;

import dev.carnet.service.CommitReport;
import dev.carnet.service.NoteService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "commit", mixinStandardHelpOptions = true,
        description = {"Record the changes of the blog in git.",
            "Commits notes, pages, static files, templates and carnet.yml (never public/ or .carnet/). Without -m, the message says what changed: \"Notes de juin 2024: edit; new: Notes de juillet 2024\". Never signs, runs no hooks."})
final class CommitCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Option(names = {"-m", "--message"}, paramLabel = "MSG", description = "The commit message.")
    String message;

    @Parameters(arity = "0..*", paramLabel = "NOTE", description = "Only these notes (a path, a month, a slug...).")
    List<String> notes = new ArrayList<>();

    @Override
    public Integer call() {
        CliContext context = root.context();
        List<String> paths = new ArrayList<>();
        if (!notes.isEmpty()) {
            NoteService service = root.notes();
            for (String note : notes) {
                paths.add(service.resolve(note, context.workingDir()));
            }
        }
        CommitReport result = root.blog().git().commit(message, paths);
        if (result.nothingToCommit()) {
            context.out().println(root.text().text("commit.nothing"));
            return CarnetCli.OK;
        }
        context.out().println(root.text().format("commit.done", result.shortId(), result.files()));
        if (result.lockNotice() != null) {
            context.err().println(root.text().format("notice", root.text().say(result.lockNotice())));
        }
        if (result.identityNotice() != null) {
            context.err().println(root.text().format("notice", root.text().say(result.identityNotice())));
        }
        return CarnetCli.OK;
    }
}
