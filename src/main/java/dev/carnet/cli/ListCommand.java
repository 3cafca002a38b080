package dev.carnet.cli;

import dev.carnet.model.Note;
import dev.carnet.model.Notebook;
import dev.carnet.service.NoteFilter;
import dev.carnet.service.NoteService;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the notes, newest first.",
            "Date, title, tags, and [draft] for drafts. Notes that cannot be read are skipped and named on stderr."})
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Option(names = "--tag", paramLabel = "T", description = "Only notes with this tag (accents and case ignored).")
    String tag;

    @Option(names = "--year", paramLabel = "YYYY", description = "Only notes about this year.")
    Integer year;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = YearMonthConverter.class, description = "Only notes about this month.")
    YearMonth month;

    @ArgGroup(exclusive = true)
    State state;

    static final class State {
        @Option(names = "--drafts", description = "Only drafts.")
        boolean drafts;

        @Option(names = "--published", description = "Only notes that are not drafts.")
        boolean published;
    }

    @Option(names = "--json", description = "Print JSON (one array of notes) for scripts.")
    boolean json;

    @Override
    public Integer call() {
        CliContext context = root.context();
        NoteService notes = root.notes();
        Boolean draft = state == null ? null : state.drafts ? Boolean.TRUE : Boolean.FALSE;
        List<Note> selected = notes.list(new NoteFilter(tag, year, month, draft));
        Notebook notebook = notes.notebook();
        if (json) {
            context.out().println(NoteJson.array(selected));
        } else if (selected.isEmpty()) {
            context.out().println(root.text().text(notebook.notes().isEmpty() ? "list.none" : "list.noMatch"));
        } else {
            new NoteTable(selected, root.text()).print(context.out());
        }
        SkippedNotes.report(notebook, context.err(), root.text());
        return CarnetCli.OK;
    }
}
