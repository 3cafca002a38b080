package dev.carnet.vcs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.internal.storage.file.LockFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM holding a JGit lock, hung up on (SIGHUP, as a dropped SSH connection does): JGit's own
 * shutdown hook deletes the lock under the thread still using it, which is how a {@code carnet
 * commit} hung up on lost its branch; after {@link GitShutdown#leaveLocksToTheNextRun} the lock stays,
 * as after SIGKILL, for the next carnet to clear.
 */
class GitShutdownTest {
    @TempDir
    Path dir;

    /** The JVM under test: holds a lock on {@code args[0]}, says so, and waits to be stopped. */
    public static void main(String[] args) throws Exception {
        if (args[1].equals("carnet")) {
            GitShutdown.leaveLocksToTheNextRun();
        }
        LockFile lock = new LockFile(new File(args[0]));
        assertThat(lock.lock()).isTrue();
        lock.write("0123456789012345678901234567890123456789\n".getBytes(StandardCharsets.US_ASCII));
        System.out.println("held");
        Thread.sleep(60_000);
    }

    @Test
    void aHungUpCarnetLeavesItsLockForTheNextRunInsteadOfDeletingItUnderItself() throws Exception {
        assertThat(hungUpWithALockOn("carnet")).as("the lock, after SIGHUP, with carnet's setting").exists();
    }

    @Test
    void jgitByItselfDeletesTheLockOfAThreadStillAtWorkWhenHungUpOn() throws Exception {
        // What makes the test above able to fail: without the setting, JGit's hook removes the lock.
        assertThat(hungUpWithALockOn("jgit")).as("the lock, after SIGHUP, JGit left alone").doesNotExist();
    }

    private Path hungUpWithALockOn(String mode) throws Exception {
        Path ref = dir.resolve(mode + "-main");
        Files.writeString(ref, "before\n");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GitShutdownTest.class.getName(), ref.toString(), mode))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("held");
        Path lock = dir.resolve(mode + "-main.lock");
        assertThat(lock).exists();
        new ProcessBuilder("kill", "-HUP", Long.toString(child.pid())).start().waitFor();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ref).hasContent("before");
        return lock;
    }
}
