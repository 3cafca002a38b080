package dev.carnet.site;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The next pack of the render cache, streamed to a temporary file beside the pack as entries
 * come: memory stays flat however many notes there are. {@link PackFile} reads what this writes.
 */
final class PackWriter {
    private final Path file;
    private final DataOutputStream out;
    /** Where each entry of this pack starts, for its index. */
    private final Map<String, PackFile.Slice> written = new HashMap<>();

    private PackWriter(Path file, DataOutputStream out) {
        this.file = file;
        this.out = out;
    }

    /** A new pack beside {@code pack}, its header written. */
    static PackWriter start(Path pack, String salt) throws IOException {
        Files.createDirectories(pack.getParent());
        Path file = Files.createTempFile(pack.getParent(), ".markdown", ".pack.tmp");
        OutputStream stream = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 20));
        PackWriter writer = new PackWriter(file, out);
        try {
            out.writeInt(PackFile.FORMAT);
            CacheCodec.text(out, salt);
        } catch (IOException e) {
            writer.discard();
            throw e;
        }
        return writer;
    }

    Path file() {
        return file;
    }

    /** Appends an entry after its checksum. */
    void add(String path, ByteBuffer entry) throws IOException {
        int length = entry.remaining();
        if (out.size() > Integer.MAX_VALUE - length - 1024) {
            // Offsets are ints (the stream counts bytes in one): past 2 GB the cache stops, the build goes on.
            throw new IOException("render cache over 2 GB");
        }
        out.writeInt(PackFile.checksum(entry));
        written.put(path, new PackFile.Slice(out.size(), length));
        out.write(entry.array(), entry.arrayOffset() + entry.position(), length);
    }

    /** Closes the pack with the index of paths, so that opening it reads one block, not every entry. */
    void finish() throws IOException {
        int indexAt = out.size();
        out.writeInt(written.size());
        for (Map.Entry<String, PackFile.Slice> entry : written.entrySet()) {
            CacheCodec.text(out, entry.getKey());
            out.writeLong(entry.getValue().offset());
            out.writeInt(entry.getValue().length());
        }
        out.writeInt(indexAt);
        out.writeInt(PackFile.MAGIC);
        out.close();
    }

    /** Closes and deletes the unfinished pack. */
    void discard() {
        try {
            out.close();
        } catch (IOException e) {
            // deleted below anyway
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // only a temporary file left in .carnet/cache, removed by a later build
        }
    }
}
