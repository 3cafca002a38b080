package dev.carnet.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/** Removes what killed builds left beside the render cache's pack: next packs older than a day. */
final class CacheLeftovers {
    private static final long DAY_MILLIS = 86_400_000L;

    private CacheLeftovers() {
    }

    /** A build running now writes a fresh next pack: only those a day older than {@code pack} go. */
    static void remove(Path pack) throws IOException {
        // "Now" is when the pack was just written: the file system's clock, not the system's.
        FileTime dayAgo = FileTime.fromMillis(Files.getLastModifiedTime(pack).toMillis() - DAY_MILLIS);
        try (Stream<Path> files = Files.list(pack.getParent())) {
            for (Path leftover : files.toList()) {
                String name = leftover.getFileName().toString();
                if (name.startsWith(".markdown") && name.endsWith(".pack.tmp") && Files.getLastModifiedTime(leftover).compareTo(dayAgo) < 0) {
                    Files.deleteIfExists(leftover);
                }
            }
        }
    }
}
