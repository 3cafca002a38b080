package dev.carnet.cli;

import dev.carnet.error.Phrase;
import dev.carnet.error.UsageException;
import dev.carnet.service.NoteService;
import dev.carnet.service.TagChange;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Add (+tag or tag) and remove (-tag) tags of a note.",
            "Only the front matter's tags line is rewritten; the text is untouched.",
            "Example: carnet tag 2024-06 +formation -brouillon \"+médiation numérique\""})
final class TagCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Mixin
    NoteArgument noteArgument;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "[+|-]TAG", description = "+tag or tag adds it, -tag removes it.")
    List<String> changes;

    @Override
    public Integer call() {
        CliContext context = root.context();
        List<String> add = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        for (String change : changes) {
            if (change.startsWith("-")) {
                remove.add(change.substring(1));
            } else {
                add.add(change.startsWith("+") ? change.substring(1) : change);
            }
        }
        if (add.stream().anyMatch(String::isBlank) || remove.stream().anyMatch(String::isBlank)) {
            throw new UsageException(Phrase.of("tag.emptyChange"));
        }
        NoteService notes = root.notes();
        TagChange change = notes.tag(notes.resolve(noteArgument.reference, context.workingDir()), add, remove);
        String tags = change.after().isEmpty() ? root.text().text("tag.none") : String.join(", ", change.after());
        context.out().println(root.text().format(change.changed() ? "tag.changed" : "tag.unchanged", change.path(), tags));
        SyncNotice.print(root, context.err());
        return CarnetCli.OK;
    }
}
