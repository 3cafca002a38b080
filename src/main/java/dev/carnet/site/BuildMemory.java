package dev.carnet.site;

import dev.carnet.store.Blog;
import dev.carnet.store.NoteListing;
import dev.carnet.store.ParsedNotes;
import dev.carnet.store.ParsedNotesFile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one process keeps between its builds of the same blog (the preview builds again on every
 * save): the notes as parsed, and each note's HTML with the addresses of the other notes it
 * linked to. A build then reads and renders only what changed, without the render cache's pack
 * on disk (which it would otherwise rewrite whole after each save).
 */
public final class BuildMemory {
    private record Known(RenderCache.Key key, HashedRendering rendered, Map<String, String> dependencies) {
    }

    private final ParsedNotes notes;
    private final Map<String, Known> rendered = new ConcurrentHashMap<>();
    private volatile String settings;

    public BuildMemory() {
        this(new ParsedNotes());
    }

    private BuildMemory(ParsedNotes notes) {
        this.notes = notes;
    }

    /**
     * A memory that starts from the front matters the last {@code carnet build} kept in
     * {@code .carnet/build/notes.index}: the preview's first build then reads only the notes
     * changed since, not ten thousand (their bodies are read when a page needs them).
     */
    public static BuildMemory startingFrom(Blog blog) {
        String carnet = CarnetVersion.identity();
        return carnet == null ? new BuildMemory()
                : new BuildMemory(ParsedNotesFile.read(IncrementalBuild.notesFile(blog), blog.config(), carnet));
    }

    ParsedNotes notes() {
        return notes;
    }

    /** The notes' listing to tell of every change under {@code notes/}: each build then walks only when told to. */
    public NoteListing watchedNotes() {
        return notes.watched();
    }

    /** Forgets the HTML when what it was rendered with changed (Markdown settings, base path). */
    void use(String renderSettings) {
        if (!renderSettings.equals(settings)) {
            rendered.clear();
            settings = renderSettings;
        }
    }

    /** Whether an earlier build filled the memory (the first one goes through the render cache on disk). */
    boolean warm() {
        return !rendered.isEmpty();
    }

    /** The note's HTML from an earlier build, if its text and every address it used are the same. */
    HashedRendering get(RenderCache.Key key, Map<String, String> urlsByFile) {
        Known known = rendered.get(key.path());
        if (known == null || !known.key().equals(key)) {
            return null;
        }
        for (Map.Entry<String, String> dependency : known.dependencies().entrySet()) {
            if (!urlsByFile.getOrDefault(dependency.getKey(), "").equals(dependency.getValue())) {
                return null;
            }
        }
        return known.rendered();
    }

    void put(RenderCache.Key key, HashedRendering html, Map<String, String> dependencies) {
        // Not the encoded bytes: the memory keeps every note's HTML once, not twice.
        rendered.put(key.path(), new Known(key, new HashedRendering(html.rendered(), html.hash(), null), Map.copyOf(dependencies)));
    }
}
