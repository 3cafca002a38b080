package dev.carnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed launcher in a real terminal (tmux), as an author uses it: open the demo blog,
 * search, edit with a scripted $EDITOR, mark a draft, commit, quit. Skipped, with the reason
 * printed, where tmux is not installed (.ci/run installs it).
 */
class TextUiIT {
    private static final Path BASEDIR = Path.of(System.getProperty("carnet.basedir", "."));
    private static final Path JAR = Path.of(System.getProperty("carnet.jar", "target/carnet-all.jar"));
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @TempDir
    Path dir;
    String session;
    Path blog;

    private String run(Path workDir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    @BeforeEach
    void installAndOpen() throws Exception {
        boolean tmux = Files.isExecutable(Path.of("/usr/bin/tmux")) || Files.isExecutable(Path.of("/usr/local/bin/tmux"));
        if (!tmux) {
            System.out.println("TextUiIT skipped: tmux is not installed (apt-get install tmux)");
        }
        Assumptions.assumeTrue(tmux, "tmux is not installed");
        Path prefix = dir.resolve("prefix");
        run(BASEDIR, BASEDIR.resolve("install.sh").toString(), "--prefix", prefix.toString(), "--jar", JAR.toString());
        blog = dir.resolve("demo");
        run(dir, "env", "HOME=" + dir, prefix.resolve("bin/carnet").toString(), "demo", "--dir", blog.toString());
        Path editor = dir.resolve("editor.sh");
        Files.writeString(editor, "#!/bin/sh\nprintf 'Ajouté dans le terminal.\\n' >> \"$1\"\n");
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwxr-xr-x"));
        session = "carnet-it-" + ProcessHandle.current().pid();
        run(dir, "tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30",
                "cd '" + blog + "' && HOME='" + dir + "' CARNET_LANG=en EDITOR='" + editor + "' '" + prefix.resolve("bin/carnet") + "'; echo EXIT=$?; sleep 60");
    }

    @AfterEach
    void closeSession() throws Exception {
        if (session != null) {
            new ProcessBuilder("tmux", "kill-session", "-t", session).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private String screen() throws IOException, InterruptedException {
        return run(dir, "tmux", "capture-pane", "-t", session, "-p");
    }

    private String waitFor(String text) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        String shown = screen();
        while (!shown.contains(text) && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            shown = screen();
        }
        assertThat(shown).as("screen").contains(text);
        return shown;
    }

    private void keys(String... keys) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "send-keys", "-t", session));
        command.addAll(List.of(keys));
        run(dir, command.toArray(String[]::new)); // tmux delivers keys in order; each step waits for the screen instead
    }

    @Test
    void browsesSearchesEditsAndCommitsInARealTerminal() throws Exception {
        waitFor("Carnet de Julien — 16 notes");
        assertThat(waitFor("git: 0 changes")).contains("2024", "Décembre", "Notes de décembre 2024", "q quit");

        keys("/", "j", "u", "i", "n");
        assertThat(waitFor("/ juin")).contains("▶    Notes de juin 2024").doesNotContain("Notes de décembre 2024");
        keys("Enter");
        keys("e");
        waitFor("git: 1 change ");
        assertThat(blog.resolve(JUNE)).content().endsWith("Ajouté dans le terminal.\n");

        keys("d");
        waitFor("Notes de juin 2024 [draft]");
        keys("c");
        waitFor("Notes de juin 2024: edit");
        keys("Tab", "Enter");
        waitFor("—  Committed");
        try (Git git = Git.open(blog.toFile())) {
            assertThat(git.log().setMaxCount(1).call().iterator().next().getFullMessage()).isEqualTo("Notes de juin 2024: edit");
        }
        assertThat(blog.resolve(JUNE)).content().contains("draft: true");

        waitFor("git: 0 changes");
        keys("Escape");
        // Esc clears the kept search; only then q, or Esc and q would arrive together as Alt-q
        waitFor("Carnet de Julien — 16 notes");
        keys("q");
        waitFor("EXIT=0");
    }
}
