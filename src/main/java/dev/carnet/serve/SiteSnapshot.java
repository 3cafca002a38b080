package dev.carnet.serve;

import dev.carnet.site.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * One complete build of the site, as served: made files from memory, static files read from the
 * blog when asked (they can be large photos). A rebuild makes a new snapshot; requests keep the
 * one they started with, so a reader never gets half of one build and half of the next.
 *
 * @param generation counts builds from 1, for the reload events
 */
record SiteSnapshot(Map<String, OutputFile> files, Map<String, Path> copies, Map<String, PreviewSink.LazyPage> pages,
        long generation) {
    static final SiteSnapshot EMPTY = new SiteSnapshot(Map.of(), Map.of(), Map.of(), 0);

    SiteSnapshot {
        files = Map.copyOf(files);
        copies = Map.copyOf(copies);
        pages = Map.copyOf(pages);
    }

    static SiteSnapshot of(PreviewSink sink, long generation) {
        return new SiteSnapshot(sink.files(), sink.copies(), sink.pages(), generation);
    }

    /** A file's bytes and its entity tag. */
    record Found(String path, byte[] content, String etag) {
    }

    /** The file at a site path; a folder ({@code x/} or {@code x}) answers with its {@code index.html}. */
    Optional<Found> find(String path) {
        for (String candidate : path.isEmpty() || path.endsWith("/")
                ? new String[] {path + "index.html"} : new String[] {path, path + "/index.html"}) {
            Optional<Found> found = exact(candidate);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code path} is a folder of the site written without its final slash ({@code /2024/07/x}). */
    boolean isFolder(String path) {
        return !path.isEmpty() && !path.endsWith("/") && !has(path) && has(path + "/index.html");
    }

    private boolean has(String path) {
        return files.containsKey(path) || copies.containsKey(path) || pages.containsKey(path);
    }

    /**
     * The file at exactly {@code path}; a page is rendered now if no request needed it before.
     *
     * @throws RuntimeException the page's own build failure (a template's mistake), to show
     */
    private Optional<Found> exact(String path) {
        PreviewSink.LazyPage page = pages.get(path);
        OutputFile file = page != null ? page.get() : files.get(path);
        if (file != null) {
            return Optional.of(new Found(path, file.content(), etag(file.content())));
        }
        Path source = copies.get(path);
        if (source == null) {
            return Optional.empty();
        }
        try {
            byte[] content = Files.readAllBytes(source);
            return Optional.of(new Found(path, content, etag(content)));
        } catch (IOException e) {
            return Optional.empty(); // deleted since the build: the next one will not list it
        }
    }

    private static String etag(byte[] content) {
        CRC32C crc = new CRC32C();
        crc.update(content);
        return "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(content.length) + "\"";
    }
}
