package dev.carnet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every address carnet published each note and page at, oldest first, as the pages branch
 * remembers them: an address readers were given keeps leading to its note when the note's date
 * or slug changes, and a note's feed id stays the one it was first published with, so feed
 * readers never show it twice.
 *
 * @param byFile blog file ({@code notes/2024/06-juin.md}) → what was published of it
 */
public record PublishedAddresses(Map<String, Entry> byFile) {
    public static final PublishedAddresses NONE = new PublishedAddresses(Map.of());

    public PublishedAddresses {
        byFile = Collections.unmodifiableMap(new TreeMap<>(byFile));
    }

    /**
     * @param id the feed id (RSS guid, Atom id) the file was first published with: its absolute URL then
     * @param paths the site paths ({@code /2024/07/notes-de-juin/}) it was published at, oldest first
     */
    public record Entry(String id, List<String> paths) {
        public Entry {
            paths = List.copyOf(paths);
        }
    }

    /** A note or page in the site being published. */
    public record Published(String file, String path, String absoluteUrl) {
    }

    public Optional<Entry> of(String file) {
        return Optional.ofNullable(byFile.get(file));
    }

    /** The feed id of {@code file}: the one it was first published with, else {@code absoluteUrl}. */
    public String id(String file, String absoluteUrl) {
        Entry entry = byFile.get(file);
        return entry == null ? absoluteUrl : entry.id();
    }

    /**
     * Both memories in one (the local pages branch's and the remote's, published from another
     * clone): no address either knows is forgotten; a file known to both keeps this one's id.
     */
    public PublishedAddresses merge(PublishedAddresses other) {
        Map<String, Entry> all = new TreeMap<>(byFile);
        other.byFile.forEach((file, entry) -> all.merge(file, entry, (mine, theirs) -> {
            List<String> paths = new ArrayList<>(mine.paths());
            theirs.paths().stream().filter(p -> !paths.contains(p)).forEach(paths::add);
            return new Entry(mine.id(), paths);
        }));
        return new PublishedAddresses(all);
    }

    /**
     * What the pages branch remembers once {@code site} is published: every file known before
     * (a note unpublished for a while keeps its id should it come back), each with its new address added.
     */
    public PublishedAddresses plus(List<Published> site) {
        Map<String, Entry> next = new TreeMap<>(byFile);
        for (Published p : site) {
            Entry before = next.get(p.file());
            if (before == null) {
                next.put(p.file(), new Entry(p.absoluteUrl(), List.of(p.path())));
            } else if (!before.paths().contains(p.path())) {
                List<String> paths = new ArrayList<>(before.paths());
                paths.add(p.path());
                next.put(p.file(), new Entry(before.id(), paths));
            }
        }
        return new PublishedAddresses(next);
    }
}
