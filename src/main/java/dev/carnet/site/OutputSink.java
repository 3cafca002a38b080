package dev.carnet.site;

import java.nio.file.Path;
import java.util.List;

/** Where a build goes: a folder for {@code build}, memory for {@code check}. */
public interface OutputSink {
    /**
     * Receives the whole site at once, so that a failed build leaves the previous site untouched.
     *
     * @param copies site path to source file (static files, theme assets)
     */
    void write(List<OutputFile> files, java.util.Map<String, Path> copies);
}
