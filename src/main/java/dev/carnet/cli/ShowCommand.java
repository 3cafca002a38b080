package dev.carnet.cli;

import dev.carnet.model.HumanDate;
import dev.carnet.model.Note;
import dev.carnet.service.NoteService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a note: its title, file, date and tags, then its Markdown.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Mixin
    NoteArgument noteArgument;

    @Option(names = "--json", description = "Print JSON (the note's fields and its readers' comments) for scripts.")
    boolean json;

    @Override
    public Integer call() {
        CliContext context = root.context();
        NoteService notes = root.notes();
        Note note = notes.read(notes.resolve(noteArgument.reference, context.workingDir()));
        if (json) {
            context.out().println(NoteJson.withComments(note, notes.comments(note)));
            return CarnetCli.OK;
        }
        List<String> facts = new ArrayList<>();
        facts.add(note.path());
        facts.add(HumanDate.format(note.meta().date().toLocalDate(), root.blog().language()));
        if (!note.meta().tags().isEmpty()) {
            facts.add(String.join(", ", note.meta().tags()));
        }
        if (note.isDraft()) {
            facts.add(root.text().text("show.draft"));
        }
        context.out().println(note.title());
        context.out().println(String.join(" · ", facts));
        context.out().println();
        context.out().print(note.body().startsWith("\n") ? note.body().substring(1) : note.body());
        if (!note.body().endsWith("\n")) {
            context.out().println();
        }
        return CarnetCli.OK;
    }
}
