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
 * Share cards kept between builds in {@code .carnet/cache/cards/}, one file a card named by its
 * key: a full build (the first into a folder, {@code --clean}, after carnet.yml or a template
 * changed, a publish) copies the cards it drew before instead of drawing them again. Each file
 * ends with a CRC-32C; a damaged one is drawn again. Written without fsync: losing one only costs
 * the time of drawing it.
 */
final class CardCache {
    private static final String SUFFIX = ".png";

    private final Path folder;
    private final long salt;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** @param identity which carnet draws (its cards are not trusted by another one) */
    CardCache(Path blogRoot, String identity) {
        this.folder = blogRoot.resolve(".carnet/cache/cards");
        this.salt = XxHash64.hash(identity.getBytes(StandardCharsets.UTF_8));
    }

    /** The card kept under {@code key}, or null. Thread-safe. */
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

    /** Marks the card kept under {@code key} as still wanted, though this build did not ask for it (it kept the file in place). */
    void keep(long key) {
        used.add(name(key));
    }

    /** Keeps a card for the next builds. Thread-safe. */
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

    /** Deletes the cards this build did not ask for (notes deleted, titles changed): after a build that asked for all its cards. */
    void forgetUnused() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> stale = files.filter(f -> !used.contains(f.getFileName().toString())).toList();
            stale.forEach(CardCache::deleteQuietly);
        } catch (IOException e) {
            // left for the next build
        }
    }

    private String name(long key) {
        long mixed = (key ^ salt) * 0x9E3779B97F4A7C15L;
        return String.format("%016x", mixed ^ (mixed >>> 31)) + SUFFIX;
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
