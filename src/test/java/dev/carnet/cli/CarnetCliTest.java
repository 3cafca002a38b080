package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CarnetCliTest {
    @TempDir
    Path dir;

    @Test
    void printsItsVersion() {
        var result = new CliRun(dir).run("--version");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("carnet ").contains("Java 17".substring(0, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "new", "list", "show", "edit", "tag", "tags", "search", "build", "check", "status", "commit", "log", "restore", "sync", "publish", "remote", "tui", "demo"})
    void everyCommandHasHelp(String command) {
        var result = new CliRun(dir).run(command, "--help");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Usage: carnet " + command).contains("-h, --help");
        assertThat(new CliRun(dir).run("help", command).out()).isEqualTo(result.out());
    }

    @Test
    void opensTheTextUiWithoutACommandAndSaysWhenThereIsNoTerminal() {
        Fixtures.blog(dir);
        var result = new CliRun(dir).run();
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("carnet: no terminal; use 'ssh -t' or a carnet command such as 'carnet list'\n");
        assertThat(new CliRun(dir).run("help").out()).contains("Commands:", "init", "new", "search", "tui", "carnet demo");
    }

    @Test
    void answersAnUnknownCommandWithExitCodeTwo() {
        var result = new CliRun(dir).run("publier");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("carnet: Unmatched argument at index 0: 'publier'");
    }

    @Test
    void showsAUserErrorAsOneLineWithoutStackTrace() {
        var result = new CliRun(dir).run("list");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).doesNotContain("at dev.carnet");
    }

    @Test
    void showsTheStackTraceWithVerbose() {
        var result = new CliRun(dir).run("--verbose", "list");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("at dev.carnet.store.Blog.find");
    }
}
