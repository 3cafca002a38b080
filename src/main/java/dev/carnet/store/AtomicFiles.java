package dev.carnet.store;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;

/**
 * Writes that never leave half a file: a temporary file in the same folder, flushed to disk, then
 * renamed over the target. A crash leaves either the old text or the new one.
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> DEFAULT_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) {
        write(target, content, content.length, true);
    }

    /** {@link #write(Path, byte[])} of the first {@code length} bytes of {@code content}. */
    public static void write(Path target, byte[] content, int length) {
        write(target, content, length, true);
    }

    /** Like {@link #write} but refuses to replace an existing file (the author's text wins). */
    public static void create(Path target, byte[] content) {
        if (Files.exists(target)) {
            throw new CarnetException(target.toString(), 0, Phrase.of("file.exists"), new FileAlreadyExistsException(target.toString()));
        }
        write(target, content, content.length, false);
    }

    private static void write(Path target, byte[] content, int length, boolean replace) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content, 0, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(Files.exists(target) ? target : null, temp);
            if (!replace && Files.exists(target)) {
                throw new CarnetException(target.toString(), 0, Phrase.of("file.exists"), null);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            syncDirectory(dir);
            removeLeftovers(dir, target.getFileName().toString());
        } catch (IOException e) {
            String phrase = Files.exists(target) ? "file.cannotWrite" : "file.cannotCreate";
            throw new CarnetException(target.toString(), 0, Phrase.of(phrase, e.getMessage()), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and harmless; the error above is what matters.
                }
            }
        }
    }

    /** A temporary file older than this was left by a write that was killed: no live write takes so long. */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(1);

    /**
     * Deletes {@code .NAME.*.tmp} files a killed write of the same file left behind: hidden, but they
     * pile up (a tag rename killed ten times left ten per note). A young one may be another write's
     * at work, and is left alone.
     */
    private static void removeLeftovers(Path dir, String name) {
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dir, entry -> {
            String file = entry.getFileName().toString();
            return file.startsWith(prefix) && file.endsWith(".tmp");
        })) {
            // The file just written is "now" as the disk sees it: no clock to read, and the same clock as the leftovers'.
            FileTime now = Files.getLastModifiedTime(dir.resolve(name));
            for (Path leftover : siblings) {
                FileTime modified = Files.getLastModifiedTime(leftover);
                if (modified.toInstant().plus(LEFTOVER_AGE).isBefore(now.toInstant())) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException e) {
            // the note is written; a leftover is only clutter
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        view.setPermissions(from != null ? Files.getPosixFilePermissions(from) : DEFAULT_PERMISSIONS);
    }

    private static void syncDirectory(Path dir) {
        // Makes the rename itself durable; not every platform can open a folder, and that is fine.
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort
        }
    }
}
