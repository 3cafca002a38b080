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

    /**
     * The command of that name or alias. The class named after it ({@code tags} is
     * {@code TagsCommand}) is asked first: reading a class's annotations builds them, and
     * reading all twenty-one to find one took 37 ms of every run.
     */
    private static Optional<Class<?>> byName(String name) {
        String expected = name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Command";
        for (Class<?> command : CarnetCommand.COMMANDS) {
            if (command.getSimpleName().equals(expected) && names(command, name)) {
                return Optional.of(command);
            }
        }
        for (Class<?> command : CarnetCommand.COMMANDS) {
            if (names(command, name)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    private static boolean names(Class<?> command, String name) {
        Command annotation = command.getAnnotation(Command.class);
        if (annotation == null || annotation.name().equals("help")) {
            return false; // help lists every command
        }
        return annotation.name().equals(name) || List.of(annotation.aliases()).contains(name);
    }
}
