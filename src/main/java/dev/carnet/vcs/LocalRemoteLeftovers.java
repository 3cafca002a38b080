package dev.carnet.vcs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A remote that is a folder (a backup disk, a shared folder) receives a push through JGit in
 * this process, which writes {@code objects/pack/incoming_*.pack} as it receives: a push killed
 * or cut half-way leaves that file behind (98 MB after 40 cut pushes). Before pushing, such files
 * older than an hour go: no push of a blog takes that long, so no push is still writing them.
 * A push killed as it moved the remote's branches leaves their lock files ({@code refs/heads/main.lock}),
 * and every later push was refused ("failed to lock"): a branch is locked for the milliseconds
 * of its update, so a lock two seconds old (by the remote's clock) is a dead push's, and goes.
 * A pack moved in without its index goes too ({@link PacksWithoutIndex}).
 */
final class LocalRemoteLeftovers {
    static final Duration AGE = Duration.ofHours(1);
    static final Duration REF_LOCK_AGE = Duration.ofSeconds(2);

    private LocalRemoteLeftovers() {
    }

    /**
     * @param url the remote's address as configured; anything but a folder is left alone
     * @param workTree what a relative folder is relative to
     */
    static int clear(String url, Path workTree) {
        Path folder = folder(url, workTree);
        if (folder == null) {
            return 0;
        }
        int removed = 0;
        for (Path pack : List.of(folder.resolve("objects/pack"), folder.resolve(".git/objects/pack"))) {
            if (!Files.isDirectory(pack)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(pack, "incoming_*.{pack,idx}")) {
                Instant now = null;
                for (Path file : files) {
                    now = now != null ? now : now(pack);
                    FileTime modified = Files.getLastModifiedTime(file);
                    if (modified.toInstant().isBefore(now.minus(AGE)) && Files.deleteIfExists(file)) {
                        removed++;
                    }
                }
            } catch (IOException e) {
                // a remote folder we cannot tidy is still pushed to; the push says what is wrong, if anything
            }
        }
        for (Path pack : List.of(folder.resolve("objects/pack"), folder.resolve(".git/objects/pack"))) {
            removed += PacksWithoutIndex.clear(pack);
        }
        return removed + refLocks(folder);
    }

    private static int refLocks(Path folder) {
        List<Path> locks = new ArrayList<>();
        for (Path git : List.of(folder, folder.resolve(".git"))) {
            for (String name : List.of("HEAD.lock", "packed-refs.lock")) {
                if (Files.exists(git.resolve(name))) {
                    locks.add(git.resolve(name));
                }
            }
            if (Files.isDirectory(git.resolve("refs"))) {
                try (Stream<Path> walk = Files.walk(git.resolve("refs"))) {
                    walk.filter(f -> f.getFileName().toString().endsWith(".lock") && Files.isRegularFile(f)).forEach(locks::add);
                } catch (IOException | UncheckedIOException e) {
                    // as above: the push says what is wrong, if anything
                }
            }
        }
        int removed = 0;
        try {
            Instant now = locks.isEmpty() ? null : now(locks.get(0).getParent());
            for (Path lock : locks) {
                Duration age = Duration.between(Files.getLastModifiedTime(lock).toInstant(), now);
                if (age.compareTo(REF_LOCK_AGE) < 0) {
                    // Just killed, or a live push of another machine's: it will have let go by then.
                    Thread.sleep(REF_LOCK_AGE.minus(age).toMillis());
                    now = now(lock.getParent());
                }
                if (Files.exists(lock) && Duration.between(Files.getLastModifiedTime(lock).toInstant(), now).compareTo(REF_LOCK_AGE) >= 0
                        && Files.deleteIfExists(lock)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // as above
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return removed;
    }

    /**
     * The time of the remote's own file system (a shared folder's clock may differ from this
     * machine's), read from a file made there: the push is about to write there anyway.
     */
    static Instant now(Path pack) throws IOException {
        Path probe = Files.createTempFile(pack, "carnet-now", ".tmp");
        try {
            return Files.getLastModifiedTime(probe).toInstant();
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    private static Path folder(String url, Path workTree) {
        String path;
        if (url.startsWith("file://")) {
            path = url.substring("file://".length());
        } else if (url.contains("://") || url.matches("^[^/\\\\]+@[^:]+:.*") || url.matches("^[A-Za-z0-9.-]+:.*") && !url.startsWith("/")) {
            return null; // ssh, https, user@host:path, host:path
        } else {
            path = url;
        }
        try {
            Path folder = workTree.resolve(path).normalize();
            return Files.isDirectory(folder) ? folder : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
