package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carnet build} as the author runs it again and again: it says how little it wrote; --clean writes it all. */
class IncrementalBuildCommandTest {
    @TempDir
    Path blog;

    @BeforeEach
    void blogBuiltOnce() throws IOException {
        Fixtures.copy("site-blog", blog);
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> walk = Files.walk(blog)) {
            for (Path p : walk.toList()) {
                Files.setLastModifiedTime(p, hourAgo);
            }
        }
        var first = new CliRun(blog).run("build", "--timings");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("  (1[5-9]|2[0-9]) files written");
    }

    @Test
    void aSecondBuildWritesNothingAndSaysTheSameSite() {
        var again = new CliRun(blog).run("build", "--timings");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("Built 2 notes and 1 page").contains("  0 files written").contains("up-to-date");
    }

    @Test
    void anEditedNoteWritesAFewFilesAndCleanWritesThemAll() {
        Path may = blog.resolve("notes/2024/05-notes-de-mai-2024.md");
        Fixtures.write(may, Fixtures.read(may).replace("Texte de mai", "Texte de fin mai"));
        var edited = new CliRun(blog).run("build", "--timings");
        assertThat(edited.exit()).as(edited.err()).isZero();
        assertThat(edited.out()).containsPattern("  [1-9] files written");
        assertThat(Fixtures.read(blog.resolve("public/2024/06/notes-de-mai-2024/index.html"))).contains("Texte de fin mai");
        var clean = new CliRun(blog).run("build", "--clean", "--timings");
        assertThat(clean.out()).containsPattern("  (1[5-9]|2[0-9]) files written");
    }

    @Test
    void helpSaysWhatIsKeptAndHowToBuildEverything() {
        var help = new CliRun(blog).run("build", "--help");
        assertThat(help.out()).contains("--clean").contains(".carnet/build/");
    }
}
