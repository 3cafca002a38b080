package dev.carnet.vcs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A pack that a fetch or push killed half-way moved into {@code objects/pack/} without its
 * {@code .idx}: no reader can use it, and while it is there JGit takes the same pack received
 * again (same objects, same name) as already stored and drops it, so every later push of those
 * objects was refused "object … missing" (found by the crash suite). Git counts such a file as
 * garbage; it is deleted, with the {@code .rev} and {@code .bitmap} made from it. JGit moves the
 * pack in, then its index, a moment apart: a pack younger than {@link #AGE} may be a live
 * receive's, and is waited for (by the folder's clock).
 */
final class PacksWithoutIndex {
    static final Duration AGE = Duration.ofSeconds(2);

    private PacksWithoutIndex() {
    }

    /** @param packs an {@code objects/pack} folder; returns how many packs were deleted */
    static int clear(Path packs) {
        if (!Files.isDirectory(packs)) {
            return 0;
        }
        int removed = 0;
        try {
            for (Path pack : orphans(packs)) {
                FileTime modified = Files.getLastModifiedTime(pack);
                // By the folder's own clock (a shared folder's may differ from this machine's).
                long young = AGE.toMillis() - Duration.between(modified.toInstant(), LocalRemoteLeftovers.now(packs)).toMillis();
                if (young > 0) {
                    Thread.sleep(Math.min(young, AGE.toMillis()));
                }
                if (!Files.exists(index(pack)) && Files.deleteIfExists(pack)) {
                    removed++;
                    for (String made : List.of(".rev", ".bitmap")) {
                        Files.deleteIfExists(sibling(pack, made));
                    }
                }
            }
        } catch (IOException e) {
            // Left: the push or fetch then says what stops it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return removed;
    }

    private static List<Path> orphans(Path packs) throws IOException {
        List<Path> orphans = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(packs, "pack-*.pack")) {
            for (Path pack : all) {
                if (!Files.exists(index(pack))) {
                    orphans.add(pack);
                }
            }
        }
        return orphans;
    }

    private static Path index(Path pack) {
        return sibling(pack, ".idx");
    }

    private static Path sibling(Path pack, String extension) {
        String name = pack.getFileName().toString();
        return pack.resolveSibling(name.substring(0, name.length() - ".pack".length()) + extension);
    }
}
