package dev.carnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * carnet's text UI in a real terminal for the crash suite: a tmux session of its own (on a tmux
 * server of the suite's, not the author's), so that
 * the suite can send keys, read the screen, kill the JVM, or close the terminal as a dropped SSH
 * connection does (tmux then sends SIGHUP). The JVM runs under a shell that writes down its exit status.
 */
final class CrashTerminal implements AutoCloseable {
    private static final String SERVER = "carnet-crash-" + ProcessHandle.current().pid();

    private final String session;
    private final Path exitFile;
    private final long pid;

    /** Starts {@code command} (carnet's JVM) in {@code blog}, with the environment variables {@code env} ("NAME=value"). */
    CrashTerminal(String session, Path blog, List<String> env, List<String> command) {
        this.session = session;
        this.exitFile = blog.resolveSibling(blog.getFileName() + "." + session + ".exit");
        String line = "cd " + quoted(blog.toString()) + " && " + String.join(" ", env) + " "
                + command.stream().map(CrashTerminal::quoted).collect(Collectors.joining(" ")) + "; echo $? > " + quoted(exitFile.toString());
        // The server stays up between trials: by default it exits with its last session, and a trial's new session
        // that came as it was exiting failed with "server exited unexpectedly" (CrashConsistencyIT, once in a verify).
        tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", line, ";", "set-option", "-g", "exit-empty", "off");
        long shell = Long.parseLong(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip());
        this.pid = javaUnder(shell);
    }

    /** The shell's child: carnet's JVM (the shell stays, to write down how carnet ended). */
    private static long javaUnder(long shell) {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            Optional<ProcessHandle> child = ProcessHandle.of(shell).flatMap(s -> s.children().findFirst());
            if (child.isPresent()) {
                return child.get().pid();
            }
            pause(10);
        }
        throw new AssertionError("carnet did not start in tmux");
    }

    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    String screen() {
        return tmux("capture-pane", "-p", "-t", session);
    }

    /** Waits (20 s at most) for {@code text} on the screen. */
    void waitFor(String text) {
        shows(text, 20_000);
        assertThat(screen()).as("the text UI's screen").contains(text);
    }

    /** Whether {@code text} comes on the screen within {@code millis}. */
    boolean shows(String text, long millis) {
        long until = System.currentTimeMillis() + millis;
        while (!screen().contains(text)) {
            if (System.currentTimeMillis() > until) {
                return false;
            }
            pause(20);
        }
        return true;
    }

    void keys(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    void kill(String signal) {
        if (signal.equals("HUP")) {
            tmux("kill-session", "-t", session); // the terminal goes away: tmux hangs up on the process
        } else {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        gone();
    }

    /**
     * Sends {@code key} and waits for carnet to end, answering {@code answer} to the dialog titled
     * {@code question} if it comes (the UI asks only once it knows something it must ask about).
     */
    void endWith(String key, String question, String... answer) {
        keys(key);
        long until = System.currentTimeMillis() + 20_000;
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.currentTimeMillis() < until) {
            // The session ends with carnet: a screen that can no longer be read is one that asks nothing.
            if (quietly("capture-pane", "-p", "-t", session).contains(question)) {
                keys(answer);
                return;
            }
            pause(20);
        }
    }

    /** Waits for carnet to end by itself and returns its exit status. */
    int exitStatus() {
        gone();
        long until = System.currentTimeMillis() + 10_000;
        while (!Files.exists(exitFile) && System.currentTimeMillis() < until) {
            pause(20);
        }
        try {
            return Integer.parseInt(Files.readString(exitFile).strip());
        } catch (IOException e) {
            throw new AssertionError("the text UI's shell wrote no exit status", e);
        }
    }

    private void gone() {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent()) {
            try {
                process.get().onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("carnet's text UI (pid " + pid + ") did not end; its screen:\n" + screen(), e);
            }
        }
    }

    /** Stops the suite's tmux server, kept up between trials; once, after the last. */
    static void stopServer() {
        run("kill-server"); // none to stop when no trial needed a terminal
    }

    @Override
    public void close() {
        run("kill-session", "-t", session); // already gone when carnet ended, or was hung up on
    }

    private static String tmux(String... args) {
        Ran ran = run(args);
        assertThat(ran.exit()).as("tmux " + String.join(" ", args) + "\n" + ran.out()).isZero();
        return ran.out();
    }

    /** What tmux printed, or nothing when it failed (a session that has just ended). */
    private static String quietly(String... args) {
        Ran ran = run(args);
        return ran.exit() == 0 ? ran.out() : "";
    }

    private record Ran(int exit, String out) {
    }

    private static Ran run(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", SERVER));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
            return new Ran(process.exitValue(), out);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
