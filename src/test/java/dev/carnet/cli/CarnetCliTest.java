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
        // The version Maven stamped into the build, then the Java it runs on.
        assertThat(result.out()).matches("carnet \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\RJava \\d+[.\\d]* \\(.+\\)\\R");
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "new", "list", "show", "edit", "tag", "tags", "search", "build", "check", "status", "commit", "log", "restore", "sync", "publish", "remote", "tui", "demo", "import", "serve"})
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

    @ParameterizedTest
    @ValueSource(strings = {"list", "build", "status", "log"})
    void acceptsVerboseAfterTheCommandToo(String command) {
        var result = new CliRun(dir).run(command, "--verbose");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("at dev.carnet.store.Blog.find").doesNotContain("Unknown option");
        var sync = new CliRun(dir).run("sync", "--continue", "--verbose");
        assertThat(sync.err()).doesNotContain("Unknown option").contains("at dev.carnet.store.Blog.find");
    }

    @Test
    void onlyTheCommandNamedIsBuiltYetHelpAndSuggestionsKnowThemAll() {
        assertThat(CommandChoice.of("-C", "blog", "--verbose", "tags", "rename", "a", "b")).containsExactly(TagsCommand.class);
        assertThat(CommandChoice.of("-Cblog", "build")).containsExactly(BuildCommand.class);
        assertThat(CommandChoice.of()).isEqualTo(CarnetCommand.COMMANDS);
        assertThat(CommandChoice.of("--help")).isEqualTo(CarnetCommand.COMMANDS);
        assertThat(CommandChoice.of("help", "build")).isEqualTo(CarnetCommand.COMMANDS);

        var misspelt = new CliRun(dir).run("biuld");
        assertThat(misspelt.exit()).isEqualTo(CarnetCli.USAGE_ERROR);
        assertThat(misspelt.err()).contains("build");
        assertThat(new CliRun(dir).run("help", "publish").out()).startsWith("Usage: carnet publish");
        assertThat(new CliRun(dir).run("-C", ".", "tag", "--help").out()).startsWith("Usage: carnet tag");
    }

    @Test
    void everyCommandIsChosenByTheNameItsAnnotationGives() {
        for (Class<?> command : CarnetCommand.COMMANDS) {
            picocli.CommandLine.Command annotation = command.getAnnotation(picocli.CommandLine.Command.class);
            if (!annotation.name().equals("help")) {
                assertThat(CommandChoice.of("-C", "blog", annotation.name())).as(annotation.name()).containsExactly(command);
                for (String alias : annotation.aliases()) {
                    assertThat(CommandChoice.of(alias)).as(alias).containsExactly(command);
                }
            }
        }
        assertThat(CommandChoice.of("Build")).as("a name in another case is not a command").isEqualTo(CarnetCommand.COMMANDS);
    }

    @Test
    void eachCommandIsSummedUpInAWholeSentence() {
        String help = new CliRun(dir).run("--help").out();
        String commands = help.substring(help.indexOf("Commands:") + "Commands:".length(), help.indexOf("Without a command"));
        java.util.List<String> summaries = new java.util.ArrayList<>();
        for (String line : commands.stripTrailing().replaceFirst("^\\R+", "").split("\\R")) {
            if (line.matches("  \\S.*")) {
                summaries.add(line.strip().replaceFirst("^\\S+\\s+", ""));
            } else {
                summaries.set(summaries.size() - 1, summaries.get(summaries.size() - 1) + " " + line.strip());
            }
        }
        assertThat(summaries).hasSize(22).allSatisfy(s -> assertThat(s).matches("[A-Z].*\\.").doesNotContain(" . "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "new", "list", "show", "edit", "tag", "tags", "search", "build", "check", "status", "commit", "log", "restore", "sync", "publish", "remote", "tui", "demo", "import", "serve"})
    void helpWrapsAtSpacesWithinEightyColumns(String command) {
        String help = new CliRun(dir).run("help", command).out();
        assertThat(help.lines()).allSatisfy(line -> assertThat(line)
                .hasSizeLessThanOrEqualTo(80)
                .doesNotMatch(".*(\\s|\\(|~/)\\.$"));
    }

    @picocli.CommandLine.Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void aCrashHasItsOwnExitCodeAndAsksToBeReported() {
        java.io.StringWriter err = new java.io.StringWriter();
        CliContext context = new CliContext(new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(err, true),
                new java.io.BufferedReader(new java.io.StringReader("")), java.util.Map.of(), dir, CliRun.CLOCK, false);
        picocli.CommandLine cli = CarnetCli.commandLine(context);
        cli.addSubcommand("boom", new Boom());
        assertThat(cli.execute("boom")).isEqualTo(70);
        assertThat(err.toString()).isEqualTo("carnet: unexpected error: java.lang.IllegalStateException: a bug; this is a bug in carnet,"
                + " please report it with the trace that --verbose prints\n");
    }
}
