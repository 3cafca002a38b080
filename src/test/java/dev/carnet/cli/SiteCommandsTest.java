package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** carnet build and carnet check as a person runs them (the clock is 15 June 2024). */
class SiteCommandsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void sampleBlog() {
        Fixtures.copy("site-blog", dir);
    }

    @Test
    void buildSaysWhatItDidAndWhere() {
        var result = new CliRun(dir).run("build");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).matches("Built 2 notes and 1 page: 11 HTML pages, 5 feeds, 4 other files, 2 static files in public \\(\\d+\\.\\d\\d s\\)\n");
        assertThat(dir.resolve("public/index.html")).exists();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void buildWithDraftsIntoAnotherFolder() {
        var result = new CliRun(dir).run("build", "--drafts", "--future", "-o", "preview");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(dir.resolve("preview/2024/08/brouillon/index.html")).exists();
        assertThat(dir.resolve("preview/2030/01/futur/index.html")).exists();
    }

    @Test
    void buildPrintsWarningsOnStderr() {
        Fixtures.write(dir.resolve("notes/2024/03-images.md"),
                "---\ntitle: \"Images\"\ndate: 2024-04-01T10:00:00+02:00\n---\n\n![Absente](images/absente.jpg)\n");
        var result = new CliRun(dir).run("build");
        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEqualTo("warning: notes/2024/03-images.md:6: image images/absente.jpg not found (expected static/images/absente.jpg)\n");
    }

    @Test
    void buildShowsTheFirstTwentyWarningsThenACount() {
        for (int i = 0; i < 25; i++) {
            Fixtures.write(dir.resolve(String.format("notes/2024/03-images-%02d.md", i)),
                    "---\ntitle: \"Images " + i + "\"\ndate: 2024-04-01T10:00:00+02:00\n---\n\n![Absente](images/absente.jpg)\n");
        }
        var result = new CliRun(dir).run("build");
        assertThat(result.exit()).isZero();
        assertThat(result.err().lines()).hasSize(21);
        assertThat(result.err()).endsWith("warning: … and 5 more (carnet check lists them all)\n");
    }

    @Test
    void checkFailsOnErrorsAndNamesThem() {
        assertThat(new CliRun(dir).run("check").out()).isEqualTo("check: everything is fine\n");
        Fixtures.write(dir.resolve("notes/2024/03-liens.md"),
                "---\ntitle: \"Liens\"\ndate: 2024-04-01T10:00:00+02:00\n---\n\n[absente](02-absente.md)\n");
        var result = new CliRun(dir).run("check");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("""
                error: notes/2024/03-liens.md:6: link to 02-absente.md: no such note or page
                check: 1 error, 0 warnings
                """);
    }

    @Test
    void buildWithoutTheCacheRendersEveryNoteAndLeavesTheCacheAsItWas() throws java.io.IOException {
        assertThat(new CliRun(dir).run("build", "--timings").out()).contains("2 of 2 notes rendered");
        assertThat(new CliRun(dir).run("build", "--timings").out()).contains("0 of 2 notes rendered");
        Path pack = dir.resolve(".carnet/cache/markdown.pack");
        byte[] before = java.nio.file.Files.readAllBytes(pack);
        var fresh = new CliRun(dir).run("build", "--no-cache", "--timings");
        assertThat(fresh.exit()).as(fresh.err()).isZero();
        assertThat(fresh.out()).contains("2 of 2 notes rendered");
        assertThat(pack).hasBinaryContent(before);
    }
}
