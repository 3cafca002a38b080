package dev.carnet.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Keeps the site in memory (for {@code carnet check} and tests). */
public final class MemorySink implements OutputSink {
    private final Map<String, OutputFile> files = new TreeMap<>();
    private final Map<String, Path> copies = new TreeMap<>();

    @Override
    public void write(List<OutputFile> written, Map<String, Path> copied) {
        written.forEach(f -> files.put(f.path(), f));
        copies.putAll(copied);
    }

    public Map<String, OutputFile> files() {
        return files;
    }

    public Map<String, Path> copies() {
        return copies;
    }

    public boolean exists(String path) {
        return files.containsKey(path) || copies.containsKey(path);
    }
}
