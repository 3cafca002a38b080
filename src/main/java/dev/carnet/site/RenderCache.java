package dev.carnet.site;

import dev.carnet.markdown.MarkdownOptions;
import dev.carnet.model.Fingerprint;
import dev.carnet.model.Note;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 * time. The entry's bytes are {@link CacheCodec}'s, the pack's layout {@link PackFile}'s (read) and
 * {@link PackWriter}'s (write), what killed builds leave {@link CacheLeftovers}'s.
 *
 * <p>The file is matched by its {@link Note#fingerprint} (a non-linear 64-bit hash and the
 * length), not kept whole: encoding and writing every note's text again cost a cold build more
 * than the 2^-64 odds of an edit keeping both.
 */
final class RenderCache implements AutoCloseable {
    /** Up to this many new entries are appended to the pack; more are a new pack. */
    private static final int MAX_PENDING = 512;
    private static final long MAX_PENDING_BYTES = 16L * 1024 * 1024;

    private final Path file;
    private final String salt;
    private final FileChannel old;
    /** The old pack mapped, or null: entries are then read from {@link #old}. */
    private final ByteBuffer mapped;
    private final Map<String, PackFile.Slice> index;
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private final Set<String> fresh = ConcurrentHashMap.newKeySet();
    /** Where the old pack's index starts, or -1 when there is no usable pack. */
    private final long indexAt;
    /** New entries held until it is clear whether a few are appended or the pack is written whole. */
    private final Map<String, ByteBuffer> pending = new LinkedHashMap<>();
    private long pendingBytes;
    private PackWriter next;
    private boolean broken;
    private final boolean off;

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
        FileChannel channel = off ? null : PackFile.open(file);
        Map<String, PackFile.Slice> entries = new HashMap<>();
        long at = channel == null ? -1 : PackFile.index(channel, salt, entries);
        if (at < 0) {
            entries.clear();
        }
        this.old = channel;
        this.mapped = at < 0 ? null : PackFile.map(channel);
        this.index = entries;
        this.indexAt = at;
    }

    /**
     * The cached rendering, if there is one and every address it used is still the same.
     *
     * @param dependencies filled with the addresses the cached rendering used, when not null
     */
    HashedRendering get(Key key, Map<String, String> urlsByFile, Map<String, String> dependencies) {
        PackFile.Slice slice = index.get(key.path());
        if (slice == null) {
            return null;
        }
        try {
            ByteBuffer entry = mapped != null ? PackFile.read(mapped, slice) : PackFile.read(old, slice);
            if (entry == null) {
                return null; // damaged on disk
            }
            HashedRendering rendered = CacheCodec.decode(entry, key, urlsByFile, dependencies);
            if (rendered != null) {
                kept.add(key.path());
            }
            return rendered;
        } catch (RuntimeException e) {
            return null; // damaged: render again
        }
    }

    /**
     * Keeps the entry for the pack (safe from several threads): held while there are few (an
     * incremental build appends them), streamed to a new pack once there are many (memory stays flat).
     */
    void put(Key key, HashedRendering rendered, Map<String, String> dependencies) {
        if (off) {
            return;
        }
        byte[] bytes = CacheCodec.encode(key, rendered, dependencies);
        synchronized (this) {
            fresh.add(key.path());
            if (next == null && indexAt >= 0 && pending.size() < MAX_PENDING && pendingBytes + bytes.length < MAX_PENDING_BYTES) {
                pending.put(key.path(), ByteBuffer.wrap(bytes));
                pendingBytes += bytes.length;
                return;
            }
            try {
                PackWriter out = next();
                if (out != null) {
                    flushPending(out);
                    out.add(key.path(), ByteBuffer.wrap(bytes));
                }
            } catch (IOException e) {
                broken = true; // a cache that cannot be written only costs time on the next build
            }
        }
    }

    private void flushPending(PackWriter out) throws IOException {
        for (Map.Entry<String, ByteBuffer> entry : pending.entrySet()) {
            out.add(entry.getKey(), entry.getValue());
        }
        pending.clear();
        pendingBytes = 0;
    }

    /**
     * Saves what this build rendered: a few new entries are appended to the pack in place; many,
     * or a pack more dead than alive, and the next pack is finished with the old entries this
     * build used, then swapped in. Entries no note used are dropped (a preview build with drafts
     * uses every entry of the public build).
     */
    void save() {
        if (off) {
            return;
        }
        synchronized (this) {
            // Counted over the few fresh entries rather than looked up for each of ten thousand: kept ones are all in the index.
            int used = kept.size();
            for (String path : fresh) {
                if (index.containsKey(path) && !kept.contains(path)) {
                    used++;
                }
            }
            boolean unused = used < index.size();
            if (next == null && pending.isEmpty() && !unused && !broken) {
                return; // nothing new and nothing to drop: the pack on disk is already right
            }
            if (next == null && !broken && appended()) {
                return;
            }
            PackWriter out = null;
            try {
                out = next();
                if (out == null) {
                    return;
                }
                flushPending(out);
                List<Map.Entry<String, PackFile.Slice>> carried = new ArrayList<>(index.entrySet());
                carried.sort(Comparator.comparingLong(e -> e.getValue().offset()));
                for (Map.Entry<String, PackFile.Slice> entry : carried) {
                    if (!fresh.contains(entry.getKey()) && kept.contains(entry.getKey())) {
                        ByteBuffer bytes = PackFile.read(old, entry.getValue());
                        if (bytes != null) {
                            out.add(entry.getKey(), bytes);
                        }
                    }
                }
                out.finish();
                next = null;
                if (broken) {
                    Files.deleteIfExists(out.file());
                    return;
                }
                Files.move(out.file(), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                CacheLeftovers.remove(file);
            } catch (IOException | RuntimeException e) {
                if (out != null) {
                    out.discard();
                }
                next = null;
            }
        }
    }

    /** Appends the held entries to the pack, unless it holds more dead bytes than live ones (then it is written whole). */
    private boolean appended() {
        Map<String, PackFile.Slice> live = new HashMap<>();
        long liveBytes = pendingBytes;
        for (Map.Entry<String, PackFile.Slice> entry : index.entrySet()) {
            if (kept.contains(entry.getKey()) && !fresh.contains(entry.getKey())) {
                live.put(entry.getKey(), entry.getValue());
                liveBytes += entry.getValue().length();
            }
        }
        long dead;
        try {
            dead = old.size() - liveBytes;
        } catch (IOException e) {
            return false;
        }
        return dead <= liveBytes && PackAppender.append(file, indexAt, live, pending);
    }

    /** Drops the unfinished next pack, if any (a failed build), and lets go of the old one. */
    @Override
    public synchronized void close() {
        if (next != null) {
            next.discard();
            next = null;
        }
        try {
            if (old != null) {
                old.close();
            }
        } catch (IOException e) {
            // nothing was being written to it
        }
    }

    private PackWriter next() throws IOException {
        if (next == null && !broken) {
            next = PackWriter.start(file, salt);
        }
        return next;
    }
}
