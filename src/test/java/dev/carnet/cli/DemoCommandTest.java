package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void makesACommittedFrenchBlogOfTwoYearsOfMonthlyNotes() throws Exception {
        var result = new CliRun(dir).run("demo", "--dir", "demo");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        Path demo = dir.resolve("demo");
        assertThat(result.out()).startsWith("Created the demo blog in " + demo + "\n")
                .contains("Notes de juin 2024", "Notes d'août 2024", "Notes de novembre 2024 [draft]", "carnet show 2024-06");

        var json = new CliRun(demo).run("list", "--json").out();
        assertThat(json.split("\"path\"")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(new CliRun(demo).run("list", "--drafts").out().lines()).hasSize(2);
        assertThat(new CliRun(demo).run("list", "--year", "2023").out().lines()).hasSizeGreaterThan(2);
        assertThat(new CliRun(demo).run("show", "2024-06").out()).contains("## ", "- ", "> ", "](https://");
        assertThat(demo.resolve("pages/about.md")).exists();

        try (Git git = Git.open(demo.toFile())) {
            assertThat(git.status().call().isClean()).isTrue();
            List<RevCommit> log = new ArrayList<>();
            git.log().call().forEach(log::add);
            assertThat(log).hasSize(1);
        }
    }

    @Test
    void reusesAnExistingDemo() {
        new CliRun(dir).run("demo", "--dir", "demo");
        var again = new CliRun(dir).run("demo", "--dir", "demo");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith("Using the demo blog in ");
    }
}
