package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carnet build -o DIR} replaces DIR whole, so it must never be given the author's files. */
class BuildOutputFolderTest {
    @TempDir
    Path dir;
    Path blog;

    @BeforeEach
    void blogInsideAFolderWithOtherFiles() {
        blog = dir.resolve("blog");
        Fixtures.copy("site-blog", blog);
        Fixtures.write(dir.resolve("taxes.txt"), "2024\n");
    }

    @Test
    void refusesTheFolderHoldingTheBlog() {
        var result = new CliRun(blog).run("build", "-o", "..");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: refusing to build into ..: it holds the blog; a build replaces its"
                + " output folder whole, so give a new or empty folder (-o DIR)\n");
        assertThat(dir.resolve("taxes.txt")).hasContent("2024");
        assertThat(blog.resolve("carnet.yml")).exists();
    }

    @Test
    void refusesTheBlogItselfAndItsOwnFolders() {
        for (String output : new String[] {".", "notes", "notes/2024", "static", "templates", ".git", ".carnet"}) {
            var result = new CliRun(blog).run("build", "-o", output);
            assertThat(result.exit()).as(output).isEqualTo(1);
            assertThat(result.err()).as(output).startsWith("carnet: refusing to build into " + output + ": it is ");
        }
        assertThat(blog.resolve("notes/2024")).isNotEmptyDirectory();
        assertThat(blog.resolve("carnet.yml")).exists();
    }

    @Test
    void refusesAFolderWithFilesCarnetDidNotBuild() {
        Path other = dir.resolve("papers");
        Fixtures.write(other.resolve("taxes.txt"), "2024\n");
        var result = new CliRun(blog).run("build", "-o", other.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: refusing to build into " + other + ": it holds files carnet did not"
                + " build (taxes.txt); a build replaces its output folder whole, so give a new or empty folder (-o DIR)\n");
        assertThat(other.resolve("taxes.txt")).hasContent("2024");
    }

    @Test
    void refusesALinkToTheBlog() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), blog);
        var result = new CliRun(blog).run("build", "-o", link.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("it is the blog itself");
        assertThat(blog.resolve("carnet.yml")).exists();
    }

    @Test
    void rebuildsIntoANewFolderThenAgainIntoTheSiteItBuilt() throws IOException {
        Path site = dir.resolve("site");
        var first = new CliRun(blog).run("build", "-o", site.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(site.resolve(".carnet-site")).exists();
        var second = new CliRun(blog).run("build", "-o", site.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(site.resolve("index.html")).exists();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("blog", "site", "taxes.txt");
        }
    }

    @Test
    void buildsIntoAnEmptyFolderAndTheBlogsPublicFolder() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(new CliRun(blog).run("build", "-o", empty.toString()).exit()).isZero();
        Fixtures.write(blog.resolve("public/index.html"), "an old site, built before carnet wrote its marker");
        assertThat(new CliRun(blog).run("build").exit()).isZero();
        assertThat(blog.resolve("public/.carnet-site")).exists();
    }

    @Test
    void refusesAFileAsTheOutput() {
        var result = new CliRun(blog).run("build", "-o", "../taxes.txt");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("it is a file, not a folder");
    }
}
