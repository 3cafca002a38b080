package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.vcs.GitRepository;
import dev.carnet.vcs.Identity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.junit.ssh.SshTestGitServer;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * publish and sync over real SSH to a git server on 127.0.0.1, through a link that fails half-way:
 * cut while the pack goes up or comes down, silent while held open, or a server that refuses. Each
 * time: one line saying what happened, the local branches and the remote's as they were, git sound
 * on both sides, and the next run, once the network is back, completes.
 */
class NetworkFaultsTest {
    /** Incompressible, so that the pack is long enough to be cut in its middle. */
    private static final int BIG = 400_000;

    @TempDir
    Path dir;
    Path home;
    Path blog;
    Repository served;
    SshTestGitServer server;
    FaultyLink link;

    @BeforeEach
    void aBlogPublishedOverSshThroughALink() throws Exception {
        home = dir.resolve("home");
        Files.createDirectories(home.resolve(".ssh"));
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "carnet-test", "-f",
                home.resolve(".ssh/id_ed25519").toString()).redirectErrorStream(true).start();
        assertThat(keygen.waitFor(30, TimeUnit.SECONDS)).isTrue();
        blog = Fixtures.copy("site-blog", dir.resolve("blog"));
        Fixtures.write(blog.resolve(".gitignore"), "public/\n.carnet/\n");
        Fixtures.write(blog.resolve("carnet.yml"), Fixtures.read(blog.resolve("carnet.yml")) + "  timeout: 5\n");
        GitRepository.initAndCommitAll(blog, "Premier commit", new Identity("A. Author", "author@example.org"));
        served = Git.init().setBare(true).setDirectory(dir.resolve("served.git").toFile()).setInitialBranch("main").call().getRepository();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        server = new SshTestGitServer("git", home.resolve(".ssh/id_ed25519.pub"), served, generator.generateKeyPair());
        link = new FaultyLink(server.start());
        assertThat(carnet("remote", "set", "ssh://git@127.0.0.1:" + link.port() + "/blog.git").exit()).isZero();
        CliRun.Result first = carnet("publish", "--accept-new-host-key");
        assertThat(first.exit()).as(first.err()).isZero();
    }

    @AfterEach
    void stop() throws IOException {
        link.close();
        server.stop();
        served.close();
    }

    private CliRun.Result carnet(String... args) {
        return new CliRun(blog).env("HOME", home.toString()).run(args);
    }

    @Test
    void aPushCutHalfWayLeavesBothSidesAsTheyWereAndTheNextPublishCompletes() throws Exception {
        commitABigPicture();
        Refs before = refs();
        link.cutAfterSending(BIG / 2);
        CliRun.Result cut = carnet("publish");
        assertFailedInOneLine(cut, "the connection to origin");
        assertThat(link.sent()).as("the cut came in the middle of the pack").isGreaterThanOrEqualTo(BIG / 2);
        assertThat(refs()).isEqualTo(before);
        fsck(served.getDirectory().toPath());
        link.heal();
        CliRun.Result again = carnet("publish");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(refs().servedPages()).isEqualTo(refs().pages()).isNotEqualTo(before.servedPages());
        assertThat(refs().servedMain()).isEqualTo(refs().main());
    }

    @Test
    void aRemoteThatGoesSilentBeforeAnsweringIsGivenUpAfterPublishTimeoutAndNothingChanges() throws Exception {
        commitABigPicture();
        Refs before = refs();
        link.stallAfterReceiving(0);
        long seconds = secondsOf(() -> assertFailedInOneLine(carnet("publish"), "did not answer for 5 s"));
        assertThat(seconds).as("publish.timeout is 5 s").isBetween(4L, 20L);
        assertThat(refs()).isEqualTo(before);
        link.heal();
        CliRun.Result again = carnet("publish");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(refs().servedPages()).isEqualTo(refs().pages());
    }

    @Test
    void aRemoteThatGoesSilentHalfWayThroughAFetchIsGivenUpAfterPublishTimeout() throws Exception {
        commitElsewhere();
        Refs before = refs();
        link.stallAfterReceiving(BIG / 2);
        long seconds = secondsOf(() -> assertFailedInOneLine(carnet("sync"), "did not answer for 5 s"));
        assertThat(seconds).as("publish.timeout is 5 s").isBetween(4L, 20L);
        assertThat(refs().main()).isEqualTo(before.main());
        link.heal();
        CliRun.Result again = carnet("sync");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(blog.resolve("notes/2024/09-ailleurs.md")).exists();
    }

    private static long secondsOf(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    }

    @Test
    void aFetchCutHalfWayLeavesTheNotesAsTheyWereAndTheNextSyncBringsThemIn() throws Exception {
        commitElsewhere();
        Refs before = refs();
        link.cutAfterReceiving(BIG / 2);
        CliRun.Result cut = carnet("sync");
        assertFailedInOneLine(cut, "the connection to origin");
        assertThat(refs().main()).isEqualTo(before.main());
        assertThat(blog.resolve("notes/2024/09-ailleurs.md")).doesNotExist();
        assertThat(SystemGit.run(blog, "--no-optional-locks", "status", "--porcelain")).isEmpty();
        fsck(blog);
        link.heal();
        CliRun.Result again = carnet("sync");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(blog.resolve("notes/2024/09-ailleurs.md")).exists();
        assertThat(refs().main()).isEqualTo(refs().servedMain());
    }

    /** Someone else pushes a note and a big picture to the remote, with the system's git. */
    private void commitElsewhere() throws Exception {
        Path other = dir.resolve("other");
        SystemGit.run(dir, "clone", "--quiet", served.getDirectory().toString(), other.toString());
        Files.write(other.resolve("static/images/loin.bin"), incompressible(BIG));
        Fixtures.write(other.resolve("notes/2024/09-ailleurs.md"), "---\ntitle: Ailleurs\ndate: 2024-09-01T09:00:00+02:00\n---\nÉcrit ailleurs.\n");
        SystemGit.run(other, "add", ".");
        SystemGit.run(other, "-c", "user.name=Other", "-c", "user.email=o@example.org", "commit", "--quiet", "-m", "Ailleurs");
        SystemGit.run(other, "push", "--quiet", "origin", "main");
    }

    @Test
    void aSyncWhosePushIsCutKeepsTheLocalCommitAndSendsItNextTime() throws Exception {
        commitABigPicture();
        Refs before = refs();
        link.cutAfterSending(BIG / 2);
        CliRun.Result cut = carnet("sync");
        assertFailedInOneLine(cut, "the connection to origin");
        assertThat(refs().main()).isEqualTo(before.main());
        assertThat(refs().servedMain()).isEqualTo(before.servedMain());
        link.heal();
        CliRun.Result again = carnet("sync");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(refs().servedMain()).isEqualTo(before.main());
    }

    @Test
    void aRemoteThatRefusesTheForcedPagesBranchIsNamedWithItsReasonAndNothingChangesHere() throws Exception {
        Fixtures.write(blog.resolve("carnet.yml"), Fixtures.read(blog.resolve("carnet.yml")) + "  history: single\n");
        commitABigPicture();
        StoredConfig config = served.getConfig();
        config.setBoolean("receive", null, "denyNonFastForwards", true);
        config.save();
        Refs before = refs();
        CliRun.Result refused = carnet("publish");
        assertFailedInOneLine(refused, "the remote refused gh-pages (non-fast forward)");
        assertThat(refs().pages()).isEqualTo(before.pages());
        assertThat(refs().servedPages()).isEqualTo(before.servedPages());
        config.setBoolean("receive", null, "denyNonFastForwards", false);
        config.save();
        CliRun.Result again = carnet("publish");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(refs().servedPages()).isEqualTo(refs().pages());
    }

    private void commitABigPicture() throws Exception {
        Files.write(blog.resolve("static/images/grand.bin"), incompressible(BIG));
        CliRun.Result commit = carnet("commit");
        assertThat(commit.exit()).as(commit.err()).isZero();
    }

    private static byte[] incompressible(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static void assertFailedInOneLine(CliRun.Result result, String naming) {
        assertThat(result.exit()).as(result.out() + result.err()).isEqualTo(1);
        List<String> lines = result.err().lines().filter(line -> !line.isBlank() && !line.startsWith("note:")).toList();
        assertThat(lines).as(result.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("carnet: ").contains(naming).doesNotContain("Exception", "unexpected", "\tat ");
    }

    record Refs(String main, String pages, String servedMain, String servedPages) {
    }

    private Refs refs() throws IOException {
        try (Git git = Git.open(blog.toFile())) {
            return new Refs(name(git.getRepository(), "main"), name(git.getRepository(), "gh-pages"),
                    name(served, "main"), name(served, "gh-pages"));
        }
    }

    private static String name(Repository repository, String branch) throws IOException {
        var id = repository.resolve("refs/heads/" + branch);
        return id == null ? null : id.getName();
    }

    private static void fsck(Path repository) throws Exception {
        SystemGit.run(repository, "fsck", "--no-progress");
    }

}
