package dev.carnet.cli;

import dev.carnet.service.GitService;
import java.util.Arrays;

/** The {@code carnet} program. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        GitService.atProgramStart();
        CliContext context = CliContext.system();
        // Process-wide, so here at the program's edge only (tests run the command line without it).
        Thread.setDefaultUncaughtExceptionHandler(new BackgroundFailures(context.err(), Arrays.asList(args).contains("--verbose"), context.env()));
        int code = CarnetCli.run(context, args);
        context.out().flush();
        context.err().flush();
        System.exit(code);
    }
}
