package dev.carnet.serve;

import dev.carnet.site.DeferringSink;
import dev.carnet.site.MemorySink;
import dev.carnet.site.OutputFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One preview build as it arrives: feeds and small files whole, HTML pages as work to do when a
 * browser first asks for them, static files by their place in the blog.
 */
final class PreviewSink implements DeferringSink {
    /** The files that arrive whole, as a check keeps them. */
    private final MemorySink made = new MemorySink();
    private final Map<String, LazyPage> pages = new ConcurrentHashMap<>();

    /** A page rendered once, by the first request that needs it; its failure is kept and said again to the next. */
    static final class LazyPage {
        private final Supplier<OutputFile> render;
        private OutputFile file;
        private RuntimeException failure;

        LazyPage(Supplier<OutputFile> render) {
            this.render = render;
        }

        synchronized OutputFile get() {
            if (file == null && failure == null) {
                try {
                    file = render.get();
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return file;
        }
    }

    @Override
    public void open() {
        made.open();
        pages.clear();
    }

    @Override
    public void accept(OutputFile file) {
        made.accept(file);
    }

    @Override
    public void defer(String path, List<String> inputs, Supplier<OutputFile> render) {
        pages.put(path, new LazyPage(render));
    }

    @Override
    public void copy(String path, Path source) {
        made.copy(path, source);
    }

    @Override
    public void commit() {
        // the snapshot takes it from here
    }

    @Override
    public void abort() {
        open();
    }

    Map<String, OutputFile> files() {
        return made.files();
    }

    Map<String, Path> copies() {
        return made.copies();
    }

    Map<String, LazyPage> pages() {
        return pages;
    }
}
