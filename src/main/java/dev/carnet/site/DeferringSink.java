package dev.carnet.site;

import java.util.List;
import java.util.function.Supplier;

/**
 * A sink that takes HTML pages as work to do rather than done: the preview renders a page when a
 * browser asks for it (or in the background), so that a rebuild after a save costs what changed,
 * not ten thousand templates. Feeds and the other files still arrive whole through {@link #accept}.
 */
public interface DeferringSink extends OutputSink {
    /**
     * @param render makes the page; may throw the build's own {@code CarnetException} (a template's
     *     mistake), which the sink reports when the page is asked for
     */
    void defer(String path, List<String> inputs, Supplier<OutputFile> render);
}
