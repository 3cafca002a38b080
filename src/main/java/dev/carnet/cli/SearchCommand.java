package dev.carnet.cli;

import dev.carnet.model.TextWidth;
import dev.carnet.service.NoteService;
import dev.carnet.service.SearchHit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find the notes whose title, tags or text hold every word of QUERY.",
            "Case and accents are ignored: 'mediation' finds 'Médiation'."})
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "One or more words.")
    List<String> words;

    @Option(names = "--tag", paramLabel = "T", description = "Only notes with this tag.")
    String tag;

    @Override
    public Integer call() {
        CliContext context = root.context();
        NoteService notes = root.notes();
        String query = String.join(" ", words);
        List<SearchHit> hits = notes.search(query, tag);
        if (hits.isEmpty()) {
            context.out().println(root.text().format("search.none", query));
        }
        for (SearchHit hit : hits) {
            var note = hit.note();
            String heading = note.path() + "  " + note.title() + " (" + note.meta().date().toLocalDate() + ")";
            context.out().println(note.isDraft() ? root.text().format("table.draft", heading) : heading);
            for (SearchHit.MatchedLine line : hit.lines()) {
                context.out().println(String.format("  %4d: %s", line.number(), shorten(line.text())));
            }
        }
        SkippedNotes.report(notes.notebook(), context.err(), root.text());
        return CarnetCli.OK;
    }

    private static String shorten(String text) {
        return TextWidth.fit(text, 110);
    }
}
