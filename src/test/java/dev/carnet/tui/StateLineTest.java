package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.config.TransportSettings;
import dev.carnet.service.GitService;
import dev.carnet.service.RemoteService;
import dev.carnet.service.SyncService;
import dev.carnet.store.Blog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git state under the list, from a real repository, a bare remote and a second clone. */
class StateLineTest {
    private static final TuiText ENGLISH = TuiText.of(java.util.Locale.ENGLISH);
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @TempDir
    Path dir;

    private static void git(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Other", "-c", "user.email=o@example.org",
                "-c", "commit.gpgSign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void saysARemoteJustSetIsNotFetchedThenThatASyncIsStoppedAndWhere() throws Exception {
        Path root = Fixtures.blog(dir.resolve("blog"));
        Fixtures.write(root.resolve(".gitignore"), "public/\n.carnet/\n");
        git(root, "init", "-q");
        git(root, "add", "-A");
        git(root, "commit", "-q", "-m", "Premier");
        Path origin = dir.resolve("origin.git");
        git(dir, "init", "-q", "--bare", origin.toString());
        Blog blog = Blog.open(root);
        assertThat(StateLine.of(new GitService(blog).summary(), ENGLISH)).isEqualTo("git: 0 changes · no remote · not published yet");

        new RemoteService(blog).set(origin.toString());
        assertThat(StateLine.of(new GitService(blog).summary(), ENGLISH)).isEqualTo("git: 0 changes · origin not fetched yet (s syncs) · not published yet");

        SyncService sync = new SyncService(blog, TransportSettings.of(dir));
        sync.sync(SyncService.Step.SYNC);
        assertThat(StateLine.of(new GitService(blog).summary(), ENGLISH)).isEqualTo("git: 0 changes · 0 not pushed, 0 not pulled · not published yet");

        Path other = dir.resolve("other");
        git(dir, "clone", "-q", origin.toString(), other.toString());
        Fixtures.write(other.resolve(JUNE), Fixtures.read(other.resolve(JUNE)).replace("riche en **ateliers**", "calme"));
        git(other, "commit", "-q", "-am", "Ailleurs");
        git(other, "push", "-q", "origin", "main");
        Fixtures.write(root.resolve(JUNE), Fixtures.read(root.resolve(JUNE)).replace("riche en **ateliers**", "intense"));
        git(root, "commit", "-q", "-am", "Ici");
        assertThat(sync.sync(SyncService.Step.SYNC).outcome()).hasToString("CONFLICT");

        assertThat(StateLine.of(new GitService(blog).summary(), ENGLISH)).isEqualTo("git: sync stopped on a conflict in"
                + " 06-notes-de-juin-2024.md · fix it, then carnet sync --continue (or --abort)");
    }
}
