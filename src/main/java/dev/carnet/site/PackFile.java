package dev.carnet.site;

import dev.carnet.store.ByteReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Reading the render cache's pack: a header (format, salt), entries each after its CRC-32C, then
 * the index of paths and, last, where that index starts and a magic number saying the pack was
 * written to its end. Anything unexpected reads as "no entry": the cache only ever costs time.
 */
final class PackFile {
    static final int FORMAT = 8;
    static final int MAGIC = 0x63617263; // "carc": the pack was written to its end

    private PackFile() {
    }

    /** Where an entry lies in a pack: its checksum, then its bytes. */
    record Slice(long offset, int length) {
    }

    /** The pack to read, or null when there is none (or it cannot be opened). */
    static FileChannel open(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Reads the index at the end of the pack into {@code entries}; returns where the index starts
     * (where entries may be appended), or -1 when the pack is from other settings or damaged.
     */
    static long index(FileChannel pack, String salt, Map<String, Slice> entries) {
        try {
            long size = pack.size();
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, 64 * 1024));
            ByteBuffer tail = ByteBuffer.allocate(2 * Integer.BYTES);
            if (size < tail.capacity() || !readFully(pack, head, 0) || !readFully(pack, tail, size - tail.capacity())) {
                return -1;
            }
            head.flip();
            ByteReader header = new ByteReader(head, 0);
            int indexAt = tail.getInt(0);
            if (header.number() != FORMAT || !header.text().equals(salt) || tail.getInt(Integer.BYTES) != MAGIC
                    || indexAt < 0 || indexAt > size - tail.capacity()) {
                return -1;
            }
            ByteBuffer block = ByteBuffer.allocate((int) (size - tail.capacity() - indexAt));
            if (!readFully(pack, block, indexAt)) {
                return -1;
            }
            block.flip();
            ByteReader in = new ByteReader(block, 0);
            for (int count = in.number(); count > 0; count--) {
                String path = in.text();
                entries.put(path, new Slice(in.wide(), in.number()));
            }
            return indexAt;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The pack mapped into memory, or null (then entries are read one by one): an entry read is
     * then a view, not a copy, and its HTML is copied only when a page needs it.
     */
    static ByteBuffer map(FileChannel pack) {
        try {
            long size = pack.size();
            return size <= Integer.MAX_VALUE ? pack.map(FileChannel.MapMode.READ_ONLY, 0, size) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** {@link #read(FileChannel, Slice)} from the pack {@link #map mapped}. */
    static ByteBuffer read(ByteBuffer mapped, Slice slice) {
        try {
            int at = Math.toIntExact(slice.offset());
            ByteBuffer entry = mapped.slice(at, slice.length());
            return checksum(entry) == mapped.getInt(at - Integer.BYTES) ? entry : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The entry's bytes, or null when they are not what was written (checksum). */
    static ByteBuffer read(FileChannel pack, Slice slice) {
        try {
            ByteBuffer bytes = ByteBuffer.allocate(Integer.BYTES + slice.length());
            if (!readFully(pack, bytes, slice.offset() - Integer.BYTES)) {
                return null;
            }
            ByteBuffer entry = bytes.flip().position(Integer.BYTES).slice();
            return checksum(entry) == bytes.getInt(0) ? entry : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Fills the buffer from {@code position}; false when the file ends first. */
    private static boolean readFully(FileChannel pack, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (pack.read(buffer, position + buffer.position()) < 0) {
                return false;
            }
        }
        return true;
    }

    /** CRC-32C of an entry: a flipped byte in its HTML must not reach a page. */
    static int checksum(ByteBuffer entry) {
        CRC32C crc = new CRC32C();
        crc.update(entry.duplicate());
        return (int) crc.getValue();
    }
}
