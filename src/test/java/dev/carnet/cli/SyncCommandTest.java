package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.vcs.GitRepository;
import dev.carnet.vcs.Identity;
import java.io.IOException;
import java.nio.file.Files;
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
    private static final String MAY = "notes/2024/05-notes-de-mai-2024.md";

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

    private String gitOutput(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    /** The remote and the author both rewrite June's first sentence; carnet sync stops on it. Returns the remote's text. */
    private String syncStoppedOnJune() throws Exception {
        String june = Fixtures.read(blog.resolve(JUNE));
        String theirs = june.replace("Juin a été riche en **ateliers**.", "Juin a été calme (version d'ailleurs).");
        otherCommits(JUNE, theirs, "Juin ailleurs");
        Fixtures.write(blog.resolve(JUNE), june.replace("Juin a été riche en **ateliers**.", "Juin a été intense (ma version)."));
        carnet("commit", "-m", "Juin ici");
        assertThat(carnet("sync").exit()).isEqualTo(1);
        return theirs;
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
    void aSyncWaitsForAnotherCarnetWritingANoteThenReplaysAfterIt() throws Exception {
        otherCommits("notes/2024/09-ailleurs.md", "---\ntitle: \"Ailleurs\"\ndate: 2024-10-01\n---\nÉcrit ailleurs.\n", "Ailleurs");
        CliRun.Result result;
        try (HeldLock writer = HeldLock.on(blog.resolve(".carnet/write.lock"))) {
            var sync = java.util.concurrent.CompletableFuture.supplyAsync(() -> carnet("sync"));
            Thread.sleep(800);
            assertThat(sync).as("sync waits while another carnet writes").isNotDone();
            assertThat(blog.resolve("notes/2024/09-ailleurs.md")).doesNotExist();
            writer.release();
            result = sync.get(60, TimeUnit.SECONDS);
        }
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(blog.resolve("notes/2024/09-ailleurs.md")).exists();
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

    /**
     * A sync killed while it fetched left the pack's {@code .keep} ("jgit fetch …"), which made a
     * later fetch of the same objects fail with "Cannot lock pack" (CrashConsistencyIT, SIGHUP
     * during sync) and keeps the pack from ever being repacked. Here the blog is put back as it was
     * when the fetch was killed: its pack in place, the refs not moved, the keep file left.
     */
    @Test
    void aKeepFileLeftByAKilledFetchIsClearedAndTheNextSyncPulls() throws Exception {
        otherCommits("notes/2024/09-ailleurs.md", "---\ntitle: \"Ailleurs\"\ndate: 2024-10-01\n---\nÉcrit ailleurs.\n", "Ailleurs");
        Path before = dir.resolve("before");
        copyTree(blog.resolve(".git"), before);
        assertThat(carnet("sync").exit()).isZero();
        Path packs = blog.resolve(".git/objects/pack");
        List<Path> fetched;
        try (var files = java.nio.file.Files.list(packs)) {
            fetched = files.filter(f -> f.toString().endsWith(".pack")).filter(f -> !java.nio.file.Files.exists(before.resolve("objects/pack").resolve(f.getFileName()))).toList();
        }
        assertThat(fetched).hasSize(1);
        String name = fetched.get(0).getFileName().toString().replace(".pack", "");
        Path kept = dir.resolve("kept");
        java.nio.file.Files.createDirectories(kept);
        for (String ext : List.of(".pack", ".idx")) {
            java.nio.file.Files.copy(packs.resolve(name + ext), kept.resolve(name + ext));
        }
        deleteTree(blog.resolve(".git"));
        copyTree(before, blog.resolve(".git"));
        for (String ext : List.of(".pack", ".idx")) { // the pack was in place, the refs not yet moved
            java.nio.file.Files.copy(kept.resolve(name + ext), packs.resolve(name + ext));
        }
        Fixtures.write(blog.resolve(".git/objects/pack/" + name + ".keep"), "jgit fetch " + origin + "\n");
        java.nio.file.Files.deleteIfExists(blog.resolve("notes/2024/09-ailleurs.md"));

        var result = carnet("sync");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(blog.resolve("notes/2024/09-ailleurs.md")).content().contains("Écrit ailleurs.");
        assertThat(blog.resolve(".git/objects/pack/" + name + ".keep")).doesNotExist();
    }

    /** The other clone changes May and pushes it; here, June is changed and committed: a sync must replay. Returns May as pushed. */
    private String mayChangedThereJuneHere() throws Exception {
        String theirs = Fixtures.read(other.resolve(MAY)) + "\nAjouté ailleurs.\n";
        otherCommits(MAY, theirs, "Mai ailleurs");
        Fixtures.write(blog.resolve(JUNE), Fixtures.read(blog.resolve(JUNE)) + "\nAjouté ici.\n");
        carnet("commit", "-m", "Juin ici");
        return theirs;
    }

    /**
     * A sync killed as its replay began, while JGit was writing the remote's version of the notes
     * into the work tree and before it wrote the index (CrashConsistencyIT, SIGKILL and SIGHUP
     * during sync): the next sync took those versions for edits of the author's, wrote them back
     * over the author's own committed changes after undoing the replay, then refused to sync
     * "uncommitted changes". The rebase is set up as carnet's own, the notes as the killed checkout
     * left them: June, which the author changed, back as the remote has it.
     */
    @Test
    void aSyncKilledAsItsReplayEndedLeavesNoNoteChangedBackAndTheNextSyncPutsItRight() throws Exception {
        // Found by the crash suite: main moved past the remote's commit, its note still as before the sync.
        String before = Fixtures.read(blog.resolve(MAY));
        String theirs = mayChangedThereJuneHere();
        assertThat(carnet("sync").exit()).isZero();
        assertThat(blog.resolve(MAY)).content().isEqualTo(theirs);
        Fixtures.write(blog.resolve(MAY), before);

        var result = carnet("sync");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(blog.resolve(MAY)).content().isEqualTo(theirs);
        try (Git git = Git.open(blog.toFile())) {
            assertThat(git.status().call().getModified()).doesNotContain(MAY);
        }
    }

    @Test
    void aSyncKilledAsJGitDeletedItsReplayFolderIsNotTakenForAStopAndTheNextSyncRuns() throws Exception {
        // Found by the crash suite: killed 908 ms into a sync of 949, the rerun said "still stopped on a conflict".
        String theirs = mayChangedThereJuneHere();
        assertThat(carnet("sync").exit()).isZero();
        // What the kill left of JGit's replay: some of its files, the branch checked out after it.
        Path rebase = Files.createDirectories(blog.resolve(".git/rebase-merge"));
        Fixtures.write(rebase.resolve("onto"), "0000000000000000000000000000000000000000\n");
        Fixtures.write(rebase.resolve("msgnum"), "1\n");
        assertThat(carnet("status").out()).contains("conflict");

        var result = carnet("sync");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(rebase).doesNotExist();
        assertThat(carnet("status").out()).doesNotContain("conflict");
        assertThat(blog.resolve(MAY)).content().isEqualTo(theirs);
    }

    @Test
    void aSyncKilledWhileItWroteTheRemotesNoteIntoTheWorkTreeFinishesNextTime() throws Exception {
        String theirs = mayChangedThereJuneHere();
        String mine = Fixtures.read(blog.resolve(JUNE));
        String remotes = Fixtures.read(other.resolve(JUNE));
        try (Git git = Git.open(blog.toFile())) {
            git.fetch().setRemote("origin").call();
            var backup = git.getRepository().updateRef("refs/carnet/before-sync");
            backup.setNewObjectId(git.getRepository().resolve("refs/heads/main"));
            backup.setForceUpdate(true);
            backup.update();
            var started = git.rebase().setUpstream("refs/remotes/origin/main")
                    .runInteractively(new org.eclipse.jgit.api.RebaseCommand.InteractiveHandler() {
                        @Override
                        public void prepareSteps(List<org.eclipse.jgit.lib.RebaseTodoLine> steps) {
                        }

                        @Override
                        public String modifyCommitMessage(String message) {
                            return message;
                        }
                    }, true).call();
            assertThat(started.getStatus()).isEqualTo(org.eclipse.jgit.api.RebaseResult.Status.INTERACTIVE_PREPARED);
        }
        // JGit prepares a rebase as an interactive one; carnet's is not (the same files, less this one).
        java.nio.file.Files.delete(blog.resolve(".git/rebase-merge/interactive"));
        // JGit checked the remote's commit out; killed before the index and HEAD were written, the
        // work tree holds the remote's notes while HEAD and the index are still main.
        Fixtures.write(blog.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        git(blog, "read-tree", "main");
        assertThat(Fixtures.read(blog.resolve(JUNE))).isEqualTo(remotes);

        var result = carnet("sync");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(blog.resolve(MAY)).content().isEqualTo(theirs);
        assertThat(blog.resolve(JUNE)).content().isEqualTo(mine);
        assertThat(blog.resolve(MAY + ".mine")).doesNotExist();
        assertThat(blog.resolve(JUNE + ".mine")).as("no copy of the remote's June set aside as the author's").doesNotExist();
        assertThat(carnet("status").out()).doesNotContain("not committed");
    }

    /**
     * A sync killed while its fetch moved origin/main left {@code refs/remotes/origin/main.lock}:
     * the next fetch could not move it, said nothing, and the sync pushed onto a remote it had not
     * caught up with: "the remote has commits you don't have" (CrashConsistencyIT, SIGKILL during sync).
     */
    @Test
    void aRemoteBranchLockLeftByAKilledFetchIsClearedAndTheNextSyncPulls() throws Exception {
        otherCommits("notes/2024/09-ailleurs.md", "---\ntitle: \"Ailleurs\"\ndate: 2024-10-01\n---\nÉcrit ailleurs.\n", "Ailleurs");
        Fixtures.write(blog.resolve(".git/refs/remotes/origin/main.lock"), "0000000000000000000000000000000000000000\n");

        var result = carnet("sync");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("Pulled 1 commit from the remote.\n");
        assertThat(blog.resolve(".git/refs/remotes/origin/main.lock")).doesNotExist();
    }

    /** A sync killed while it moved main left {@code refs/heads/main.lock}, with carnet's record naming it: cleared. */
    @Test
    void aBranchLockLeftByAKilledSyncIsClearedAndTheNextSyncPulls() throws Exception {
        otherCommits("notes/2024/09-ailleurs.md", "---\ntitle: \"Ailleurs\"\ndate: 2024-10-01\n---\nÉcrit ailleurs.\n", "Ailleurs");
        Fixtures.write(blog.resolve(".git/refs/heads/main.lock"), "0000000000000000000000000000000000000000\n");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Fixtures.write(blog.resolve(".carnet/git.lock"), gone.pid() + "\n");

        var result = carnet("sync");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("Pulled 1 commit from the remote.\n");
        assertThat(blog.resolve(".git/refs/heads/main.lock")).doesNotExist();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = java.nio.file.Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(path);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = java.nio.file.Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (java.nio.file.Files.isDirectory(source)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(source, target);
                }
            }
        }
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

    @Test
    void abortKeepsEditsMadeWhileStopped() throws Exception {
        String mine = Fixtures.read(blog.resolve(JUNE)).replace("Juin a été riche en **ateliers**.", "Juin a été intense (ma version).");
        syncStoppedOnJune();
        Fixtures.write(blog.resolve(JUNE), Fixtures.read(blog.resolve(JUNE)) + "X écrit pendant l'arrêt\n");
        String may = MAY;
        Fixtures.write(blog.resolve(may), Fixtures.read(blog.resolve(may)) + "Mai complété pendant l'arrêt.\n");

        var aborted = carnet("sync", "--abort");
        assertThat(aborted.exit()).as(aborted.err()).isZero();
        assertThat(aborted.out()).contains("Sync abandoned", JUNE + ".mine", may);
        assertThat(blog.resolve(JUNE)).content().isEqualTo(mine);
        assertThat(blog.resolve(JUNE + ".mine")).content().contains("X écrit pendant l'arrêt");
        assertThat(blog.resolve(may)).as("a note the sync did not touch keeps its edit in place").content()
                .endsWith("Mai complété pendant l'arrêt.\n");
        assertThat(carnet("status").out()).contains("edited  Notes de mai 2024").doesNotContain(".mine");
        assertThat(gitOutput(blog, "status")).doesNotContain("rebase");
    }

    @Test
    void abortSetsAsideAnEditOfANoteTheSyncHadChanged() throws Exception {
        String fablab = "notes/2024/07-atelier-fablab.md";
        String before = Fixtures.read(blog.resolve(fablab));
        otherCommits(fablab, before + "Ajout d'ailleurs.\n", "Fablab ailleurs");
        syncStoppedOnJune();
        assertThat(blog.resolve(fablab)).content().contains("Ajout d'ailleurs.");
        Fixtures.write(blog.resolve(fablab), Fixtures.read(blog.resolve(fablab)) + "Ajout pendant l'arrêt.\n");

        var aborted = carnet("sync", "--abort");
        assertThat(aborted.exit()).as(aborted.err()).isZero();
        assertThat(aborted.out()).contains(fablab + ".mine");
        assertThat(blog.resolve(fablab)).content().isEqualTo(before);
        assertThat(blog.resolve(fablab + ".mine")).content().contains("Ajout d'ailleurs.", "Ajout pendant l'arrêt.");
    }

    @Test
    void abortWithoutEditsKeepsNothingAside() throws Exception {
        syncStoppedOnJune();
        var aborted = carnet("sync", "--abort");
        assertThat(aborted.out()).isEqualTo("Sync abandoned: main is back where it was before the sync"
                + " (the .mine copies stay; delete them when done).\n");
    }

    @Test
    void continueDropsTheReplayedCommitWhenTheAuthorKeepsTheRemotesVersion() throws Exception {
        String theirs = syncStoppedOnJune();
        Fixtures.write(blog.resolve(JUNE), theirs);
        var done = carnet("sync", "--continue");
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(done.out()).startsWith("Sync finished:").doesNotContain("publish");
        assertThat(gitOutput(blog, "status")).contains("On branch main").doesNotContain("rebase");
        assertThat(log(blog, "refs/heads/main").get(0).getName()).isEqualTo(log(origin, "refs/heads/main").get(0).getName());
        assertThat(log(blog, "refs/heads/main")).extracting(RevCommit::getShortMessage).containsExactly("Juin ailleurs", "Premier commit");
        assertThat(carnet("status").out()).contains("Nothing changed since the last commit.");
        assertThat(carnet("sync").out()).isEqualTo("Already in sync with the remote.\n");
    }

    @Test
    void tagTagsRenameAndEditSayASyncIsStoppedAndStillDoTheirWork() throws Exception {
        syncStoppedOnJune();
        String notice = "note: a sync is stopped on a conflict in " + JUNE
                + "; fix it, then carnet sync --continue (or --abort)\n";
        String may = MAY;
        var tag = carnet("tag", "2024-05", "+atelier");
        assertThat(tag.exit()).as(tag.err()).isZero();
        assertThat(tag.err()).isEqualTo(notice);
        assertThat(blog.resolve(may)).content().contains("atelier");

        var rename = carnet("tags", "rename", "seniors", "aînés");
        assertThat(rename.exit()).as(rename.err()).isZero();
        assertThat(rename.err()).isEqualTo(notice);
        assertThat(blog.resolve(may)).content().contains("aînés");

        var edit = new CliRun(blog).env("EDITOR", "true").run("edit", "2024-05");
        assertThat(edit.exit()).as(edit.err()).isZero();
        assertThat(edit.err()).isEqualTo(notice);
    }

    @Test
    void statusDuringAStoppedSyncNamesTheConflictAndTheNextCommand() throws Exception {
        syncStoppedOnJune();
        String status = carnet("status").out();
        assertThat(status).startsWith("On main, sync stopped on a conflict (origin: " + origin + ")\n")
                .contains("Sync stopped on a conflict in " + JUNE + " (your version is also in " + JUNE + ".mine)",
                        "carnet sync --continue", "carnet sync --abort")
                .doesNotContain("Nothing changed", "no remote yet");
        var summary = new dev.carnet.service.GitService(dev.carnet.store.Blog.open(blog)).summary();
        assertThat(summary.syncStopped()).isTrue();
        assertThat(summary.conflicts()).containsExactly(JUNE);
        assertThat(summary.remote()).isEqualTo("origin");
    }

    @Test
    void publishRefusesWhileASyncIsStopped() throws Exception {
        syncStoppedOnJune();
        var result = carnet("publish", "--allow-dirty");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: a sync is stopped on a conflict in " + JUNE
                + ": publish would put the conflict on the site; fix it, then carnet sync --continue (or --abort), then publish\n");
        try (Git git = Git.open(origin.toFile())) {
            assertThat(git.getRepository().resolve("refs/heads/gh-pages")).isNull();
        }
    }

    @Test
    void continueKeepsEditsOfOtherNotesMadeWhileStopped() throws Exception {
        String theirs = syncStoppedOnJune();
        String may = MAY;
        Fixtures.write(blog.resolve(may), Fixtures.read(blog.resolve(may)) + "Mai complété pendant l'arrêt.\n");
        Fixtures.write(blog.resolve(JUNE), theirs);
        var done = carnet("sync", "--continue");
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(done.out()).contains(may + "  in place");
        assertThat(blog.resolve(may)).content().endsWith("Mai complété pendant l'arrêt.\n");
        assertThat(carnet("status").out()).contains("edited  Notes de mai 2024");
    }

    @Test
    void commitWaitsForAStoppedSyncAndKeepsTheChanges() throws Exception {
        syncStoppedOnJune();
        String may = MAY;
        Fixtures.write(blog.resolve(may), Fixtures.read(blog.resolve(may)) + "Pendant l'arrêt.\n");
        var result = carnet("commit");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: a sync is stopped on a conflict in " + JUNE + ": fix it, then carnet sync"
                + " --continue (or --abort), then commit; your changes stay as they are\n");
        assertThat(blog.resolve(may)).content().endsWith("Pendant l'arrêt.\n");
        assertThat(carnet("status").out()).contains("Changed since the sync stopped", "edited  Notes de mai 2024");
    }

    @Test
    void syncAgainWhileStoppedSaysSoFirst() throws Exception {
        syncStoppedOnJune();
        var again = carnet("sync");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("carnet: the last sync is still stopped on a conflict in " + JUNE
                + "; fix it, then carnet sync --continue (or --abort)\n");
    }

    @Test
    void aBlogOnMasterSyncsAndPublishesMasterNotMain() throws Exception {
        Path old = Fixtures.blog(dir.resolve("old-blog"));
        Fixtures.write(old.resolve(".gitignore"), "public/\n.carnet/\n");
        git(old, "init", "-q", "-b", "master");
        git(old, "add", "-A");
        git(old, "commit", "-q", "-m", "Depuis WordPress");
        Path bare = dir.resolve("old-origin.git");
        git(dir, "init", "-q", "--bare", "-b", "master", bare.toString());
        CliRun run = new CliRun(old);
        assertThat(run.run("remote", "set", bare.toString()).exit()).isZero();
        var first = run.run("sync");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("Pushed your commits to the remote.\n");
        Path second = dir.resolve("old-other");
        git(dir, "clone", "--quiet", bare.toString(), second.toString());
        Fixtures.write(second.resolve(JUNE), Fixtures.read(second.resolve(JUNE)) + "Ajout d'ailleurs.\n");
        git(second, "commit", "-q", "-am", "Ailleurs");
        git(second, "push", "-q", "origin", "master");
        Fixtures.write(old.resolve("pages/about.md"), Fixtures.read(old.resolve("pages/about.md")) + "Ici.\n");
        run.run("commit", "-m", "Ici");
        var sync = run.run("sync");
        assertThat(sync.exit()).as(sync.err()).isZero();
        assertThat(sync.out()).isEqualTo("Pulled 1 commit and replayed your 1 commit on top; pushed master.\n");
        assertThat(gitOutput(bare, "branch", "--list")).contains("master").doesNotContain("main");
        assertThat(gitOutput(bare, "log", "--format=%s", "master")).startsWith("Ici\nAilleurs\n");
        var publish = run.run("publish");
        assertThat(publish.exit()).as(publish.err()).isZero();
        assertThat(gitOutput(bare, "branch", "--list")).contains("gh-pages", "master").doesNotContain("main");
        assertThat(run.run("status").out()).startsWith("On master");
    }
}
