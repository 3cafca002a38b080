package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.model.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsedNotesTest {
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @TempDir
    Path dir;

    @Test
    void aNoteWhoseStatIsUnchangedIsNotReadAgainAndAChangedOneIs() throws Exception {
        Fixtures.blog(dir);
        ParsedNotes parsed = new ParsedNotes();
        Path june = dir.resolve(JUNE);
        AtomicInteger reads = new AtomicInteger();
        NoteStore store = new NoteStore(Blog.open(dir), parsed);
        Object first = parsed.get(june, JUNE, null, () -> {
            reads.incrementAndGet();
            return store.read(JUNE);
        });
        Object again = parsed.get(june, JUNE, null, () -> {
            reads.incrementAndGet();
            return store.read(JUNE);
        });
        assertThat(again).isSameAs(first);
        assertThat(reads).hasValue(1);

        FileTime before = Files.getLastModifiedTime(june);
        Fixtures.write(june, Fixtures.read(june).replace("Juin a été riche", "Juin a été dense"));
        Files.setLastModifiedTime(june, FileTime.fromMillis(before.toMillis() + 1000));
        Object changed = parsed.get(june, JUNE, null, () -> {
            reads.incrementAndGet();
            return store.read(JUNE);
        });
        assertThat(reads).hasValue(2);
        assertThat(((Note) changed).body()).contains("Juin a été dense");
    }

    @Test
    void loadingTheBlogAgainGivesTheSameNotesAndNewSettingsForgetThem() {
        Fixtures.blog(dir);
        ParsedNotes parsed = new ParsedNotes();
        var first = new NoteStore(Blog.open(dir), parsed).load();
        var second = new NoteStore(Blog.open(dir), parsed).load();
        assertThat(second.notes()).isEqualTo(first.notes());
        assertThat(parsed.size()).isEqualTo(first.notes().size());

        Path config = dir.resolve("carnet.yml");
        Fixtures.write(config, Fixtures.read(config).replace("timezone: Europe/Paris", "timezone: America/Montreal"));
        new NoteStore(Blog.open(dir), parsed);
        assertThat(parsed.size()).isZero();
    }
}
