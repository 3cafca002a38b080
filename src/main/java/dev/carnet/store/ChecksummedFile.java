package dev.carnet.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * A file of carnet's own state (the build's indexes in {@code .carnet/build/}) that ends with a
 * CRC-32C of everything before it, and is written atomically: a truncated or damaged one reads
 * as missing, so what it saves is only ever time.
 */
public final class ChecksummedFile {
    private ChecksummedFile() {
    }

    /** The file's content before its checksum, or null when it is missing, too short or damaged. */
    public static ByteReader read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 8 || checksum(bytes, bytes.length - 4) != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            return null;
        }
        return new ByteReader(ByteBuffer.wrap(bytes, 0, bytes.length - 4), 0);
    }

    /** Writes {@code body} and its checksum, atomically (temporary file, then rename). */
    public static void write(Path file, byte[] body) throws IOException {
        byte[] whole = Arrays.copyOf(body, body.length + 4);
        ByteBuffer.wrap(whole, body.length, 4).putInt(checksum(body, body.length));
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, whole);
    }

    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
