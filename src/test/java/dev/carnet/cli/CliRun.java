package dev.carnet.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Runs carnet through picocli in-process, with its own streams, environment and a fixed clock. */
final class CliRun {
    /** 15 June 2024, noon in Paris. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T10:00:00Z"), ZoneId.of("Europe/Paris"));

    private final Path workingDir;
    /** CARNET_LANG=en: the test blogs are French, and most tests read carnet's English; {@link #without} takes it away. */
    private final Map<String, String> env = new HashMap<>(Map.of("PATH", System.getenv("PATH"), "HOME", "/nonexistent",
            "CARNET_LANG", "en"));
    private String input = "";
    private boolean interactive;
    private Clock clock = CLOCK;

    CliRun(Path workingDir) {
        this.workingDir = workingDir;
    }

    CliRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Runs at another moment than {@link #CLOCK}. */
    CliRun at(Clock moment) {
        this.clock = moment;
        return this;
    }

    CliRun without(String name) {
        env.remove(name);
        return this;
    }

    /** Answers to questions, as a person would type them. */
    CliRun typing(String text) {
        this.input = text;
        this.interactive = true;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
                new BufferedReader(new StringReader(input)), env, workingDir, clock, interactive);
        int exit = CarnetCli.run(context, args);
        return new Result(exit, out.toString(), err.toString());
    }

    record Result(int exit, String out, String err) {
    }
}
