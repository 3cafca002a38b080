package dev.carnet.cli;

import dev.carnet.error.CarnetException;
import dev.carnet.error.UsageException;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** Builds the command line and maps every outcome to an exit code, in this one place. */
public final class CarnetCli {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE_ERROR = 2;
    /** A failure carnet did not foresee: a bug to report (70 is EX_SOFTWARE of sysexits.h). */
    public static final int INTERNAL_ERROR = 70;

    private CarnetCli() {
    }

    public static int run(CliContext context, String... args) {
        return commandLine(context, CommandChoice.of(args)).execute(args);
    }

    /** The whole command line, every command in it. */
    public static CommandLine commandLine(CliContext context) {
        return commandLine(context, CarnetCommand.COMMANDS);
    }

    private static CommandLine commandLine(CliContext context, List<Class<?>> commands) {
        CarnetCommand root = new CarnetCommand(context);
        CommandLine cli = new CommandLine(root);
        commands.forEach(cli::addSubcommand);
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = root.verbose() || Arrays.asList(parseResult.originalArgs().toArray()).contains("--verbose");
            if (verbose) {
                e.printStackTrace(context.err());
            }
            if (e instanceof CarnetException carnet) {
                context.err().println("carnet: " + root.text().say(carnet));
                return carnet instanceof UsageException ? USAGE_ERROR : USER_ERROR;
            }
            context.err().println("carnet: " + root.text().format(verbose ? "cli.bugTraceAbove" : "cli.bug", e.toString()));
            return INTERNAL_ERROR;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            context.err().println("carnet: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, context.err());
            context.err().println(root.text().format("cli.tryHelp", failed.getCommandSpec().qualifiedName()));
            return USAGE_ERROR;
        });
        CommandLine tag = cli.getSubcommands().get("tag");
        if (tag != null) {
            tag.setUnmatchedOptionsArePositionalParams(true);
        }
        HelpText.install(cli);
        return cli;
    }
}
