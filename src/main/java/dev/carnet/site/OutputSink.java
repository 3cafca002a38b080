package dev.carnet.site;

import java.nio.file.Path;

/**
 * Where a build goes: a folder for {@code build}, memory for {@code check}. Files arrive while
 * pages are still being rendered (from several threads); nothing is visible until
 * {@link #commit()}, so a failed build leaves the previous site untouched.
 */
public interface OutputSink {
    void open();

    /** Thread-safe. */
    void accept(OutputFile file);

    /** Thread-safe: {@code source} is copied as {@code path}. */
    void copy(String path, Path source);

    void commit();

    /** Drops what was written since {@link #open()}. */
    void abort();
}
