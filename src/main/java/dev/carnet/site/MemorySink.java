package dev.carnet.site;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** Keeps the site in memory (for {@code carnet check} and tests). */
public final class MemorySink implements OutputSink {
    private final Map<String, OutputFile> files = new ConcurrentSkipListMap<>();
    private final Map<String, Path> copies = new ConcurrentSkipListMap<>();

    @Override
    public void open() {
        files.clear();
        copies.clear();
    }

    @Override
    public void accept(OutputFile file) {
        files.put(file.path(), file);
    }

    @Override
    public void copy(String path, Path source) {
        copies.put(path, source);
    }

    @Override
    public void commit() {
        // already in place
    }

    @Override
    public void abort() {
        open();
    }

    public Map<String, OutputFile> files() {
        return files;
    }

    public Map<String, Path> copies() {
        return copies;
    }
}
