package dev.carnet.importer;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.store.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the last import wrote, kept in {@code .carnet/import/wordpress/}: which file each post
 * became ({@code index.tsv}) and a copy of each file as written ({@code files/…}). With it, a
 * rerun updates its own files in place, makes no duplicates, and can tell a note the author has
 * changed since (kept, unless asked to overwrite) from one still as imported.
 */
final class ImportManifest {
    /** How a file on disk stands against what the import would write there. */
    enum Standing { ABSENT, AS_IMPORTED, CHANGED_SINCE_IMPORT, NOT_IMPORTED }

    private final Path folder;
    private final Path root;
    private final Map<Long, String> paths;
    /** The same index the other way round: which post a file belongs to. */
    private final Map<String, Long> owners = new HashMap<>();

    private ImportManifest(Path root, Path folder, Map<Long, String> paths) {
        this.root = root;
        this.folder = folder;
        this.paths = paths;
        paths.forEach((id, path) -> owners.put(path, id));
    }

    static ImportManifest load(Path blogRoot) {
        Path folder = blogRoot.resolve(".carnet/import/wordpress");
        Map<Long, String> paths = new LinkedHashMap<>();
        Path index = folder.resolve("index.tsv");
        if (Files.isRegularFile(index)) {
            try {
                int number = 0;
                for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                    number++;
                    String[] parts = line.split("\t");
                    if (parts.length != 2 || !parts[0].matches("\\d+")) {
                        throw new CarnetException(blogRoot.relativize(index).toString().replace('\\', '/'), number,
                                Phrase.of("import.badIndexLine"), null);
                    }
                    paths.put(Long.parseLong(parts[0]), parts[1]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ImportManifest(blogRoot, folder, paths);
    }

    Optional<String> pathOf(long id) {
        return Optional.ofNullable(paths.get(id));
    }

    /** Whether the last import gave {@code path} to a post other than {@code id}. */
    boolean ownedByAnother(String path, long id) {
        Long owner = owners.get(path);
        return owner != null && owner != id;
    }

    /** @param current the file's bytes on disk now, null when there is none */
    Standing standing(String path, byte[] current) {
        if (current == null) {
            return Standing.ABSENT;
        }
        byte[] copy = copy(path);
        if (copy == null) {
            return Standing.NOT_IMPORTED;
        }
        return Arrays.equals(current, copy) ? Standing.AS_IMPORTED : Standing.CHANGED_SINCE_IMPORT;
    }

    /** What the last import wrote at {@code path}, or null. */
    private byte[] copy(String path) {
        Path copy = folder.resolve("files").resolve(path);
        try {
            return Files.isRegularFile(copy) ? Files.readAllBytes(copy) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Remembers that the import wrote {@code content} at {@code path} (for post {@code id}, 0 for none). */
    void wrote(long id, String path, byte[] content) {
        // A rerun that changes nothing writes nothing here either: no fsync per file for nothing.
        if (!Arrays.equals(copy(path), content)) {
            AtomicFiles.write(folder.resolve("files").resolve(path), content);
        }
        if (id != 0) {
            paths.put(id, path);
            owners.put(path, id);
        }
    }

    void save() {
        StringBuilder text = new StringBuilder();
        paths.forEach((id, path) -> text.append(id).append('\t').append(path).append('\n'));
        AtomicFiles.write(folder.resolve("index.tsv"), text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
