package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void createsTheLayoutAndOneCleanCommit() throws Exception {
        var result = new CliRun(dir).run("init", "blog", "--title", "Mon carnet", "--base-url", "https://someone.github.io/blog/");

        assertThat(result.exit()).as(result.err()).isZero();
        Path blog = dir.resolve("blog");
        assertThat(blog.resolve("carnet.yml")).content().contains("title: \"Mon carnet\"", "language: fr",
                "timezone: Europe/Paris", "baseUrl: \"https://someone.github.io/blog/\"");
        assertThat(blog.resolve(".gitignore")).content().contains("public/", ".carnet/");
        assertThat(blog.resolve("pages/about.md")).content().startsWith("---\ntitle: \"À propos\"\n---\n");
        assertThat(blog.resolve("notes")).isDirectory();
        assertThat(blog.resolve("static")).isDirectory();
        try (Git git = Git.open(blog.toFile())) {
            java.util.List<RevCommit> log = new java.util.ArrayList<>();
            git.log().call().forEach(log::add);
            assertThat(log).hasSize(1).first().extracting(RevCommit::getFullMessage).isEqualTo("Nouveau carnet : Mon carnet");
            assertThat(git.status().call().isClean()).isTrue();
            assertThat(git.getRepository().getBranch()).isEqualTo("main");
        }
        assertThat(result.out()).contains("Created the blog \"Mon carnet\"", "Next: cd blog && carnet new");
    }

    @Test
    void writesAnEnglishAboutPageForEnglish() {
        var result = new CliRun(dir).run("init", "--language", "en");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(dir.resolve("pages/about.md")).content().startsWith("---\ntitle: \"About\"\n---\n");
    }

    @Test
    void refusesANonEmptyFolderThatIsNotABlog() {
        Fixtures.write(dir.resolve("thesis.tex"), "\\documentclass{article}");
        var result = new CliRun(dir).run("init");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: " + dir + ": not empty and not a carnet blog (it holds thesis.tex); "
                + "choose an empty or new folder\n");
        assertThat(dir.resolve("carnet.yml")).doesNotExist();
        assertThat(dir.resolve(".git")).doesNotExist();
    }

    @Test
    void leavesAnExistingBlogAsItIs() {
        Fixtures.blog(dir);
        String before = Fixtures.read(dir.resolve("carnet.yml"));
        var result = new CliRun(dir).run("init");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Already a carnet blog: ");
        assertThat(dir.resolve("carnet.yml")).content().isEqualTo(before);
    }

    @Test
    void refusesABaseUrlWithoutSchemeBeforeWritingAnything() {
        var result = new CliRun(dir).run("init", "blog", "--base-url", "someone.github.io/blog");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("baseUrl must be an absolute address starting with https://");
        assertThat(dir.resolve("blog")).doesNotExist();
    }
}
