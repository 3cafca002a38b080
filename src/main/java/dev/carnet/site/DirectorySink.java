package dev.carnet.site;

import dev.carnet.error.CarnetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the site into a fresh folder next to the output, then swaps it in: readers of
 * {@code public/} never see half a site, and files of earlier builds that no longer belong go.
 */
public final class DirectorySink implements OutputSink {
    private final Path target;
    private final Path scratch;

    /** @param scratch a folder on the same disk for the new and the old site (e.g. {@code .carnet/}) */
    public DirectorySink(Path target, Path scratch) {
        this.target = target.toAbsolutePath().normalize();
        this.scratch = scratch.toAbsolutePath().normalize();
    }

    @Override
    public void write(List<OutputFile> files, Map<String, Path> copies) {
        Path next = scratch.resolve(target.getFileName() + ".next");
        Path old = scratch.resolve(target.getFileName() + ".old");
        try {
            Files.createDirectories(scratch);
            delete(next);
            delete(old);
            Files.createDirectories(next);
            for (OutputFile file : files) {
                Path path = inside(next, file.path());
                Files.createDirectories(path.getParent());
                Files.write(path, file.content());
            }
            for (Map.Entry<String, Path> copy : copies.entrySet()) {
                Path path = inside(next, copy.getKey());
                Files.createDirectories(path.getParent());
                Files.copy(copy.getValue(), path, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(next, target, StandardCopyOption.ATOMIC_MOVE);
            delete(old);
        } catch (IOException e) {
            try {
                delete(next);
            } catch (IOException ignored) {
                // the error below is what matters
            }
            throw new CarnetException("cannot write the site to " + target + " (" + e.getMessage() + "); the previous site is unchanged", e);
        }
    }

    private static Path inside(Path root, String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) {
            throw new CarnetException("refusing to write " + relative + " outside the site folder");
        }
        return path;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
