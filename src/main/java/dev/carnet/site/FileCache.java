package dev.carnet.site;

import dev.carnet.store.XxHash64;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Files made at some cost kept between builds, one file each named by its key: share cards in
 * {@code .carnet/cache/cards/}, the smaller copies of photos in {@code .carnet/cache/photos/}. A
 * full build (the first into a folder, {@code --clean}, after carnet.yml or a template changed, a
 * publish) copies what it made before instead of making it again. Each file ends with a CRC-32C;
 * a damaged one is made again. Written without fsync: losing one only costs the time of making it.
 */
final class FileCache {
    private final Path folder;
    private final String suffix;
    private final long salt;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** @param identity which carnet draws (its cards are not trusted by another one) */
    static FileCache cards(Path blogRoot, String identity) {
        return new FileCache(blogRoot.resolve(".carnet/cache/cards"), ".png", identity);
    }

    /**
     * @param identity how carnet resizes: copies outlive a new carnet unless the way they are made
     *     changed (resizing a hundred photos again takes minutes)
     */
    static FileCache photos(Path blogRoot, String identity) {
        return new FileCache(blogRoot.resolve(".carnet/cache/photos"), "", identity);
    }

    private FileCache(Path folder, String suffix, String identity) {
        this.folder = folder;
        this.suffix = suffix;
        this.salt = XxHash64.hash(identity.getBytes(StandardCharsets.UTF_8));
    }

    /** The file kept under {@code key}, or null. Thread-safe. */
    byte[] get(long key) {
        String name = name(key);
        used.add(name);
        try {
            byte[] bytes = Files.readAllBytes(folder.resolve(name));
            int length = bytes.length - 4;
            if (length > 0 && checksum(bytes, length) == ByteBuffer.wrap(bytes, length, 4).getInt()) {
                return Arrays.copyOf(bytes, length);
            }
        } catch (IOException e) {
            // not kept yet, or unreadable: drawn again
        }
        return null;
    }

    /** Marks the file kept under {@code key} as still wanted, though this build did not ask for it (it kept the output in place). */
    void keep(long key) {
        used.add(name(key));
    }

    /** Keeps a file for the next builds. Thread-safe. */
    void put(long key, byte[] png) {
        String name = name(key);
        used.add(name);
        byte[] whole = Arrays.copyOf(png, png.length + 4);
        ByteBuffer.wrap(whole, png.length, 4).putInt(checksum(png, png.length));
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + name, ".tmp");
            Files.write(temp, whole);
            Files.move(temp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temp); // a cache that cannot be written only costs time on the next build
        }
    }

    /** Deletes the files this build did not ask for (notes deleted, titles changed): after a build that asked for all of them. */
    void forgetUnused() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> stale = files.filter(f -> !used.contains(f.getFileName().toString())).toList();
            stale.forEach(FileCache::deleteQuietly);
        } catch (IOException e) {
            // left for the next build
        }
    }

    private String name(long key) {
        long mixed = (key ^ salt) * 0x9E3779B97F4A7C15L;
        return String.format("%016x", mixed ^ (mixed >>> 31)) + suffix;
    }

    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a leftover file only takes room
        }
    }
}
