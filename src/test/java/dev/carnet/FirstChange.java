package dev.carnet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The first file a command creates, changes or deletes in a blog (its notes, its git folder, refs
 * and packs, {@code .carnet/}, the blog's top folder), seen through the kernel's file events: the crash suite
 * aims its kills after that moment. Aimed by the clock from the start, the kills mostly fell while
 * the JVM was still starting, before the command had changed anything.
 */
final class FirstChange implements AutoCloseable {
    private final WatchService watch;

    FirstChange(Path blog) {
        try {
            watch = FileSystems.getDefault().newWatchService();
            for (Path folder : List.of(blog, blog.resolve(".git"), blog.resolve(".git/refs/heads"), blog.resolve(".git/refs/remotes/origin"),
                    blog.resolve(".git/objects/pack"), blog.resolve(".carnet"), blog.resolve(".carnet/build"), blog.resolve("notes"))) {
                register(folder);
            }
            try (Stream<Path> years = Files.list(blog.resolve("notes"))) {
                for (Path year : years.filter(Files::isDirectory).toList()) {
                    register(year);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void register(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
    }

    /** Waits for the first change, {@code timeoutMillis} at most: whether one came. */
    boolean await(long timeoutMillis) throws InterruptedException {
        return watch.poll(timeoutMillis, TimeUnit.MILLISECONDS) != null;
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
