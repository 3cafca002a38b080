package dev.carnet.site;

/**
 * A sink that remembers what each file was made from, so a page whose key is the last build's
 * need not be rendered again: the file it wrote then is kept as it is.
 */
interface KeyedSink extends OutputSink {
    /** Whether the file at {@code path} made under {@code key} is already there (it is then kept). Thread-safe. */
    boolean keep(String path, long key);

    /** {@link #accept(OutputFile)}, recording {@code key} for the next build. Thread-safe. */
    void accept(OutputFile file, long key);
}
