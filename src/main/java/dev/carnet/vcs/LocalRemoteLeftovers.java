package dev.carnet.vcs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A remote that is a folder (a backup disk, a shared folder) receives a push through JGit in
 * this process, which writes {@code objects/pack/incoming_*.pack} as it receives: a push killed
 * or cut half-way leaves that file behind (98 MB after 40 cut pushes). Before pushing, such files
 * older than an hour go: no push of a blog takes that long, so no push is still writing them.
 */
final class LocalRemoteLeftovers {
    static final Duration AGE = Duration.ofHours(1);

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
        return removed;
    }

    /**
     * The time of the remote's own file system (a shared folder's clock may differ from this
     * machine's), read from a file made there: the push is about to write there anyway.
     */
    private static Instant now(Path pack) throws IOException {
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
