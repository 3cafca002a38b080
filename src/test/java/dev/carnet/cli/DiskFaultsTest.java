package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.vcs.GitRepository;
import dev.carnet.vcs.Identity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blog on a disk that fills up, or that turns read-only, under each command that writes: the
 * command fails in one line saying why, every file of the blog and of its site stays as it was, git
 * stays sound, {@code carnet status} still works, and once there is room again the same command
 * succeeds with no step by hand. The remote lives on another disk, as it would.
 */
class DiskFaultsTest {
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";
    /** Published on 1 June 2024, before the tests' clock (June's note is still to come). */
    private static final String MAY = "notes/2024/05-notes-de-mai-2024.md";

    @TempDir
    Path dir;
    Disk disk;
    Path blog;
    Path origin;

    @BeforeEach
    void aPublishedBlogOnASmallDisk() throws Exception {
        disk = Disk.tmpfs(dir.resolve("disk"), "48m");
        blog = Fixtures.copy("site-blog", disk.root().resolve("blog"));
        Fixtures.write(blog.resolve(".gitignore"), "public/\n.carnet/\n");
        GitRepository.initAndCommitAll(blog, "Premier commit", new Identity("A. Author", "author@example.org"));
        origin = dir.resolve("origin.git");
        SystemGit.run(dir, "init", "--quiet", "--bare", "--initial-branch=main", origin.toString());
        assertThat(carnet("remote", "set", origin.toString()).exit()).isZero();
        CliRun.Result published = carnet("publish");
        assertThat(published.exit()).as(published.err()).isZero();
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            disk.unmountAll();
        }
    }

    private CliRun.Result carnet(String... args) {
        return new CliRun(blog).env("EDITOR", "true").run(args);
    }

    @Test
    void aFullDiskRefusesATagInOneLineAndTheNoteStaysWhole() throws Exception {
        assertFullDiskRefusesThenSucceedsOnceFreed("tag", "2024-06", "+plein");
    }

    @Test
    void aFullDiskRefusesATagRenameAcrossNotesAndTheRerunFinishesIt() throws Exception {
        assertFullDiskRefusesThenSucceedsOnceFreed("tags", "rename", "formation", "formations");
        assertThat(Fixtures.read(blog.resolve(JUNE))).contains("formations").doesNotContain("formation,");
    }

    @Test
    void aFullDiskRefusesANewNoteAndLeavesNoEmptyFile() throws Exception {
        assertFullDiskRefusesThenSucceedsOnceFreed("new", "--no-edit", "--month", "2024-09");
        assertThat(blog.resolve("notes/2024/09-notes-de-septembre-2024.md")).isNotEmptyFile();
    }

    @Test
    void aFullDiskRefusesACommitAndKeepsTheChangeToCommit() throws Exception {
        Fixtures.write(blog.resolve(JUNE), Fixtures.read(blog.resolve(JUNE)) + "\nUne ligne de plus.\n");
        assertFullDiskRefusesThenSucceedsOnceFreed("commit");
        assertThat(SystemGit.run(blog, "--no-optional-locks", "status", "--porcelain")).isEmpty();
        assertThat(SystemGit.run(blog, "log", "--format=%s")).hasLineCount(2);
    }

    @Test
    void aFullDiskRefusesABuildAndTheSiteStaysTheLastGoodOne() throws Exception {
        assertThat(carnet("build").exit()).isZero();
        Fixtures.write(blog.resolve(MAY), Fixtures.read(blog.resolve(MAY)) + "\nUne ligne de plus.\n");
        assertFullDiskRefusesThenSucceedsOnceFreed("build");
        assertThat(Fixtures.read(blog.resolve("public/2024/06/notes-de-mai-2024/index.html"))).contains("Une ligne de plus.");
    }

    @Test
    void aFullDiskRefusesAPublishAndTheRemoteStaysAsItWas() throws Exception {
        Fixtures.write(blog.resolve(MAY), Fixtures.read(blog.resolve(MAY)) + "\nUne ligne de plus.\n");
        assertThat(carnet("commit").exit()).isZero();
        String pagesBefore = SystemGit.run(origin, "rev-parse", "gh-pages");
        assertFullDiskRefusesThenSucceedsOnceFreed("publish");
        assertThat(SystemGit.run(origin, "rev-parse", "gh-pages")).isNotEqualTo(pagesBefore);
        assertThat(SystemGit.run(origin, "rev-parse", "main")).isEqualTo(SystemGit.run(blog, "rev-parse", "main"));
    }

    @Test
    void aFullDiskRefusesASyncAndTheLocalBranchStaysAsItWas() throws Exception {
        Path other = dir.resolve("other");
        SystemGit.run(dir, "clone", "--quiet", origin.toString(), other.toString());
        Fixtures.write(other.resolve("notes/2024/09-ailleurs.md"), "---\ntitle: Ailleurs\ndate: 2024-09-01T09:00:00+02:00\n---\nÉcrit ailleurs.\n");
        SystemGit.run(other, "add", ".");
        SystemGit.run(other, "-c", "user.name=Other", "-c", "user.email=o@example.org", "commit", "--quiet", "-m", "Ailleurs");
        SystemGit.run(other, "push", "--quiet", "origin", "main");
        assertFullDiskRefusesThenSucceedsOnceFreed("sync");
        assertThat(blog.resolve("notes/2024/09-ailleurs.md")).exists();
    }

    @Test
    void aReadOnlyBlogRefusesEachWriteInOneLineAndStillReads() throws Exception {
        Fixtures.write(blog.resolve(MAY), Fixtures.read(blog.resolve(MAY)) + "\nUne ligne de plus.\n");
        assertThat(carnet("build").exit()).isZero();
        Map<String, String> before = files();
        String head = SystemGit.run(blog, "rev-parse", "HEAD");
        disk.readOnly(blog);
        for (List<String> command : List.of(List.of("tag", "2024-06", "+lecture"), List.of("tags", "rename", "formation", "formations"),
                List.of("new", "--no-edit", "--month", "2024-09"), List.of("commit"), List.of("build"), List.of("publish", "--allow-dirty"))) {
            CliRun.Result result = carnet(command.toArray(String[]::new));
            assertThat(result.exit()).as(command + " " + result.out() + result.err()).isNotZero();
            assertOneLineSaying(result, "read-only");
        }
        assertThat(files()).isEqualTo(before);
        assertThat(SystemGit.run(blog, "rev-parse", "HEAD")).isEqualTo(head);
        CliRun.Result status = carnet("status");
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).contains(MAY);
        CliRun.Result list = carnet("list");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("Notes de juin 2024");
        disk.writable(blog);
        assertThat(carnet("commit").exit()).isZero();
    }

    /**
     * Fills the disk, runs the command, checks it failed in one line and changed nothing, frees the
     * disk and runs it again: it must now succeed.
     */
    private void assertFullDiskRefusesThenSucceedsOnceFreed(String... command) throws Exception {
        Map<String, String> before = files();
        String head = SystemGit.run(blog, "rev-parse", "HEAD");
        String status = SystemGit.run(blog, "--no-optional-locks", "status", "--porcelain");
        disk.fill();
        CliRun.Result refused = carnet(command);
        assertThat(refused.exit()).as(refused.out() + refused.err()).isNotZero();
        assertOneLineSaying(refused, "No space left on device");
        assertThat(files()).as("the blog's files after a refused " + String.join(" ", command)).isEqualTo(before);
        assertThat(SystemGit.run(blog, "rev-parse", "HEAD")).isEqualTo(head);
        assertThat(SystemGit.run(blog, "--no-optional-locks", "status", "--porcelain")).isEqualTo(status);
        SystemGit.run(blog, "fsck", "--no-progress");
        CliRun.Result stillReads = carnet("status");
        assertThat(stillReads.exit()).as(stillReads.err()).isZero();
        disk.free();
        CliRun.Result done = carnet(command);
        assertThat(done.exit()).as(done.out() + done.err()).isZero();
        SystemGit.run(blog, "fsck", "--no-progress");
    }

    private static void assertOneLineSaying(CliRun.Result result, String why) {
        List<String> lines = result.err().lines().filter(line -> !line.isBlank() && !line.startsWith("note:")).toList();
        assertThat(lines).as(result.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("carnet: ").containsIgnoringCase(why)
                .doesNotContain("Exception", "unexpected", "bug");
    }

    /** Every file of the blog but git's and carnet's own state, with a digest of its bytes. */
    private Map<String, String> files() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(blog)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = blog.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith(".git/") && !name.startsWith(".carnet/")) {
                    files.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                }
            }
        }
        return files;
    }

}
