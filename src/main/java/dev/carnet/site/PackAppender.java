package dev.carnet.site;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Adds a few entries to the render cache's pack in place: written over the old index, followed
 * by a new index and the end mark. After an edit to one note of ten thousand, this writes a few
 * kilobytes and the index instead of the whole pack (over 100 MB). Entries replaced or no longer
 * used stay in the file as dead bytes until {@link RenderCache} rewrites the pack whole. A build
 * killed while appending leaves a pack without its end mark, which is ignored: time lost, never
 * a wrong page.
 */
final class PackAppender {
    private PackAppender() {
    }

    /**
     * @param indexAt where the pack's index starts (what {@link PackFile#index} returned)
     * @param live the entries of the pack still in use, with where they lie
     * @param added the new entries, by path
     * @return whether the pack was written to its end
     */
    static boolean append(Path file, long indexAt, Map<String, PackFile.Slice> live, Map<String, ByteBuffer> added) {
        Map<String, PackFile.Slice> index = new HashMap<>(live);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long at = indexAt;
            for (Map.Entry<String, ByteBuffer> entry : added.entrySet()) {
                ByteBuffer bytes = entry.getValue().duplicate();
                ByteBuffer sum = ByteBuffer.allocate(Integer.BYTES).putInt(0, PackFile.checksum(bytes));
                at += write(out, sum, at);
                index.put(entry.getKey(), new PackFile.Slice(at, bytes.remaining()));
                at += write(out, bytes, at);
            }
            if (at > Integer.MAX_VALUE - 64L * 1024 * 1024) {
                return false; // the end mark holds an int: past 2 GB the pack is written whole, without the dead bytes
            }
            ByteArrayOutputStream block = new ByteArrayOutputStream(64 * index.size() + 16);
            DataOutputStream data = new DataOutputStream(block);
            data.writeInt(index.size());
            for (Map.Entry<String, PackFile.Slice> entry : index.entrySet()) {
                CacheCodec.text(data, entry.getKey());
                data.writeLong(entry.getValue().offset());
                data.writeInt(entry.getValue().length());
            }
            data.writeInt((int) at);
            data.writeInt(PackFile.MAGIC);
            data.flush();
            long end = at + write(out, ByteBuffer.wrap(block.toByteArray()), at);
            out.truncate(end);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static int write(FileChannel out, ByteBuffer bytes, long at) throws IOException {
        int length = bytes.remaining();
        for (long position = at; bytes.hasRemaining(); ) {
            position += out.write(bytes, position);
        }
        return length;
    }
}
