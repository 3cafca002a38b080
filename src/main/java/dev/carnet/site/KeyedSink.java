package dev.carnet.site;

import java.util.List;

/**
 * A sink that remembers what each file was made from, so a page whose key is the last build's
 * need not be rendered again: the file it wrote then is kept as it is.
 */
interface KeyedSink extends OutputSink {
    /** Whether the file at {@code path} made under {@code key} is already there (it is then kept). Thread-safe. */
    boolean keep(String path, long key);

    /** {@link #accept(OutputFile)}, recording {@code key} for the next build. Thread-safe. */
    void accept(OutputFile file, long key);

    /** What the pages show of the notes besides their own inputs ({@link SiteListing}), known once the notes are loaded. */
    default void listing(long digest) {
    }

    /**
     * Whether the file at {@code path}, made from {@code inputs}, is kept as the last build made it
     * without its key being made: none of its inputs changed, nor anything else it shows. Thread-safe.
     */
    default boolean keepUnchanged(String path, List<String> inputs) {
        return false;
    }
}
