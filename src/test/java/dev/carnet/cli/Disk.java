package dev.carnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real small disk for a test: a tmpfs of its own mounted on a folder, which can be filled to the
 * last byte, or a folder bind-mounted read-only onto itself. Root bypasses file permissions, so a
 * mount is the only honest way to make the kernel say ENOSPC or EROFS; where mounting is not allowed
 * (not root, no CAP_SYS_ADMIN) the test is skipped, saying why.
 */
final class Disk {
    private final Path mountPoint;
    private final List<Path> mounted = new ArrayList<>();

    private Disk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    static Disk tmpfs(Path mountPoint, String size) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        Disk disk = new Disk(mountPoint);
        String refused = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString());
        assumeTrue(refused == null, () -> "this test mounts a small tmpfs, and mount refused: " + refused);
        disk.mounted.add(mountPoint);
        return disk;
    }

    Path root() {
        return mountPoint;
    }

    /** Writes a filler file until the disk refuses one more byte. */
    void fill() throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler())) {
            int size = block.length;
            while (size > 0) {
                try {
                    out.write(block, 0, size);
                    out.flush();
                } catch (IOException full) {
                    size /= 2;
                }
            }
        } catch (IOException closingAFullFile) {
            // what is written stays written
        }
        try (OutputStream out = Files.newOutputStream(mountPoint.resolve("probe"))) {
            out.write(1);
            throw new AssertionError("the disk still takes a byte after filling");
        } catch (IOException full) {
            Files.deleteIfExists(mountPoint.resolve("probe"));
        }
    }

    void free() throws IOException {
        Files.deleteIfExists(filler());
    }

    private Path filler() {
        return mountPoint.resolve("filler");
    }

    /** Makes {@code folder} (inside this disk or not) read-only for everyone, root included. */
    void readOnly(Path folder) throws IOException, InterruptedException {
        assertThat(run("mount", "--bind", folder.toString(), folder.toString())).isNull();
        mounted.add(0, folder);
        assertThat(run("mount", "-o", "remount,bind,ro", folder.toString(), folder.toString())).isNull();
    }

    void writable(Path folder) throws IOException, InterruptedException {
        assertThat(run("umount", folder.toString())).isNull();
        mounted.remove(folder);
    }

    /** Unmounts all, innermost first; lazily, so that a file a failed test left open cannot keep a mount behind. */
    void unmountAll() throws IOException, InterruptedException {
        for (Path path : List.copyOf(mounted)) {
            run("umount", "-l", path.toString());
            mounted.remove(path);
        }
    }

    /** @return null when the command succeeded, else what it printed */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return String.join(" ", command) + " did not finish";
        }
        return process.exitValue() == 0 ? null : output.strip();
    }
}
