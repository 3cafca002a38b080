package dev.carnet.cli;

import dev.carnet.service.NoteService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Open a note (or a page) in your editor.",
            "The editor is $VISUAL, $EDITOR, else nano, else vi. It works on a copy in .carnet/editing/; the note is replaced only when the editor exits well with a whole file. Afterwards the front matter is checked; on a mistake you may reopen the editor."})
final class EditCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Mixin
    NoteArgument noteArgument;

    @Override
    public Integer call() {
        CliContext context = root.context();
        NoteService notes = root.notes();
        String path = notes.resolve(noteArgument.reference, context.workingDir());
        // Before the editor: a full-screen editor leaves the line on the terminal when it exits.
        SyncNotice.print(root, context.err());
        return new EditSession(context, notes, root.text()).edit(path);
    }
}
