package dev.carnet.vcs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fetch writes {@code objects/pack/pack-NAME.keep} ("jgit fetch …") beside the pack it receives
 * and deletes it once the refs point into the pack. A carnet killed in between (a dropped SSH
 * connection during {@code sync}) leaves the keep file, and every later fetch of the same objects
 * failed with "Cannot lock pack". Cleared before each fetch, which carnet runs only under its
 * remote lock ({@code .carnet/remote.lock}): no other carnet can be fetching then. Keep files
 * written by anything else (git's own, an author's) are left alone.
 */
final class StaleFetchLocks {
    private static final String JGIT_FETCH = "jgit fetch ";

    private StaleFetchLocks() {
    }

    /** @param gitDir the repository's {@code .git} */
    static void clear(Path gitDir) {
        Path packs = gitDir.resolve("objects/pack");
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
