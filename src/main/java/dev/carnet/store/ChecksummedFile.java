package dev.carnet.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * Writes what {@code body} holds and its checksum, atomically (temporary file, then rename),
     * from the writer's own array: the file's megabytes are not copied again.
     */
    public static void write(Path file, ByteWriter body) throws IOException {
        body.number(checksum(body.array(), body.size()));
        AtomicFiles.write(file, body.array(), body.size()); // which makes the folder, if need be
    }

    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
