package dev.carnet.cli;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.service.NoteService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "tags", mixinStandardHelpOptions = true,
        description = "List every tag with its number of notes, most used first.",
        subcommands = TagsCommand.Rename.class)
final class TagsCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Override
    public Integer call() {
        CliContext context = root.context();
        NoteService notes = root.notes();
        Map<String, Integer> counts = notes.tagCounts();
        if (counts.isEmpty()) {
            context.out().println(root.text().text("tags.none"));
        }
        int width = counts.values().stream().mapToInt(c -> Integer.toString(c).length()).max().orElse(1);
        counts.forEach((tag, count) -> context.out().println(String.format("%" + width + "d  %s", count, tag)));
        SkippedNotes.report(notes.notebook(), context.err(), root.text());
        return CarnetCli.OK;
    }

    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = {"Rename a tag in every note that has it (one atomic write per note).",
                "If a note already has NEW, the two become one."})
    static final class Rename implements Callable<Integer> {
        @ParentCommand
        TagsCommand tags;

        @Parameters(index = "0", paramLabel = "OLD")
        String oldTag;

        @Parameters(index = "1", paramLabel = "NEW")
        String newTag;

        @Override
        public Integer call() {
            CliContext context = tags.root.context();
            NoteService notes = tags.root.notes();
            List<String> changed = notes.renameTag(oldTag, newTag);
            if (changed.isEmpty()) {
                // The same rename run again (a first run cut off after its last note): done already, not a mistake.
                Integer renamed = notes.tagCounts().get(newTag);
                if (renamed == null) {
                    throw new CarnetException(Phrase.of("tags.noSuchTag", oldTag));
                }
                context.out().println(tags.root.text().format("tags.alreadyRenamed", oldTag, newTag, renamed));
                return CarnetCli.OK;
            }
            context.out().println(tags.root.text().format("tags.renamed", oldTag, newTag, changed.size()));
            SyncNotice.print(tags.root, context.err());
            return CarnetCli.OK;
        }
    }
}
