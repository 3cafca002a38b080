package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** carnet build and carnet check as a person runs them (the clock is 15 June 2024). */
class SiteCommandsTest {
    private static final String ROBOTS = "warning: carnet.yml: baseUrl is under /blog/, so https://someone.github.io/blog/robots.txt is not read by crawlers (only https://someone.github.io/robots.txt is) and does not announce the sitemap: submit https://someone.github.io/blog/sitemap.xml in the search engines' webmaster tools, or publish at the host's top\n";

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
        assertThat(result.out()).matches("Built 2 notes and 1 page: 11 HTML pages, 6 feeds, 6 other files, 2 static files in public \\(\\d+\\.\\d\\d s\\)\n");
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
        // The sample blog lives under /blog/: the one warning of a clean sub-path site.
        assertThat(new CliRun(dir).run("check").out()).isEqualTo(ROBOTS + "check: 0 errors, 1 warning\n");
        Fixtures.write(dir.resolve("notes/2024/03-liens.md"),
                "---\ntitle: \"Liens\"\ndate: 2024-04-01T10:00:00+02:00\n---\n\n[absente](02-absente.md)\n");
        var result = new CliRun(dir).run("check");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("""
                error: notes/2024/03-liens.md:6: link to 02-absente.md: no such note or page
                """ + ROBOTS + "check: 1 error, 1 warning\n");
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

    @Test
    void buildAndCheckRefuseANoteHoldingConflictMarkersNamingTheLine() {
        Fixtures.write(dir.resolve("notes/2024/03-conflit.md"), "---\ntitle: \"Conflit\"\ndate: 2024-04-01T10:00:00+02:00\n---\n\n"
                + "Début.\n<<<<<<< Upstream, based on main\nLeur phrase.\n=======\nMa phrase.\n>>>>>>> 1a2b3c4 Ici\n");
        String refusal = "carnet: notes/2024/03-conflit.md:7: conflict markers from a sync (<<<<<<<, =======, >>>>>>>):"
                + " keep the text you want and remove those lines (then carnet sync --continue if a sync is stopped); nothing was built\n";
        var build = new CliRun(dir).run("build");
        assertThat(build.exit()).isEqualTo(1);
        assertThat(build.err()).isEqualTo(refusal);
        assertThat(dir.resolve("public")).doesNotExist();
        var check = new CliRun(dir).run("check");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err()).isEqualTo(refusal);
    }

    @Test
    void conflictMarkersInTheFrontMatterOrAPageAreNamedAsSuch() {
        Fixtures.write(dir.resolve("notes/2024/03-conflit.md"), "---\ntitle: \"Conflit\"\n<<<<<<< Upstream, based on main\n"
                + "tags: [a]\n=======\ntags: [b]\n>>>>>>> 1a2b3c4 Ici\ndate: 2024-04-01T10:00:00+02:00\n---\nTexte.\n");
        assertThat(new CliRun(dir).run("build").err()).startsWith("carnet: notes/2024/03-conflit.md:3: conflict markers from a sync");
        Fixtures.write(dir.resolve("notes/2024/03-conflit.md"), "---\ntitle: \"Conflit\"\ndate: 2024-04-01T10:00:00+02:00\n---\nTexte.\n");
        Fixtures.write(dir.resolve("pages/about.md"), Fixtures.read(dir.resolve("pages/about.md")) + "=======\nÀ moi.\n>>>>>>> 1a2b3c4\n");
        assertThat(new CliRun(dir).run("build").err()).startsWith("carnet: pages/about.md:").contains(": conflict markers from a sync");
    }

    @Test
    void markersInFencedCodeAndHeadingUnderlinesAreText() {
        Fixtures.write(dir.resolve("notes/2024/03-git.md"), "---\ntitle: \"Git\"\ndate: 2024-04-01T10:00:00+02:00\n---\n\n"
                + "Atelier\n=======\n\nUn conflit ressemble à ceci :\n\n```\n<<<<<<< HEAD\nle mien\n=======\nle leur\n>>>>>>> autre\n```\n");
        var build = new CliRun(dir).run("build");
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(dir.resolve("public/2024/04/git/index.html")).content().contains("&lt;&lt;&lt;&lt;&lt;&lt;&lt; HEAD");
    }
}
