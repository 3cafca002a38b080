package dev.carnet.cli;

import dev.carnet.config.PublishSettings;
import dev.carnet.config.TransportSettings;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything a command may touch outside the blog: its streams, environment, working folder and
 * clock. Tests pass their own; {@link #system()} is the real process.
 *
 * @param interactive whether a person can answer a question on {@code in}
 */
public record CliContext(PrintWriter out, PrintWriter err, BufferedReader in, Map<String, String> env,
                         Path workingDir, Clock clock, boolean interactive) {

    public static CliContext system() {
        return new CliContext(
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.getenv(),
                Path.of("").toAbsolutePath(),
                Clock.systemDefaultZone(),
                System.console() != null);
    }

    /** How to reach remotes: the user's ~/.ssh and ~/.netrc, CARNET_GIT_TOKEN, and passphrases asked on the terminal. */
    public TransportSettings transport(boolean acceptNewHostKey) {
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
        Console console = interactive ? System.console() : null;
        Function<String, char[]> prompt = console == null ? null
                : text -> console.readPassword("%s: ", text.replaceAll("[\\p{Cntrl}]", ""));
        return new TransportSettings(home, acceptNewHostKey, env.get("CARNET_GIT_TOKEN"), prompt, PublishSettings.DEFAULT_TIMEOUT_SECONDS,
                interactive ? err : null);
    }

    public CliContext withWorkingDir(Path dir) {
        return new CliContext(out, err, in, env, dir, clock, interactive);
    }
}
