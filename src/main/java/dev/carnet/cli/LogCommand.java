package dev.carnet.cli;

import dev.carnet.service.HistoryEntry;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Show the history of the blog, or of one note, newest first.",
            "A note's history follows its renames."})
final class LogCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    @ParentCommand
    CarnetCommand root;

    @Parameters(arity = "0..1", paramLabel = "NOTE", description = "A path, a month (2024-06), a slug or words of one.")
    String note;

    @Option(names = "-n", paramLabel = "N", defaultValue = "20", description = "At most N commits (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--patch", description = "Show what each commit changed.")
    boolean patch;

    @Override
    public Integer call() {
        CliContext context = root.context();
        String path = note == null ? null : root.notes().resolve(note, context.workingDir());
        List<HistoryEntry> entries = root.blog().git().log(path, max, patch);
        if (entries.isEmpty()) {
            context.out().println(root.text().text("log.none"));
        }
        for (HistoryEntry entry : entries) {
            String renamed = path != null && entry.path() != null && !entry.path().equals(path) ? root.text().format("log.as", entry.path()) : "";
            context.out().println(entry.shortId() + "  " + WHEN.format(entry.when()) + "  " + entry.author() + "  "
                    + entry.message().lines().findFirst().orElse("") + renamed);
            if (patch && entry.patch() != null) {
                context.out().print(entry.patch());
            }
        }
        return CarnetCli.OK;
    }
}
