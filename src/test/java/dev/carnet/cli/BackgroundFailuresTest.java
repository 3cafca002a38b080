package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A library's thread dying (JGit's JGit-Receive-Pack) says one line, not a stack trace, unless --verbose. */
class BackgroundFailuresTest {
    private static String dieIn(String name, boolean verbose, Map<String, String> env) throws InterruptedException {
        StringWriter out = new StringWriter();
        Thread thread = new Thread(() -> {
            throw new IllegalStateException("remote vanished");
        }, name);
        thread.setUncaughtExceptionHandler(new BackgroundFailures(new PrintWriter(out), verbose, env));
        thread.start();
        thread.join();
        return out.toString();
    }

    @Test
    void aLibraryThreadThatDiesSaysOneLine() throws InterruptedException {
        String said = dieIn("JGit-Receive-Pack", false, Map.of("LANG", "C"));
        assertThat(said.lines()).containsExactly(
                "carnet: a background task (JGit-Receive-Pack) stopped: java.lang.IllegalStateException: remote vanished (--verbose shows its trace)");
    }

    @Test
    void withVerboseTheTraceComesFirst() throws InterruptedException {
        String said = dieIn("JGit-Receive-Pack", true, Map.of("LANG", "C"));
        assertThat(said).contains("\tat dev.carnet.cli.BackgroundFailuresTest");
        assertThat(said.lines().reduce((a, b) -> b).orElseThrow()).endsWith("(its trace is above)");
    }

    @Test
    void inFrench() throws InterruptedException {
        String said = dieIn("JGit-Receive-Pack", false, Map.of("LANG", "fr_FR.UTF-8"));
        assertThat(said).startsWith("carnet: une tâche de fond (JGit-Receive-Pack) s’est arrêtée\u00a0: ");
    }
}
