package dev.carnet.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * Which of carnet's commands a command line runs, read before picocli sees it: picocli builds the
 * model of every command it is given, by reflection, and building all twenty-one was 0.3 s of
 * every run on two cores (most of {@code carnet --version}). The command named is the only one
 * given; without one (the text UI, {@code --help}, {@code help}, a misspelt name that earns
 * suggestions) all are.
 */
final class CommandChoice {
    private CommandChoice() {
    }

    /** The commands to give picocli for {@code args}. */
    static List<Class<?>> of(String... args) {
        Optional<Class<?>> named = named(args);
        return named.isPresent() ? List.of(named.get()) : CarnetCommand.COMMANDS;
    }

    private static Optional<Class<?>> named(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-C")) {
                i++; // its folder
            } else if (arg.equals("--verbose") || arg.startsWith("-C")) {
                continue; // -CDIR, -C=DIR
            } else if (arg.startsWith("-")) {
                return Optional.empty(); // --help, --version, "--", or a mistake picocli must explain
            } else {
                return byName(arg);
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> byName(String name) {
        for (Class<?> command : CarnetCommand.COMMANDS) {
            Command annotation = command.getAnnotation(Command.class);
            if (annotation == null || annotation.name().equals("help")) {
                continue; // help lists every command
            }
            if (annotation.name().equals(name) || List.of(annotation.aliases()).contains(name)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}
