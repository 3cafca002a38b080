package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.vcs.GitRepository;
import dev.carnet.vcs.Identity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** carnet sync between the author's blog, a bare origin, and a second clone made with the system's git. */
class SyncCommandTest {
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @TempDir
    Path dir;
    Path blog;
    Path origin;
    Path other;

    @BeforeEach
    void blogOriginAndASecondClone() throws Exception {
        blog = Fixtures.blog(dir.resolve("blog"));
        Fixtures.write(blog.resolve(".gitignore"), "public/\n.carnet/\n");
        GitRepository.initAndCommitAll(blog, "Premier commit", new Identity("A. Author", "author@example.org"));
        origin = dir.resolve("origin.git");
        Git.init().setBare(true).setDirectory(origin.toFile()).setInitialBranch("main").call().close();
        carnet("remote", "set", origin.toString());
        assertThat(carnet("sync").out()).isEqualTo("Pushed your commits to the remote.\n");
        other = dir.resolve("other");
        git(dir, "clone", "--quiet", origin.toString(), other.toString());
    }

    private CliRun.Result carnet(String... args) {
        return new CliRun(blog).run(args);
    }

    private void git(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Other", "-c", "user.email=o@example.org",
                "-c", "commit.gpgSign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private void otherCommits(String file, String text, String message) throws Exception {
        Fixtures.write(other.resolve(file), text);
        git(other, "add", "-A");
        git(other, "commit", "-q", "-m", message);
        git(other, "push", "-q", "origin", "main");
    }

    private List<RevCommit> log(Path repo, String ref) throws Exception {
        try (Git git = Git.open(repo.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            ObjectId head = git.getRepository().resolve(ref);
            walk.markStart(walk.parseCommit(head));
            List<RevCommit> commits = new ArrayList<>();
            walk.forEach(commits::add);
            return commits;
        }
    }

    @Test
    void fastForwardsWhenOnlyTheRemoteMoved() throws Exception {
        otherCommits("notes/2024/09-ailleurs.md", "---\ntitle: \"Ailleurs\"\ndate: 2024-10-01\n---\nÉcrit ailleurs.\n", "Ailleurs");
        var result = carnet("sync");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("Pulled 1 commit from the remote.\n");
        assertThat(blog.resolve("notes/2024/09-ailleurs.md")).content().contains("Écrit ailleurs.");
        assertThat(carnet("sync").out()).isEqualTo("Already in sync with the remote.\n");
    }

    @Test
    void replaysLocalCommitsOnTheRemotesWithoutAMergeCommit() throws Exception {
        otherCommits("notes/2024/09-ailleurs.md", "---\ntitle: \"Ailleurs\"\ndate: 2024-10-01\n---\nÉcrit ailleurs.\n", "Ailleurs");
        carnet("tag", "2024-06", "+atelier");
        carnet("commit", "-m", "Ici");
        var result = carnet("sync");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("Pulled 1 commit and replayed your 1 commit on top; pushed main.\n");
        List<RevCommit> history = log(origin, "refs/heads/main");
        assertThat(history).extracting(RevCommit::getShortMessage).containsExactly("Ici", "Ailleurs", "Premier commit");
        assertThat(history).allMatch(c -> c.getParentCount() <= 1);
        assertThat(blog.resolve("notes/2024/09-ailleurs.md")).exists();
    }

    @Test
    void stopsOnAConflictKeepingBothVersionsThenContinues() throws Exception {
        String june = Fixtures.read(blog.resolve(JUNE));
        otherCommits(JUNE, june.replace("Juin a été riche en **ateliers**.", "Juin a été calme (version d'ailleurs)."), "Juin ailleurs");
        Fixtures.write(blog.resolve(JUNE), june.replace("Juin a été riche en **ateliers**.", "Juin a été intense (ma version)."));
        carnet("commit", "-m", "Juin ici");
        String mine = log(blog, "refs/heads/main").get(0).getName();

        var stopped = carnet("sync");
        assertThat(stopped.exit()).isEqualTo(1);
        assertThat(stopped.err()).startsWith("carnet: sync stopped: both you and the remote changed " + JUNE + ".\n")
                .contains("your own version is also in " + JUNE + ".mine", "carnet sync --continue", "carnet sync --abort");
        assertThat(blog.resolve(JUNE)).content().contains("<<<<<<<", "Juin a été intense (ma version).", "Juin a été calme (version d'ailleurs).");
        assertThat(blog.resolve(JUNE + ".mine")).content().contains("Juin a été intense (ma version).").doesNotContain("<<<<<<<");
        assertThat(log(blog, "refs/carnet/before-sync").get(0).getName()).as("the local commit stays reachable").isEqualTo(mine);

        var early = carnet("sync", "--continue");
        assertThat(early.exit()).isEqualTo(1);
        assertThat(early.err()).contains("still has conflict markers");

        Fixtures.write(blog.resolve(JUNE), june.replace("Juin a été riche en **ateliers**.", "Juin a été intense et calme."));
        var done = carnet("sync", "--continue");
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(done.out()).isEqualTo("Sync finished: the conflict is resolved and main is pushed.\n");
        assertThat(log(origin, "refs/heads/main")).extracting(RevCommit::getShortMessage)
                .containsExactly("Juin ici", "Juin ailleurs", "Premier commit");
        assertThat(carnet("status").out()).contains("Nothing changed since the last commit.");
    }

    @Test
    void abortGoesBackToBeforeTheSync() throws Exception {
        String june = Fixtures.read(blog.resolve(JUNE));
        otherCommits(JUNE, june.replace("riche", "pauvre"), "Juin ailleurs");
        Fixtures.write(blog.resolve(JUNE), june.replace("riche", "dense"));
        carnet("commit", "-m", "Juin ici");
        String mine = log(blog, "refs/heads/main").get(0).getName();
        carnet("sync");
        var aborted = carnet("sync", "--abort");
        assertThat(aborted.exit()).as(aborted.err()).isZero();
        assertThat(log(blog, "refs/heads/main").get(0).getName()).isEqualTo(mine);
        assertThat(blog.resolve(JUNE)).content().contains("dense").doesNotContain("<<<<<<<");
    }

    @Test
    void statusCountsCommitsNotPushedAndNotPulled() throws Exception {
        assertThat(carnet("status").out()).startsWith("On main, 1 commit; origin/main: 0 commits not pushed, 0 not pulled");
        carnet("tag", "2024-06", "+atelier");
        carnet("commit", "-m", "Ici");
        otherCommits("notes/2024/09-ailleurs.md", "---\ntitle: \"Ailleurs\"\ndate: 2024-10-01\n---\nx\n", "Ailleurs");
        assertThat(carnet("status").out()).startsWith("On main, 2 commits; origin/main: 1 commit not pushed, 0 not pulled");
        git(blog, "fetch", "-q", "origin");
        assertThat(carnet("status").out()).startsWith("On main, 2 commits; origin/main: 1 commit not pushed, 1 not pulled (as of the last fetch)");
    }

    @Test
    void refusesToSyncWithUncommittedChanges() {
        Fixtures.write(blog.resolve(JUNE), Fixtures.read(blog.resolve(JUNE)) + "\nEn cours.\n");
        var result = carnet("sync");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: sync needs your changes committed first (first: " + JUNE
                + "): run carnet commit, then carnet sync\n");
    }
}
