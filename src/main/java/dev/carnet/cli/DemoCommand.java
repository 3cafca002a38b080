package dev.carnet.cli;

import dev.carnet.model.Note;
import dev.carnet.service.DemoBlog;
import dev.carnet.service.NoteFilter;
import dev.carnet.service.NoteService;
import dev.carnet.service.RemoteWork;
import dev.carnet.service.Wording;
import dev.carnet.tui.TextUi;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Make (or reuse) a demo blog and show it.",
            "French monthly notes over two years, committed in git: a good place to try every command."})
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the demo blog lives (default: ~/carnet-demo).")
    Path dir;

    @Override
    public Integer call() {
        CliContext context = root.context();
        // Chosen before the demo blog is made or found: the environment speaks, as for carnet init.
        Wording text = root.text();
        Path target = dir != null ? context.workingDir().resolve(dir).normalize()
                : Path.of(context.env().getOrDefault("HOME", System.getProperty("user.home")), "carnet-demo");
        DemoBlog.Result demo = new DemoBlog().open(target);
        NoteService notes = demo.services().notes(context.clock());
        List<Note> all = notes.list(NoteFilter.ALL);
        context.out().println(text.format(demo.created() ? "demo.created" : "demo.using", target));
        context.out().println();
        new NoteTable(all, text).print(context.out());
        context.out().println();
        context.out().println(text.format("demo.try", target));
        SkippedNotes.report(notes.notebook(), context.err(), text);
        if (context.interactive() && !"dumb".equals(context.env().get("TERM"))) {
            // On a terminal the demo opens in the text UI; the list above stays in the scrollback.
            context.out().flush();
            TextUi.run(notes, context.env(), System.in, System.out,
                    new RemoteWork(context.transport(false).withPrompt(null)), context.clock());
        }
        return CarnetCli.OK;
    }
}
