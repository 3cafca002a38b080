package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two writers on one note at once: each change lands, none is lost. */
class WriterLockTest {
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @TempDir
    Path dir;

    private static List<String> with(List<String> tags, String tag) {
        List<String> more = new ArrayList<>(tags);
        more.add(tag);
        return more;
    }

    @Test
    void twoWritersTaggingTheSameNoteAtOnceLoseNothing() throws Exception {
        Fixtures.blog(dir);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = new ArrayList<>();
        for (String writer : List.of("a", "b")) {
            writers.add(two.submit(() -> {
                // Each writer has its own store, as two carnet processes would.
                NoteStore store = new NoteStore(Blog.open(dir));
                for (int i = 0; i < 40; i++) {
                    String tag = writer + i;
                    store.update(JUNE, meta -> meta.withTags(with(meta.tags(), tag)));
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        two.shutdown();
        List<String> tags = new NoteStore(Blog.open(dir)).read(JUNE).meta().tags();
        for (int i = 0; i < 40; i++) {
            assertThat(tags).contains("a" + i, "b" + i);
        }
    }
}
