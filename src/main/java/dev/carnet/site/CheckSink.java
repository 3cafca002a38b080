package dev.carnet.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The site as {@code carnet check} reads it: pages and feeds in memory, but pictures (share cards,
 * photos and their copies) only by their paths. A check looks for broken links; decoding and
 * resizing every photo of the blog to find them would take minutes.
 */
final class CheckSink implements DeferringSink {
    private final MemorySink made = new MemorySink();
    private final Set<String> pictures = ConcurrentHashMap.newKeySet();
    private final List<Supplier<OutputFile>> later = new ArrayList<>();

    @Override
    public void open() {
        made.open();
        pictures.clear();
        later.clear();
    }

    @Override
    public void accept(OutputFile file) {
        made.accept(file);
    }

    @Override
    public synchronized void defer(String path, List<String> inputs, Supplier<OutputFile> render) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            pictures.add(path);
        } else {
            later.add(render);
        }
    }

    @Override
    public void copy(String path, Path source) {
        made.copy(path, source);
    }

    /** The pages and feeds, made now, in parallel as a build makes them. */
    @Override
    public void commit() {
        Parallel.map(List.copyOf(later), render -> {
            made.accept(render.get());
            return render;
        });
    }

    @Override
    public void abort() {
        open();
    }

    Map<String, OutputFile> files() {
        return made.files();
    }

    /** Whether the site has a file at this path (a page, a feed, a static file or a picture). */
    boolean has(String sitePath) {
        return made.files().containsKey(sitePath) || made.copies().containsKey(sitePath) || pictures.contains(sitePath);
    }
}
