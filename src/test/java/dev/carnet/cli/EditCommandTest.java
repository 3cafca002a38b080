package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** carnet edit with scripted editors standing in for the author. */
class EditCommandTest {
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @TempDir
    Path dir;
    @TempDir
    Path tools;

    @BeforeEach
    void sampleBlog() {
        Fixtures.blog(dir);
    }

    /** A shell script used as $EDITOR; it receives the note's path as "$1". */
    private String editor(String name, String script) throws IOException {
        Path file = tools.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file.toString();
    }

    @Test
    void runsTheEditorOnTheNoteAndAcceptsAGoodEdit() throws IOException {
        String appender = editor("append", "printf 'Une ligne ajoutée.\\n' >> \"$1\"");
        var result = new CliRun(dir).env("EDITOR", appender).run("edit", "2024-06");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(dir.resolve(JUNE)).content().endsWith("> — Quelqu'un\nUne ligne ajoutée.\n");
    }

    @Test
    void prefersVisualOverEditorAndPassesArguments() throws IOException {
        String marker = editor("marker", "printf '%s\\n' \"$1\" > \"$(dirname \"$0\")/opened\"");
        var result = new CliRun(dir).env("VISUAL", marker + " --wait").env("EDITOR", "false").run("edit", "juin");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(tools.resolve("opened")).content().isEqualTo("--wait\n");
    }

    @Test
    void keepsABrokenEditAndSaysHowToFixIt() throws IOException {
        String breaker = editor("break", "sed -i 's/^date: .*/date: demain/' \"$1\"");
        var result = new CliRun(dir).env("EDITOR", breaker).run("edit", JUNE);
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("""
                carnet: notes/2024/06-notes-de-juin-2024.md:4: date must look like 2024-07-01T09:30:00+02:00 or 2024-07-01, not 'demain'
                carnet: your text is saved in notes/2024/06-notes-de-juin-2024.md as you left it; fix it with: carnet edit notes/2024/06-notes-de-juin-2024.md
                """);
        assertThat(dir.resolve(JUNE)).content().contains("date: demain", "Juin a été riche en **ateliers**.");
    }

    @Test
    void offersToReopenTheEditorUntilTheNoteIsValid() throws IOException {
        // First run breaks the date, second run repairs it: the author answered "y" in between.
        String script = "count=$(dirname \"$0\")/count; n=$(cat \"$count\" 2>/dev/null || echo 0); n=$((n+1)); echo $n > \"$count\"\n"
                + "if [ $n = 1 ]; then sed -i 's/^date: .*/date: demain/' \"$1\"; "
                + "else sed -i 's/^date: .*/date: 2024-07-02T08:00:00+02:00/' \"$1\"; fi";
        var result = new CliRun(dir).env("EDITOR", editor("twice", script)).typing("y\n").run("edit", "2024-06");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).contains("not 'demain'", "Reopen the editor to fix it? [Y/n] ");
        assertThat(tools.resolve("count")).content().isEqualTo("2\n");
        assertThat(dir.resolve(JUNE)).content().contains("date: 2024-07-02T08:00:00+02:00");
    }

    @Test
    void canOpenABrokenNoteToRepairIt() throws IOException {
        Fixtures.write(dir.resolve("notes/2024/08-casse.md"), "---\ntitle: \"Cassée\"\n\nTexte précieux.\n");
        String fixer = editor("fix", "printf -- '---\\ntitle: \"Réparée\"\\ndate: 2024-09-01\\n---\\n\\nTexte précieux.\\n' > \"$1\"");
        var result = new CliRun(dir).env("EDITOR", fixer).run("edit", "casse");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(new CliRun(dir).run("list").out()).contains("Réparée");
    }

    @Test
    void refusesToStartATerminalEditorWithoutATerminal() throws IOException {
        editor("nano", "printf 'never\\n' >> \"$1\"");
        String before = Files.readString(dir.resolve(JUNE));
        var result = new CliRun(dir).env("PATH", tools.toString()).run("edit", "2024-06");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("carnet: no terminal for nano to edit " + JUNE
                + "; use 'ssh -t', or set EDITOR to an editor that needs no terminal\n");
        assertThat(dir.resolve(JUNE)).content().isEqualTo(before);
    }

    @Test
    void editsAPageToo() throws IOException {
        String appender = editor("append", "printf 'Contact : par courriel.\\n' >> \"$1\"");
        var result = new CliRun(dir).env("EDITOR", appender).run("edit", "pages/about.md");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(dir.resolve("pages/about.md")).content().endsWith("Contact : par courriel.\n");
    }

    @Test
    void reportsAFailingEditorWithoutTouchingTheNote() throws IOException {
        String before = Fixtures.read(dir.resolve(JUNE));
        var result = new CliRun(dir).env("EDITOR", editor("fail", "exit 3")).run("edit", "2024-06");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("carnet: the editor (").contains("exited with status 3");
        assertThat(dir.resolve(JUNE)).content().isEqualTo(before);
    }

    @Test
    void newOpensTheEditorOnTheNewNote() throws IOException {
        String writer = editor("write", "printf 'Premier atelier du mois.\\n' >> \"$1\"");
        var result = new CliRun(dir).env("EDITOR", writer).run("new");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("notes/2024/06-notes-de-juin-2024.md\n");
        assertThat(result.err()).isEqualTo("carnet: \"Notes de juin 2024\" already exists; opening it\n");
        var july = new CliRun(dir).env("EDITOR", writer).run("new", "--month", "2024-07");
        assertThat(dir.resolve("notes/2024/07-notes-de-juillet-2024.md")).content().endsWith("---\n\nPremier atelier du mois.\n");
        assertThat(july.exit()).isZero();
    }
}
