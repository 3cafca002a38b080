package dev.carnet.cli;

import dev.carnet.error.CarnetException;
import dev.carnet.error.UsageException;
import dev.carnet.service.RemoteWork;
import dev.carnet.tui.TextUi;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "tui", mixinStandardHelpOptions = true,
        description = {"Open the full-screen text UI.",
            "Also what 'carnet' alone opens: notes by year and month, incremental search (/), preview. Needs a terminal (ssh -t over SSH)."})
final class TuiCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Override
    public Integer call() {
        return open(root);
    }

    static int open(CarnetCommand root) {
        CliContext context = root.context();
        if (!context.interactive()) {
            throw new UsageException(TextUi.NO_TERMINAL);
        }
        var notes = root.notes();
        try {
            // Passphrases are asked in the UI itself (a masked field), never on the raw terminal.
            TextUi.run(notes, context.env(), System.in, System.out, new RemoteWork(context.transport(false).withPrompt(null)), context.clock());
        } catch (CarnetException e) {
            if (e.problem().equals(TextUi.NO_TERMINAL)) {
                throw new UsageException(TextUi.NO_TERMINAL);
            }
            throw e;
        }
        return CarnetCli.OK;
    }
}
