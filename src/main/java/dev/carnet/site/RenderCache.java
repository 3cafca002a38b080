package dev.carnet.site;

import dev.carnet.markdown.MarkdownOptions;
import dev.carnet.markdown.Rendered;
import dev.carnet.model.Fingerprint;
import dev.carnet.model.Note;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Rendered Markdown kept between builds in one file, {@code .carnet/cache/markdown.pack}: an
 * unchanged note is not rendered again. An entry is used only when everything its HTML depends on
 * is the same — the note's file, its path, the Markdown settings, the base path and carnet's
 * version — and every address of a note it links to is unchanged, so renaming a note re-renders
 * the notes that link to it.
 *
 * <p>One file rather than one per note: creating 10,000 small files cost more than five seconds of
 * a cold build on 2 cores. New entries are streamed to the next pack as notes are rendered (memory
 * stays flat); {@link #save} adds the old entries still in use and swaps the pack in. Each entry
 * carries a CRC-32C; a damaged entry or pack is ignored and rewritten: the cache only ever costs
 * time.
 *
 * <p>The file is matched by its {@link Note#fingerprint} (a non-linear 64-bit hash and the
 * length), not kept whole: encoding and writing every note's text again cost a cold build more
 * than the 2^-64 odds of an edit keeping both.
 */
final class RenderCache implements AutoCloseable {
    private static final int FORMAT = 7;
    private static final int MAGIC = 0x63617263; // "carc": the pack was written to its end

    private final Path file;
    private final String salt;
    private final FileChannel old;
    private final Map<String, Slice> index;
    /** Where each entry of the next pack starts, for its index. */
    private final Map<String, Slice> written = new HashMap<>();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private final Set<String> fresh = ConcurrentHashMap.newKeySet();
    private DataOutputStream next;
    private Path nextFile;
    private boolean broken;
    private final boolean off;

    /** Where an entry lies in a pack: its checksum, then its bytes. */
    private record Slice(long offset, int length) {
    }

    /** What a note's entry must match: its path, its file's fingerprint, and whether it holds the summary. */
    record Key(String path, Fingerprint fingerprint, boolean summary) {
    }

    /**
     * @param version which carnet renders, or null when that is not known (a build from an IDE
     *     without the version resource): then nothing is read or written, as an older carnet's
     *     entries cannot be told from this one's
     */
    RenderCache(Path cacheDir, MarkdownOptions options, SiteUrls urls, String version) {
        this.file = cacheDir.resolve("markdown.pack");
        this.salt = version + "\n" + options + "\n" + urls.basePath() + "\n";
        this.off = version == null;
        FileChannel channel = off ? null : open(file);
        Map<String, Slice> entries = new HashMap<>();
        if (channel != null && !index(channel, entries)) {
            entries.clear();
        }
        this.old = channel;
        this.index = entries;
    }

    /** The cached rendering, if there is one and every address it used is still the same. */
    Rendered get(Key key, Map<String, String> urlsByFile) {
        Slice slice = index.get(key.path());
        if (slice == null) {
            return null;
        }
        try {
            ByteBuffer entry = read(old, slice);
            if (entry == null) {
                return null; // damaged on disk
            }
            Reader in = new Reader(entry, 0);
            in.text(); // the path, already matched by the index
            if (in.wide() != key.fingerprint().hash() || in.number() != key.fingerprint().length() || in.flag() != key.summary()) {
                return null;
            }
            for (int deps = in.number(); deps > 0; deps--) {
                String target = in.text();
                if (!in.text().equals(urlsByFile.getOrDefault(target, ""))) {
                    return null;
                }
            }
            byte[] html = in.bytes();
            String summary = in.text();
            int words = in.number();
            List<Rendered.TocEntry> toc = new ArrayList<>();
            for (int i = in.number(); i > 0; i--) {
                toc.add(new Rendered.TocEntry(in.number(), in.text(), in.text()));
            }
            List<Rendered.LinkTarget> links = new ArrayList<>();
            for (int i = in.number(); i > 0; i--) {
                String url = in.text();
                boolean image = in.flag();
                String alt = in.flag() ? in.text() : null;
                links.add(new Rendered.LinkTarget(url, image, alt, in.number()));
            }
            kept.add(key.path());
            return new Rendered(html, summary, toc, links, words);
        } catch (RuntimeException e) {
            return null; // damaged: render again
        }
    }

    /** Streams the entry to the next pack (safe from several threads). */
    void put(Key key, Rendered rendered, Map<String, String> dependencies) {
        if (off) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rendered.utf8Html().length + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, key.path());
            out.writeLong(key.fingerprint().hash());
            out.writeInt(key.fingerprint().length());
            out.writeBoolean(key.summary());
            out.writeInt(dependencies.size());
            for (Map.Entry<String, String> dep : new TreeMap<>(dependencies).entrySet()) {
                text(out, dep.getKey());
                text(out, dep.getValue());
            }
            bytes(out, rendered.utf8Html());
            text(out, rendered.summary());
            out.writeInt(rendered.words());
            out.writeInt(rendered.toc().size());
            for (Rendered.TocEntry entry : rendered.toc()) {
                out.writeInt(entry.level());
                text(out, entry.id());
                text(out, entry.text());
            }
            out.writeInt(rendered.links().size());
            for (Rendered.LinkTarget link : rendered.links()) {
                text(out, link.url());
                out.writeBoolean(link.image());
                out.writeBoolean(link.alt() != null);
                if (link.alt() != null) {
                    text(out, link.alt());
                }
                out.writeInt(link.line());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        synchronized (this) {
            try {
                DataOutputStream out = next();
                if (out != null) {
                    write(out, key.path(), ByteBuffer.wrap(bytes.toByteArray()));
                    fresh.add(key.path());
                }
            } catch (IOException e) {
                broken = true; // a cache that cannot be written only costs time on the next build
            }
        }
    }

    /**
     * Finishes the next pack with the old entries this build used, then swaps it in. Entries no
     * note used are dropped (a preview build with drafts uses every entry of the public build).
     */
    void save() {
        if (off) {
            return;
        }
        synchronized (this) {
            boolean unused = index.keySet().stream().anyMatch(p -> !kept.contains(p) && !fresh.contains(p));
            if (next == null && !unused && !broken) {
                return; // nothing new and nothing to drop: the pack on disk is already right
            }
            try {
                DataOutputStream out = next();
                if (out == null) {
                    return;
                }
                List<Map.Entry<String, Slice>> carried = new ArrayList<>(index.entrySet());
                carried.sort(Comparator.comparingLong(e -> e.getValue().offset()));
                for (Map.Entry<String, Slice> entry : carried) {
                    if (!fresh.contains(entry.getKey()) && kept.contains(entry.getKey())) {
                        ByteBuffer bytes = read(old, entry.getValue());
                        if (bytes != null) {
                            write(out, entry.getKey(), bytes);
                        }
                    }
                }
                // The index of paths closes the pack, so that opening it reads one block, not every entry.
                int indexAt = out.size();
                out.writeInt(written.size());
                for (Map.Entry<String, Slice> entry : written.entrySet()) {
                    text(out, entry.getKey());
                    out.writeLong(entry.getValue().offset());
                    out.writeInt(entry.getValue().length());
                }
                out.writeInt(indexAt);
                out.writeInt(MAGIC);
                out.close();
                next = null;
                if (broken) {
                    Files.deleteIfExists(nextFile);
                    return;
                }
                Files.move(nextFile, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                removeLeftovers();
            } catch (IOException | RuntimeException e) {
                discard();
            }
        }
    }

    /** Drops the unfinished next pack, if any (a failed build), and lets go of the old one. */
    @Override
    public synchronized void close() {
        discard();
        try {
            if (old != null) {
                old.close();
            }
        } catch (IOException e) {
            // nothing was being written to it
        }
    }

    private void discard() {
        try {
            if (next != null) {
                next.close();
            }
            if (nextFile != null) {
                Files.deleteIfExists(nextFile);
            }
        } catch (IOException e) {
            // only a temporary file left in .carnet/cache
        } finally {
            next = null;
        }
    }

    private DataOutputStream next() throws IOException {
        if (next == null && !broken) {
            Files.createDirectories(file.getParent());
            nextFile = Files.createTempFile(file.getParent(), ".markdown", ".pack.tmp");
            OutputStream stream = Files.newOutputStream(nextFile, StandardOpenOption.TRUNCATE_EXISTING);
            next = new DataOutputStream(new BufferedOutputStream(stream, 1 << 20));
            next.writeInt(FORMAT);
            text(next, salt);
        }
        return next;
    }

    private void write(DataOutputStream out, String path, ByteBuffer entry) throws IOException {
        int length = entry.remaining();
        if (out.size() > Integer.MAX_VALUE - length - 1024) {
            // Offsets are ints (the stream counts bytes in one): past 2 GB the cache stops, the build goes on.
            throw new IOException("render cache over 2 GB");
        }
        out.writeInt(checksum(entry));
        written.put(path, new Slice(out.size(), length));
        out.write(entry.array(), entry.arrayOffset() + entry.position(), length);
    }

    /**
     * Removes what killed builds left: next packs older than a day (a build running now writes a
     * fresh one).
     */
    private void removeLeftovers() throws IOException {
        // "Now" is when the pack was just written: the file system's clock, not the system's.
        FileTime dayAgo = FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() - 86_400_000L);
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path leftover : files.toList()) {
                String name = leftover.getFileName().toString();
                if (name.startsWith(".markdown") && name.endsWith(".pack.tmp") && Files.getLastModifiedTime(leftover).compareTo(dayAgo) < 0) {
                    Files.deleteIfExists(leftover);
                }
            }
        }
    }

    private static FileChannel open(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads the index at the end of the pack; false when the pack is from other settings or damaged. */
    private boolean index(FileChannel pack, Map<String, Slice> entries) {
        try {
            long size = pack.size();
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, 64 * 1024));
            ByteBuffer tail = ByteBuffer.allocate(2 * Integer.BYTES);
            if (size < tail.capacity() || !readFully(pack, head, 0) || !readFully(pack, tail, size - tail.capacity())) {
                return false;
            }
            head.flip();
            Reader header = new Reader(head, 0);
            int indexAt = tail.getInt(0);
            if (header.number() != FORMAT || !header.text().equals(salt) || tail.getInt(Integer.BYTES) != MAGIC
                    || indexAt < 0 || indexAt > size - tail.capacity()) {
                return false;
            }
            ByteBuffer block = ByteBuffer.allocate((int) (size - tail.capacity() - indexAt));
            if (!readFully(pack, block, indexAt)) {
                return false;
            }
            block.flip();
            Reader in = new Reader(block, 0);
            for (int count = in.number(); count > 0; count--) {
                String path = in.text();
                entries.put(path, new Slice(in.block.getLong(in.position), in.block.getInt(in.position + Long.BYTES)));
                in.position += Long.BYTES + Integer.BYTES;
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The entry's bytes, or null when they are not what was written (checksum). */
    private static ByteBuffer read(FileChannel pack, Slice slice) {
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
    private static int checksum(ByteBuffer entry) {
        CRC32C crc = new CRC32C();
        crc.update(entry.duplicate());
        return (int) crc.getValue();
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        bytes(out, (text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads values one after the other at absolute positions of a buffer. */
    private static final class Reader {
        private final ByteBuffer block;
        private int position;

        Reader(ByteBuffer block, int position) {
            this.block = block;
            this.position = position;
        }

        int number() {
            int value = block.getInt(position);
            position += Integer.BYTES;
            return value;
        }

        long wide() {
            long value = block.getLong(position);
            position += Long.BYTES;
            return value;
        }

        boolean flag() {
            return block.get(position++) != 0;
        }

        String text() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        byte[] bytes() {
            int length = number();
            if (length < 0 || position + length > block.limit()) {
                throw new IllegalStateException("damaged entry");
            }
            byte[] bytes = new byte[length];
            block.get(position, bytes);
            position += length;
            return bytes;
        }
    }
}
