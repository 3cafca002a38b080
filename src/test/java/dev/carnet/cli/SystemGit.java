package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The system's git, as a person would run it beside carnet: to check what carnet did, or to act from elsewhere. */
final class SystemGit {
    private SystemGit() {
    }

    /** Runs git in {@code workDir}; fails the test unless it exits 0. Returns its output, stripped. */
    static String run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "protocol.file.allow=always", "-c", "safe.directory=*"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", args) + ": " + output).isZero();
        return output.strip();
    }
}
