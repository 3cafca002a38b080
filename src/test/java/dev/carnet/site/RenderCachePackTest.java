package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.store.Blog;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render cache after one note changed: a few entries appended in place, the pack written whole only when mostly dead. */
class RenderCachePackTest {
    private static final String JUNE_NOTE = "notes/2024/06-notes-de-juin-2024.md";
    private static final String JUNE = "2024/07/notes-de-juin-2024/index.html";

    @TempDir
    Path dir;
    Path pack;

    @BeforeEach
    void sampleBlogBuilt() {
        Fixtures.copy("site-blog", dir);
        pack = dir.resolve(".carnet/cache/markdown.pack");
        assertThat(build().renderedNotes()).isEqualTo(3);
    }

    private BuildReport build() {
        return new SiteBuilder(Blog.open(dir), SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED, new MemorySink());
    }

    private MemorySink site() {
        MemorySink sink = new MemorySink();
        new SiteBuilder(Blog.open(dir), SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED, sink);
        return sink;
    }

    private Object identity() throws IOException {
        return Files.readAttributes(pack, BasicFileAttributes.class).fileKey();
    }

    private void editJune(String word) {
        Path june = dir.resolve(JUNE_NOTE);
        String text = Fixtures.read(june);
        Fixtures.write(june, text.replaceFirst("rester un [^.]*\\.", "rester un " + word + "."));
    }

    @Test
    void anEditedNoteIsAppendedToThePackInPlace() throws IOException {
        Object before = identity();
        long size = Files.size(pack);
        editJune("outil");
        assertThat(build().renderedNotes()).isEqualTo(1);
        assertThat(identity()).isEqualTo(before);
        assertThat(Files.size(pack)).isGreaterThan(size);
        MemorySink again = site();
        assertThat(again.files().get(JUNE).text()).contains("doit rester un outil.");
        assertThat(build().renderedNotes()).isZero();
    }

    @Test
    void aPackMoreDeadThanAliveIsWrittenWhole() throws IOException {
        Object first = identity();
        boolean rewritten = false;
        for (int i = 0; i < 12 && !rewritten; i++) {
            editJune("outil numéro " + i);
            assertThat(build().renderedNotes()).isEqualTo(1);
            rewritten = !identity().equals(first);
        }
        assertThat(rewritten).isTrue();
        assertThat(build().renderedNotes()).isZero();
        assertThat(site().files().get(JUNE).text()).contains("doit rester un outil numéro");
    }

    @Test
    void aPackCutWhileAppendingIsIgnored() throws IOException {
        editJune("outil");
        build();
        try (FileChannel channel = FileChannel.open(pack, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 3);
        }
        assertThat(build().renderedNotes()).isEqualTo(3);
        assertThat(site().files().get(JUNE).text()).contains("doit rester un outil.");
    }
}
