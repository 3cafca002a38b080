package dev.carnet.site;

import dev.carnet.model.FrontMatter;
import dev.carnet.site.template.Attributes;
import dev.carnet.site.view.NoteSummaryView;
import dev.carnet.site.view.TagView;
import dev.carnet.store.XxHash64;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A page's key: a hash of everything its template is given. The views are records of strings,
 * numbers and lists, walked component by component, so two equal models give the same page (the
 * templates themselves are in the build index's salt). A value of another kind is hashed by its
 * text; one that prints differently each time only makes the page rendered again: a key can cost
 * time, never show a stale page. A note's summary appears on a dozen list pages and a tag on
 * hundreds: each is hashed once; the site's and the words' views, the same for every page, once for all.
 */
final class PageKeys {
    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final long LIST = 0x5851F42D4C957F2DL;
    private static final long NULL = 0x14057B7EF767814FL;

    private final long shared;
    /** Reads a view's components by direct calls; only what it does not know goes through reflection. */
    private final ViewAttributes attributes = new ViewAttributes();
    /** Keyed by the view itself, not by its value: a record's hashCode hashes it whole, and is linked at its first call. */
    private final Map<Shown, Long> shown = new ConcurrentHashMap<>();
    private final Map<Class<?>, RecordComponent[]> components = new ConcurrentHashMap<>();

    PageKeys(Object site, Object ui) {
        this.shared = value(site) * MIX + value(ui);
    }

    /**
     * @param name the template, or the file's path for a file that is not a page
     * @param model what the template is given (with the note's HTML stood in for)
     * @param content the note's HTML for a note page, else null
     */
    long of(String name, Map<String, Object> model, byte[] content) {
        long key = text(name) ^ shared;
        for (Map.Entry<String, Object> entry : new TreeMap<>(model).entrySet()) {
            if (!entry.getKey().equals("site") && !entry.getKey().equals("ui")) {
                key = mix(mix(key, text(entry.getKey())), value(entry.getValue()));
            }
        }
        return content == null ? key : mix(key, XxHash64.hash(content));
    }

    /**
     * A note page's key made from what its views are made of, not from the views: everything
     * {@code ViewFactory.note} and {@code noteHead} read of the note, its neighbours and its tags
     * (carnet.yml, the words and the templates are in the salt), its typeset title and summary (in
     * its rendering's hash), and what its head reads from files: the size of a picture of static/.
     * Building and hashing the note views, then the heads, of ten thousand unchanged pages was half
     * of a build after one edit.
     *
     * @param headFiles {@code ViewFactory.noteHeadFiles}
     */
    long ofNote(SiteNote note, SiteNote older, SiteNote newer, List<?> tags, String headFiles) {
        FrontMatter meta = note.note().meta();
        long key = mix(text("note") ^ shared, text(note.note().path()));
        key = mix(key, text(note.note().title()));
        key = mix(key, value(meta.date() == null ? null : meta.date().toString()));
        key = mix(key, value(meta.tags()));
        key = mix(key, value(meta.hasSummary() ? meta.summary() : null));
        key = mix(key, (meta.toc() ? 1 : 2) + (note.note().isDraft() ? 4 : 8));
        key = mix(key, value(meta.image()));
        key = mix(key, text(note.url()));
        key = mix(key, text(note.absoluteUrl()));
        key = mix(key, note.renderedHash());
        key = mix(key, neighbour(older));
        key = mix(key, neighbour(newer));
        key = mix(key, value(tags));
        key = mix(key, value(headFiles));
        return mix(key, value(note.comments()));
    }

    private long neighbour(SiteNote note) {
        return note == null ? NULL : mix(text(note.note().title()), text(note.url()));
    }

    private long value(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof String text) {
            return text(text);
        }
        if (value instanceof List<?> list) {
            long h = LIST + list.size();
            for (Object item : list) {
                h = mix(h, value(item));
            }
            return h;
        }
        if (value instanceof NoteSummaryView || value instanceof TagView) {
            // Not computeIfAbsent: a summary holds tags, and the map may not be changed while it computes.
            Shown key = new Shown(value);
            Long known = shown.get(key);
            if (known == null) {
                known = record((Record) value);
                shown.put(key, known);
            }
            return known;
        }
        if (value instanceof Record record) {
            return record(record);
        }
        return text(value.getClass().getName() + "\u0000" + value);
    }

    private long record(Record record) {
        RecordComponent[] parts = components.computeIfAbsent(record.getClass(), Class::getRecordComponents);
        long h = text(record.getClass().getName());
        for (RecordComponent part : parts) {
            try {
                Object known = attributes.get(record, part.getName());
                h = mix(h, value(known != Attributes.UNKNOWN ? known : part.getAccessor().invoke(record)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                return System.identityHashCode(record) * MIX; // cannot be read: this page is rendered again
            }
        }
        return h;
    }

    /** A view as a key by identity: ViewFactory makes each note's summary and each tag's view once per build. */
    private record Shown(Object view) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Shown shown && shown.view == view;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(view);
        }
    }

    /** FNV-1a over the characters, 64 bits: a string's key without encoding it first. */
    static long text(String text) {
        // Over a copy: charAt checks its index on every call, a third of the time of a key.
        return fnv(text.toCharArray(), text.length());
    }

    private static long fnv(char[] chars, int length) {
        long h = 0xCBF29CE484222325L ^ length;
        for (int i = 0; i < length; i++) {
            h = (h ^ chars[i]) * 0x100000001B3L;
        }
        return h;
    }

    /**
     * {@link #text(String)} through one buffer for all the texts one thread hashes: the listing's
     * 80,000 texts on 10,000 notes, not a copy of each.
     */
    static final class Texts {
        private char[] chars = new char[512];

        long of(String text) {
            int length = text.length();
            if (length > chars.length) {
                chars = new char[Math.max(length, 2 * chars.length)];
            }
            text.getChars(0, length, chars, 0);
            return fnv(chars, length);
        }
    }

    static long mix(long h, long v) {
        long x = (h ^ v) * MIX;
        return x ^ (x >>> 29);
    }
}
