package dev.carnet.importer;

import dev.carnet.store.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes what the import makes, file by file, without ever replacing the author's work: a file
 * changed since the last import, or one the import did not write, is kept unless asked otherwise.
 */
final class ImportedFiles {
    private final Path root;
    private final ImportManifest manifest;
    private final boolean overwrite;
    private final boolean dryRun;
    private final List<String> written = new ArrayList<>();
    private final List<String> alreadyThere = new ArrayList<>();
    private final List<String> keptChanged = new ArrayList<>();
    private final List<String> keptNotImported = new ArrayList<>();
    private int created;
    private int updated;
    private int unchanged;

    ImportedFiles(Path root, ImportManifest manifest, boolean overwrite, boolean dryRun) {
        this.root = root;
        this.manifest = manifest;
        this.overwrite = overwrite;
        this.dryRun = dryRun;
    }

    /** Writes {@code text} at the blog-relative {@code path} for post {@code id} (0 for none), unless that would lose work. */
    void put(long id, String path, String text) {
        put(id, path, text.getBytes(StandardCharsets.UTF_8), true);
    }

    /**
     * Copies bytes (an image) to {@code path}; no copy of them is kept in the import's state, so an
     * existing different file there is the author's and is kept unless asked otherwise.
     */
    void copy(String path, byte[] content) {
        put(0, path, content, false);
    }

    /**
     * Writes a file the import only ever adds lines to ({@code redirects.yml}): whoever wrote it,
     * the new text keeps all of it, so no standing can make this lose work.
     */
    void merge(String path, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        Path file = root.resolve(path);
        if (Arrays.equals(read(file), content)) {
            unchanged++;
            alreadyThere.add(path);
            return;
        }
        if (Files.exists(file)) {
            updated++;
        } else {
            created++;
        }
        written.add(path);
        if (!dryRun) {
            AtomicFiles.write(file, content);
            remember(0, path, content);
        }
    }

    private void put(long id, String path, byte[] content, boolean remembered) {
        Path file = root.resolve(path);
        byte[] current = read(file);
        if (Arrays.equals(current, content)) {
            unchanged++;
            alreadyThere.add(path);
            if (remembered) {
                remember(id, path, content);
            }
            return;
        }
        ImportManifest.Standing standing = manifest.standing(path, current);
        switch (standing) {
            case ABSENT -> created++;
            case AS_IMPORTED -> updated++;
            case CHANGED_SINCE_IMPORT, NOT_IMPORTED -> {
                if (!overwrite) {
                    (standing == ImportManifest.Standing.CHANGED_SINCE_IMPORT ? keptChanged : keptNotImported).add(path);
                    return;
                }
                updated++;
            }
            default -> throw new IllegalStateException(standing.name());
        }
        written.add(path);
        if (!dryRun) {
            AtomicFiles.write(file, content);
            if (remembered) {
                remember(id, path, content);
            }
        }
    }

    private void remember(long id, String path, byte[] content) {
        if (!dryRun) {
            manifest.wrote(id, path, content);
        }
    }

    /** The file's bytes, or null when there is no file. */
    private static byte[] read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> written() {
        return written;
    }

    /**
     * Files already what the import would write: the last import's (committed then), or those an
     * import killed half-way wrote before it could commit them, which this one's commit must take.
     */
    List<String> alreadyThere() {
        return alreadyThere;
    }

    /** Files the author changed since the last import, left as they are. */
    List<String> keptChanged() {
        return keptChanged;
    }

    /** Files already there that no import wrote, left as they are. */
    List<String> keptNotImported() {
        return keptNotImported;
    }

    int created() {
        return created;
    }

    int updated() {
        return updated;
    }

    int unchanged() {
        return unchanged;
    }
}
