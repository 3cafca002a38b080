package dev.carnet.vcs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a fetch or a push killed half-way leaves in the repository, cleared before the next one,
 * which carnet runs only under its remote lock ({@code .carnet/remote.lock}): no other carnet can
 * be talking to a remote then.
 * <ul>
 * <li>{@code objects/pack/pack-NAME.keep} ("jgit fetch …"), written beside a pack being received
 * and deleted once the refs point into it: left, every later fetch of the same objects failed with
 * "Cannot lock pack". Keep files written by anything else (git's own, an author's) are left alone.
 * <li>{@code refs/remotes/…/NAME.lock}, the lock of a remote-tracking branch being moved: left, the
 * next fetch silently could not move it, and sync then pushed onto a remote it had not caught up
 * with ("the remote has commits you don't have"). Only fetches and pushes move those branches.
 * <li>a pack moved in without its index ({@link PacksWithoutIndex}).
 * </ul>
 */
final class StaleFetchLocks {
    private static final String JGIT_FETCH = "jgit fetch ";

    private StaleFetchLocks() {
    }

    /** @param gitDir the repository's {@code .git} */
    static void clear(Path gitDir) {
        clearKeeps(gitDir.resolve("objects/pack"));
        PacksWithoutIndex.clear(gitDir.resolve("objects/pack"));
        try {
            deleteLocksUnder(gitDir.resolve("refs/remotes"));
        } catch (IOException | RuntimeException e) {
            // Left: the fetch then says what stops it.
        }
    }

    /** Deletes every {@code *.lock} file under {@code folder} (a folder of refs), if there is one. */
    static void deleteLocksUnder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var walk = Files.walk(folder)) {
                for (Path lock : walk.filter(f -> f.getFileName().toString().endsWith(".lock") && Files.isRegularFile(f)).toList()) {
                    Files.deleteIfExists(lock);
                }
            }
        }
    }

    private static void clearKeeps(Path packs) {
        if (!Files.isDirectory(packs)) {
            return;
        }
        try (DirectoryStream<Path> keeps = Files.newDirectoryStream(packs, "pack-*.keep")) {
            for (Path keep : keeps) {
                if (Files.size(keep) < 4096 && Files.readString(keep, StandardCharsets.UTF_8).startsWith(JGIT_FETCH)) {
                    Files.deleteIfExists(keep);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable: the fetch then says what stops it, and the author's files are untouched either way.
        }
    }
}
