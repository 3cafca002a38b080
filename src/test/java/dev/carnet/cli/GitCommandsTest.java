package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.vcs.GitRepository;
import dev.carnet.vcs.Identity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Duration;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** status, commit and log on a real repository made from the sample blog. */
class GitCommandsTest {
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @TempDir
    Path dir;

    @BeforeEach
    void committedSampleBlog() {
        Fixtures.blog(dir);
        Fixtures.write(dir.resolve(".gitignore"), "public/\n.carnet/\n");
        GitRepository.initAndCommitAll(dir, "Premier commit", new Identity("A. Author", "author@example.org"));
    }

    private CliRun.Result carnet(String... args) {
        return new CliRun(dir).run(args);
    }

    private List<RevCommit> history() throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            List<RevCommit> commits = new ArrayList<>();
            git.log().call().forEach(commits::add);
            return commits;
        }
    }

    private List<String> filesOf(RevCommit commit) throws Exception {
        try (Git git = Git.open(dir.toFile()); TreeWalk walk = new TreeWalk(git.getRepository())) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            List<String> files = new ArrayList<>();
            while (walk.next()) {
                files.add(walk.getPathString());
            }
            return files;
        }
    }

    @Test
    void statusNamesChangedNotesByTitleAndLeavesBuildOutputAlone() {
        assertThat(carnet("tag", "2024-06", "+atelier").exit()).isZero();
        carnet("new", "--month", "2024-08", "--title", "Atelier d'été", "--no-edit");
        Fixtures.write(dir.resolve("public/index.html"), "<p>built</p>");
        Fixtures.write(dir.resolve(".carnet/cache/x"), "cache");
        var result = carnet("status");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("""
                On main, 1 commit; no remote yet
                Not published yet (carnet publish)
                  edited  Notes de juin 2024  notes/2024/06-notes-de-juin-2024.md
                  new     Atelier d'été       notes/2024/08-atelier-d-ete.md
                Commit them with: carnet commit   (or carnet commit -m "message")
                """);
    }

    @Test
    void commitWritesTheMessageFromWhatChangedAndNeverTakesPublic() throws Exception {
        carnet("tag", "2024-06", "+atelier");
        carnet("new", "--month", "2024-08", "--title", "Atelier d'été", "--no-edit");
        Fixtures.write(dir.resolve("pages/about.md"), Fixtures.read(dir.resolve("pages/about.md")) + "Plus.\n");
        Files.delete(dir.resolve("notes/2024/05-notes-de-mai-2024.md"));
        Fixtures.write(dir.resolve("public/index.html"), "<p>built</p>");

        var result = carnet("commit");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).matches("Committed [0-9a-f]{7} \\(4 files\\)\n");
        RevCommit head = history().get(0);
        assertThat(head.getFullMessage()).isEqualTo(
                "Notes de juin 2024: edit; new: Atelier d'été; delete: notes/2024/05-notes-de-mai-2024.md; pages: about.md");
        assertThat(filesOf(head)).contains(JUNE, "notes/2024/08-atelier-d-ete.md", "pages/about.md")
                .doesNotContain("notes/2024/05-notes-de-mai-2024.md", "public/index.html");
        assertThat(carnet("status").out()).contains("Nothing changed since the last commit.");
    }

    @Test
    void nothingToCommitIsAPlainMessage() throws Exception {
        var result = carnet("commit", "-m", "rien");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("Nothing to commit: your notes are as in the last commit.\n");
        assertThat(history()).hasSize(1);
    }

    @Test
    void commitsOnlyTheNotesNamed() throws Exception {
        carnet("tag", "2024-06", "+atelier");
        carnet("tag", "2024-05", "+atelier");
        var result = carnet("commit", "-m", "Juin seulement", "2024-06");
        assertThat(result.out()).matches("Committed [0-9a-f]{7} \\(1 file\\)\n");
        assertThat(carnet("status").out()).contains("edited  Notes de mai 2024").doesNotContain("juin");
    }

    @Test
    void ignoresTheUsersSigningAndHooks() throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setBoolean("commit", null, "gpgSign", true);
            config.save();
        }
        Path hook = dir.resolve(".git/hooks/pre-commit");
        Fixtures.write(hook, "#!/bin/sh\necho refused >&2\nexit 1\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        carnet("tag", "2024-06", "+atelier");
        var result = carnet("commit");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(history()).hasSize(2);
    }

    @Test
    void logFollowsANoteAcrossARenameAndShowsPatches() throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            Files.move(dir.resolve(JUNE), dir.resolve("notes/2024/06-juin.md"));
            git.add().addFilepattern("notes").call();
            git.add().setUpdate(true).addFilepattern("notes").call();
            git.commit().setMessage("Renommer juin").setSign(false).call();
        }
        Fixtures.write(dir.resolve("notes/2024/06-juin.md"), Fixtures.read(dir.resolve("notes/2024/06-juin.md")) + "Une ligne de plus.\n");
        carnet("commit", "-m", "Compléter juin");

        var log = carnet("log", "juin");
        assertThat(log.out().lines()).hasSize(3);
        assertThat(log.out().lines().toList().get(0)).endsWith("Compléter juin");
        assertThat(log.out().lines().toList().get(2)).endsWith("Premier commit  (as notes/2024/06-notes-de-juin-2024.md)");
        var patch = carnet("log", "juin", "-n", "1", "--patch");
        assertThat(patch.out()).contains("+++ b/notes/2024/06-juin.md", "+Une ligne de plus.");
        assertThat(carnet("log", "-n", "2").out().lines()).hasSize(2);
    }

    @Test
    void restoreBringsBackAnOldVersionAsANewChange() throws Exception {
        String original = Fixtures.read(dir.resolve(JUNE));
        String first = junePassedOver();

        var result = carnet("restore", "2024-06", "--at", first.substring(0, 8));
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Restored " + JUNE + " as it was in " + first.substring(0, 7));
        assertThat(dir.resolve(JUNE)).content().isEqualTo(original);
        assertThat(history()).hasSize(2);
        assertThat(carnet("commit", "-m", "Revenir à la première version").exit()).isZero();
        assertThat(history()).hasSize(3);
    }

    /** June rewritten and committed over its first version; returns the first commit's id. */
    private String junePassedOver() throws Exception {
        String first = history().get(0).getName();
        Fixtures.write(dir.resolve(JUNE), Fixtures.read(dir.resolve(JUNE)).replace("Juin a été riche", "Juin a été réécrit"));
        carnet("commit", "-m", "Réécrire juin");
        return first;
    }

    /** Another carnet writing (a tag, the text UI saving): restore waits for it, then restores, and loses neither. */
    @Test
    void restoreWaitsForAnotherCarnetWritingThenRestores() throws Exception {
        String original = Fixtures.read(dir.resolve(JUNE));
        String first = junePassedOver();
        CliRun.Result result;
        try (HeldLock writer = HeldLock.on(dir.resolve(".carnet/write.lock"))) {
            var restore = java.util.concurrent.CompletableFuture.supplyAsync(() -> carnet("restore", "2024-06", "--at", first.substring(0, 8)));
            Thread.sleep(800);
            assertThat(restore).as("restore waits while another carnet writes").isNotDone();
            assertThat(dir.resolve(JUNE)).content().contains("Juin a été réécrit");
            writer.release();
            result = restore.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(dir.resolve(JUNE)).content().isEqualTo(original);
    }

    @Test
    void restoreRefusesToOverwriteChangesNotCommitted() {
        Fixtures.write(dir.resolve(JUNE), Fixtures.read(dir.resolve(JUNE)) + "Précieux.\n");
        var result = carnet("restore", "2024-06", "--at", "HEAD");
        assertThat(result.exit()).isEqualTo(1);
        String refusal = "carnet: " + JUNE + " has changes not committed: commit them first (carnet commit " + JUNE
                + ") so they stay in the history, then restore\n";
        assertThat(result.err()).isEqualTo(refusal);
        assertThat(dir.resolve(JUNE)).content().endsWith("Précieux.\n");
        // The changes are looked at before the revision: even an unknown one gets the same refusal.
        assertThat(carnet("restore", "2024-06", "--at", "nulle-part").err()).isEqualTo(refusal);
    }

    @Test
    void restoreNamesAnUnknownRevision() {
        var result = carnet("restore", "2024-06", "--at", "nulle-part");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: no commit 'nulle-part' (carnet log " + JUNE + " lists them)\n");
    }

    @Test
    void saysWhenTheBlogIsNotAGitRepository() throws IOException {
        Path plain = dir.resolve("sans-git");
        Fixtures.copy("blog", plain);
        var result = new CliRun(plain).run("status");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: " + plain + ": not a git repository (carnet init makes one; or run git init)\n");
    }

    @Test
    void aPushToAFolderRemoteClearsPacksThatKilledPushesLeftThere() throws Exception {
        Path origin = dir.resolve("origin.git");
        Git.init().setBare(true).setDirectory(origin.toFile()).setInitialBranch("main").call().close();
        Path packs = Files.createDirectories(origin.resolve("objects/pack"));
        Path leftover = packs.resolve("incoming_4711.pack");
        Fixtures.write(leftover, "half a pack of a push killed yesterday");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        Path writing = packs.resolve("incoming_4712.pack");
        Fixtures.write(writing, "a push of another carnet, now");
        carnet("remote", "set", origin.toString());
        var sync = carnet("sync");
        assertThat(sync.exit()).as(sync.err()).isZero();
        assertThat(leftover).doesNotExist();
        assertThat(writing).exists();
        try (var left = Files.list(packs)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("carnet-now"));
        }
    }

    @Test
    void aBranchLockThatAKilledPushLeftInAFolderRemoteIsClearedAndTheNextSyncPushes() throws Exception {
        // What the crash suite found: sync killed as it moved the remote's main; every later push was refused "failed to lock".
        Path origin = syncedToAFolderRemote();
        juneEditedAndCommitted();
        Path lock = origin.resolve("refs/heads/main.lock");
        Fixtures.write(lock, "0000000000000000000000000000000000000000\n"); // just now: the kill was a moment ago

        var sync = carnet("sync");

        assertThat(sync.exit()).as(sync.err()).isZero();
        assertThat(lock).doesNotExist();
        try (Git remote = Git.open(origin.toFile()); Git here = Git.open(dir.toFile())) {
            assertThat(remote.getRepository().resolve("main")).isEqualTo(here.getRepository().resolve("main"));
        }
    }

    @Test
    void aPackThatAKilledPushMovedInWithoutItsIndexIsClearedAndTheSamePushGoesThrough() throws Exception {
        // What the crash suite found: sync killed between moving the pack in and its index; JGit then
        // dropped the same pack sent again as "already there", and every push was refused "object … missing".
        Path origin = syncedToAFolderRemote();
        ObjectId before;
        try (Git remote = Git.open(origin.toFile())) {
            before = remote.getRepository().resolve("main");
        }
        juneEditedAndCommitted();
        List<Path> earlier = indexes(origin);
        assertThat(carnet("sync").exit()).isZero();
        // As the kill left it: the pack of that push moved in, its index not yet, the branch not moved.
        List<Path> pushed = indexes(origin).stream().filter(idx -> !earlier.contains(idx)).toList();
        assertThat(pushed).hasSize(1);
        Files.delete(pushed.get(0));
        try (Git remote = Git.open(origin.toFile())) {
            RefUpdate back = remote.getRepository().updateRef("refs/heads/main");
            back.setNewObjectId(before);
            back.setForceUpdate(true);
            assertThat(back.update()).isEqualTo(RefUpdate.Result.FORCED);
        }
        try (Git here = Git.open(dir.toFile())) {
            RefUpdate tracking = here.getRepository().updateRef("refs/remotes/origin/main");
            tracking.setNewObjectId(before);
            tracking.setForceUpdate(true);
            tracking.update();
        }

        var sync = carnet("sync");

        assertThat(sync.exit()).as(sync.out() + sync.err()).isZero();
        try (Git remote = Git.open(origin.toFile()); Git here = Git.open(dir.toFile())) {
            assertThat(remote.getRepository().resolve("main")).isEqualTo(here.getRepository().resolve("main"));
            assertThat(remote.getRepository().getObjectDatabase().has(here.getRepository().resolve("main"))).isTrue();
        }
    }

    /** A bare repository beside the blog, set as its remote, and synced to once. */
    private Path syncedToAFolderRemote() throws Exception {
        Path origin = dir.resolve("origin.git");
        Git.init().setBare(true).setDirectory(origin.toFile()).setInitialBranch("main").call().close();
        carnet("remote", "set", origin.toString());
        assertThat(carnet("sync").exit()).isZero();
        return origin;
    }

    private void juneEditedAndCommitted() {
        Fixtures.write(dir.resolve(JUNE), Fixtures.read(dir.resolve(JUNE)) + "Après la coupure.\n");
        assertThat(carnet("commit", "-m", "Après la coupure").exit()).isZero();
    }

    private static List<Path> indexes(Path bare) throws IOException {
        try (var packs = Files.list(bare.resolve("objects/pack"))) {
            return packs.filter(p -> p.toString().endsWith(".idx")).toList();
        }
    }

    @Test
    void statusRightAfterRemoteSetShowsTheRemoteNotFetchedYet() throws Exception {
        Path origin = dir.resolve("origin.git");
        Git.init().setBare(true).setDirectory(origin.toFile()).setInitialBranch("main").call().close();
        carnet("remote", "set", origin.toString());
        assertThat(carnet("status").out()).startsWith("On main, 1 commit; origin (" + origin
                + "): not fetched yet (carnet sync fetches it and pushes your commits)\n").doesNotContain("no remote");
        var summary = new dev.carnet.service.GitService(dev.carnet.store.Blog.open(dir)).summary();
        assertThat(summary.remote()).isEqualTo("origin");
        assertThat(summary.remoteUrl()).isEqualTo(origin.toString());
        assertThat(summary.remoteNotFetched()).isTrue();
        assertThat(summary.syncStopped()).isFalse();
        assertThat(summary.conflicts()).isEmpty();
    }

    @Test
    void logShowsTimesInTheBlogsTimeZone() throws Exception {
        Fixtures.write(dir.resolve(JUNE), Fixtures.read(dir.resolve(JUNE)) + "Hiver.\n");
        try (Git git = Git.open(dir.toFile())) {
            git.add().addFilepattern(JUNE).call();
            var utc = new org.eclipse.jgit.lib.PersonIdent("Julien", "j@example.org", java.time.Instant.parse("2024-01-15T08:05:00Z"),
                    java.time.ZoneOffset.UTC);
            git.commit().setMessage("Écrit en UTC").setAuthor(utc).setCommitter(utc).setSign(false).call();
        }
        assertThat(carnet("log", "-n", "1").out()).matches("[0-9a-f]{7}  2024-01-15 09:05  Julien  Écrit en UTC\n");
    }

    @Test
    void commitWithoutAGitIdentitySaysWhoItCommitsAsAndHowToSetOne() throws Exception {
        carnet("tag", "2024-06", "+atelier");
        var result = carnet("commit");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("note: git has no user.name and user.email here, so carnet commits as A. Author"
                + " <author@example.org>; to commit as yourself: git config --global user.name \"Your Name\""
                + " && git config --global user.email you@example.org\n");
        try (Git git = Git.open(dir.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("user", null, "name", "Julien");
            config.setString("user", null, "email", "julien@example.org");
            config.save();
        }
        carnet("tag", "2024-06", "+fablab");
        var withIdentity = carnet("commit");
        assertThat(withIdentity.err()).isEmpty();
        assertThat(history().get(0).getAuthorIdent().getName()).isEqualTo("Julien");
    }

    @Test
    void editorLeftoversAreNeverCommittedNorShownAsChanges() throws Exception {
        List<String> leftovers = List.of("notes/2024/06-notes-de-juin-2024.md.save", "notes/2024/.06-notes-de-juin-2024.md.swp",
                "notes/2024/.06-notes-de-juin-2024.md.swo", "notes/2024/06-notes-de-juin-2024.md~", "notes/2024/.#06-notes-de-juin-2024.md",
                "notes/2024/.06-notes-de-juin-2024.md.4242.tmp", "pages/about.md~");
        for (String leftover : leftovers) {
            Fixtures.write(dir.resolve(leftover), "reste d'éditeur");
        }
        assertThat(carnet("status").out()).endsWith("Nothing changed since the last commit.\n");
        carnet("tag", "2024-06", "+atelier");
        var result = carnet("commit");
        assertThat(result.out()).matches("Committed [0-9a-f]{7} \\(1 file\\)\n");
        assertThat(filesOf(history().get(0))).doesNotContainAnyElementsOf(leftovers);
    }

    /** The pid of a process that has ended: what a carnet killed in the middle of a commit leaves in its record. */
    private static long deadProcess() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        return gone.pid();
    }

    @Test
    void anIndexLockLeftByAKilledCarnetIsClearedWithANoticeAndTheCommitGoesThrough() throws Exception {
        Fixtures.write(dir.resolve(".git/index.lock"), "");
        Fixtures.write(dir.resolve(".carnet/git.lock"), deadProcess() + "\n");
        Fixtures.write(dir.resolve(JUNE), Fixtures.read(dir.resolve(JUNE)) + "\nUne ligne.\n");

        var result = carnet("commit", "-m", "Après la coupure");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).startsWith("note: removed .git/index.lock, left by a carnet that was stopped while it committed (process ");
        assertThat(history().get(0).getFullMessage()).isEqualTo("Après la coupure");
        assertThat(dir.resolve(".git/index.lock")).doesNotExist();
        assertThat(dir.resolve(".carnet/git.lock")).doesNotExist();
    }

    @Test
    void anIndexLockOfAnotherGitIsWaitedForThenReportedAndNothingIsLost() throws Exception {
        Fixtures.write(dir.resolve(".git/index.lock"), "");
        String edited = Fixtures.read(dir.resolve(JUNE)) + "\nUne ligne.\n";
        Fixtures.write(dir.resolve(JUNE), edited);

        var result = carnet("commit", "-m", "Pendant un autre git");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("carnet: " + dir.resolve(".git/index.lock") + " exists: another git is working on this blog;"
                + " wait for it to finish, or, if none is running (one was killed), delete that file and commit again\n");
        assertThat(dir.resolve(JUNE)).hasContent(edited);
        assertThat(history()).hasSize(1);
        assertThat(dir.resolve(".git/index.lock")).exists();
    }
}
