package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor works on a copy in .carnet/editing/: the note changes only when a whole file comes back. */
class EditingCopyTest {
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";
    private static final String COPY = ".carnet/editing/" + JUNE;

    @TempDir
    Path dir;
    @TempDir
    Path tools;
    String before;

    @BeforeEach
    void sampleBlog() {
        Fixtures.blog(dir);
        before = Fixtures.read(dir.resolve(JUNE));
    }

    private String editor(String script) throws IOException {
        Path file = tools.resolve("editor");
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file.toString();
    }

    @Test
    void theEditorGetsACopyAndTheNoteIsReplacedWhenItExits() throws IOException {
        String editor = editor("printf '%s\\n' \"$1\" > \"$(dirname \"$0\")/opened\"; printf 'Ajout.\\n' >> \"$1\"");
        var result = new CliRun(dir).env("EDITOR", editor).run("edit", "2024-06");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(tools.resolve("opened")).content().isEqualTo(dir.resolve(COPY) + "\n");
        assertThat(dir.resolve(JUNE)).content().isEqualTo(before + "Ajout.\n");
        assertThat(dir.resolve(COPY)).doesNotExist();
    }

    @Test
    void aFailingEditorLeavesTheNoteAndSaysWhereTheTextIs() throws IOException {
        var result = new CliRun(dir).env("EDITOR", editor("printf 'Mots précieux.\\n' >> \"$1\"; exit 3")).run("edit", "2024-06");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).endsWith("exited with status 3; " + JUNE + " is unchanged; your text is in " + COPY + ".unsaved\n");
        assertThat(dir.resolve(JUNE)).content().isEqualTo(before);
        assertThat(dir.resolve(COPY + ".unsaved")).content().endsWith("Mots précieux.\n");
    }

    @Test
    void aSaveCutShortAtABlockLeavesTheNoteAsItWas() throws IOException {
        String body = "Une longue ligne de texte pour remplir la note jusqu'à dix kilo-octets.\n".repeat(150);
        Fixtures.write(dir.resolve(JUNE), before + body);
        before = Fixtures.read(dir.resolve(JUNE));
        var result = new CliRun(dir).env("EDITOR", editor("head -c 8192 \"$1\" > \"$1.t\" && mv \"$1.t\" \"$1\"")).run("edit", "2024-06");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: the saved file looks cut short (8192 bytes instead of "
                + before.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + ", ending mid-line); " + JUNE
                + " is unchanged; your text is in " + COPY + ".unsaved\n");
        assertThat(dir.resolve(JUNE)).content().isEqualTo(before);
        assertThat(Files.size(dir.resolve(COPY + ".unsaved"))).isEqualTo(8192);
    }

    @Test
    void theAuthorMayStillTakeAShorterFileOnATerminal() throws IOException {
        String body = "ligne\n".repeat(2000);
        Fixtures.write(dir.resolve(JUNE), before + body);
        var result = new CliRun(dir).env("EDITOR", editor("head -c 4096 \"$1\" > \"$1.t\" && mv \"$1.t\" \"$1\" && printf x >> \"$1\" && truncate -s 4096 \"$1\""))
                .typing("y\n").run("edit", "2024-06");
        assertThat(result.err()).contains("Replace the note with it anyway? [y/N] ");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Files.size(dir.resolve(JUNE))).isEqualTo(4096);
    }

    @Test
    void aNoteChangedByAnotherProgramMeanwhileKeepsThatChange() throws IOException {
        String editor = editor("printf 'Mes mots.\\n' >> \"$1\"; printf 'Autre.\\n' >> '" + dir.resolve(JUNE) + "'");
        var result = new CliRun(dir).env("EDITOR", editor).run("edit", "2024-06");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: " + JUNE + " changed while the editor was open (another program wrote it);"
                + " it keeps that change; your text is in " + COPY + ".unsaved: merge the two by hand\n");
        assertThat(dir.resolve(JUNE)).content().isEqualTo(before + "Autre.\n");
        assertThat(dir.resolve(COPY + ".unsaved")).content().isEqualTo(before + "Mes mots.\n");
    }

    @Test
    void saysThatNanoOrVimLeftARecoveryFileAfterADroppedConnection() throws IOException {
        Fixtures.write(dir.resolve(COPY + ".save"), before + "Texte d'avant la coupure.\n");
        Fixtures.write(dir.resolve("notes/2024/.06-notes-de-juin-2024.md.swp"), "vim swap");
        var result = new CliRun(dir).env("EDITOR", editor("true")).run("edit", "2024-06");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("""
                carnet: nano left a recovery file from an edit that did not finish: %s.save (take back what you need from it, then delete it)
                carnet: vim left a recovery file from an edit that did not finish: notes/2024/.06-notes-de-juin-2024.md.swp (vim offers to recover it; delete it once you have your text back)
                """.formatted(COPY));
    }

    @Test
    void reopensTheTextOfAnEditThatDidNotFinish() throws IOException {
        Fixtures.write(dir.resolve(COPY), before + "Écrit avant la coupure.\n");
        Files.setLastModifiedTime(dir.resolve(JUNE), FileTime.from(Instant.parse("2024-06-01T00:00:00Z")));
        var result = new CliRun(dir).env("EDITOR", editor("printf 'Suite.\\n' >> \"$1\"")).run("edit", "2024-06");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("carnet: " + COPY + " holds your text from an edit that did not finish;"
                + " the editor opens it (" + JUNE + " changes only when you save and quit)\n");
        assertThat(dir.resolve(JUNE)).content().isEqualTo(before + "Écrit avant la coupure.\nSuite.\n");
    }

    @Test
    void editorLeftoversAreNeverListedAsNotes() {
        for (String leftover : new String[] {"06-notes-de-juin-2024.md.save", ".06-notes-de-juin-2024.md.swp",
                ".06-notes-de-juin-2024.md.123.tmp", ".#06-notes-de-juin-2024.md", "06-notes-de-juin-2024.md~", "#06-notes-de-juin-2024.md#"}) {
            Fixtures.write(dir.resolve("notes/2024/" + leftover), "---\ntitle: x\n");
        }
        Fixtures.write(dir.resolve("pages/.about.md.swp"), "x");
        Fixtures.write(dir.resolve("pages/.#about.md"), "x");
        var list = new CliRun(dir).run("list");
        assertThat(list.err()).isEmpty();
        assertThat(list.out().lines()).hasSize(4);
        assertThat(new CliRun(dir).run("build").err()).isEmpty();
    }
}
