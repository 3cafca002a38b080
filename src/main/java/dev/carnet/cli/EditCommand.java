package dev.carnet.cli;

import dev.carnet.service.NoteService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Open a note (or a page) in $VISUAL, $EDITOR, else nano, else vi.",
            "Afterwards the front matter is checked; on a mistake you may reopen the editor.",
            "Your text is always kept as the editor saved it."})
final class EditCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Parameters(paramLabel = "NOTE", description = "A path, a month (2024-06), a slug or the start of one.")
    String reference;

    @Override
    public Integer call() {
        CliContext context = root.context();
        NoteService notes = root.notes();
        return new EditSession(context, notes).edit(notes.resolve(reference, context.workingDir()));
    }
}
