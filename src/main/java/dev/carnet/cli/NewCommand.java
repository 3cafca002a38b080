package dev.carnet.cli;

import dev.carnet.service.NewNote;
import dev.carnet.service.NoteService;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Create the month's note and open it in your editor.",
            "The note is a draft dated now. If it already exists, it is opened instead. Prints the note's path. The title defaults to the month's, e.g. \"Notes de juin 2024\" (notes.monthlyTitle)."})
final class NewCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = YearMonthConverter.class,
            description = "The month the note is about (default: this month).")
    YearMonth month;

    @Option(names = "--title", paramLabel = "T", description = "Title (default: the month's title).")
    String title;

    @Option(names = "--tag", paramLabel = "T", description = "A tag; repeat for more.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--no-edit", description = "Create the note without opening the editor.")
    boolean noEdit;

    @Override
    public Integer call() {
        CliContext context = root.context();
        NoteService notes = root.notes();
        NewNote note = notes.newNote(month, title, tags);
        String shown = Paths.display(context.workingDir(), root.blog().resolve(note.path()));
        context.out().println(shown);
        if (!note.created()) {
            context.err().println("carnet: " + (noEdit ? root.text().format("new.existsLeft", note.title(), shown)
                    : root.text().format("new.existsOpening", note.title())));
        }
        SyncNotice.print(root, context.err());
        context.out().flush();
        return noEdit ? CarnetCli.OK : new EditSession(context, notes, root.text()).edit(note.path());
    }
}
