package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.model.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notes a build parsed, kept for the next process: everything but the body comes back, and nothing doubtful is trusted. */
class ParsedNotesFileTest {
    private static final String CARNET = "carnet 1.0+test";
    private static final String RICH = "notes/2024/09-riche.md";

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void blogWithARichNote() throws IOException {
        Fixtures.blog(dir);
        Fixtures.write(dir.resolve(RICH), """
                ---
                title: "Été « très » riche : 日本 & co"
                date: 2024-10-01T08:00:00.5+02:00
                tags: [formation, "médiation numérique", c++]
                summary: "Un résumé\u00a0!"
                slug: ete-riche
                toc: true
                aliases: [/2024/10/01/ete/, "/été-2024/"]
                image: /images/atelier.jpg
                mine: kept in the file, not needed by the site
                ---

                Le corps.
                """);
        age(dir);
        file = dir.resolve(".carnet/build/notes.index");
    }

    private static void age(Path root) throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                Files.setLastModifiedTime(p, hourAgo);
            }
        }
    }

    private List<Note> load(ParsedNotes parsed) {
        var notebook = new NoteStore(Blog.open(dir), parsed).load();
        assertThat(notebook.problems()).isEmpty();
        return notebook.notes();
    }

    @Test
    void everyFieldTheSiteUsesComesBackWithoutTheBody() {
        ParsedNotes first = new ParsedNotes();
        List<Note> parsed = load(first);
        ParsedNotesFile.write(first, file, CARNET, FileClock.of(dir.resolve(".carnet/build")));

        ParsedNotes kept = ParsedNotesFile.read(file, Blog.open(dir).config(), CARNET);
        NoteStore store = new NoteStore(Blog.open(dir), kept);
        List<Note> again = store.load().notes();
        assertThat(again).hasSameSizeAs(parsed);
        for (int i = 0; i < parsed.size(); i++) {
            Note before = parsed.get(i);
            Note after = again.get(i);
            assertThat(after.path()).isEqualTo(before.path());
            assertThat(after.body()).isEmpty();
            assertThat(store.body(after)).isEqualTo(before.body());
            assertThat(after.meta().withTags(before.meta().tags())).usingRecursiveComparison().ignoringFields("extra")
                    .isEqualTo(before.meta());
            assertThat(new Note(after.path(), after.month(), after.slug(), before.meta(), before.body(), after.bodyLine(), after.fingerprint()))
                    .isEqualTo(before);
        }
        assertThat(kept.changed()).isFalse();
    }

    @Test
    void aNoteChangedSinceIsReadAgainAndAConflictMarkerIsKept() throws IOException {
        String marked = Fixtures.read(dir.resolve(RICH)).replace("Le corps.", "<<<<<<< HEAD\nLe corps.\n=======\nAutre.\n>>>>>>> theirs");
        Fixtures.write(dir.resolve(RICH), marked);
        age(dir);
        ParsedNotes first = new ParsedNotes();
        load(first);
        ParsedNotesFile.write(first, file, CARNET, FileClock.of(dir.resolve(".carnet/build")));
        ParsedNotes kept = ParsedNotesFile.read(file, Blog.open(dir).config(), CARNET);
        NoteStore store = new NoteStore(Blog.open(dir), kept);
        Note rich = store.load().notes().stream().filter(n -> n.path().equals(RICH)).findFirst().orElseThrow();
        assertThat(rich.body()).isEmpty();
        assertThat(store.conflictLine(rich)).isEqualTo(2);

        Fixtures.write(dir.resolve(RICH), Fixtures.read(dir.resolve(RICH)).replace("title: \"Été", "title: \"Automne"));
        Note changed = new NoteStore(Blog.open(dir), kept).load().notes().stream().filter(n -> n.path().equals(RICH)).findFirst().orElseThrow();
        assertThat(changed.title()).startsWith("Automne");
        assertThat(changed.body()).contains("Le corps.");
    }

    @Test
    void aNoteWrittenInTheFileSystemsLastTickIsNotKept() throws IOException {
        Fixtures.write(dir.resolve(RICH), Fixtures.read(dir.resolve(RICH)).replace("Le corps.", "Le corps, à l'instant."));
        // As if written in the same tick as the build's clock: an edit right after could keep this stamp.
        Files.setLastModifiedTime(dir.resolve(RICH), FileTime.from(Instant.now().plusMillis(500)));
        ParsedNotes first = new ParsedNotes();
        load(first);
        ParsedNotesFile.write(first, file, CARNET, FileClock.of(dir.resolve(".carnet/build")));
        ParsedNotes kept = ParsedNotesFile.read(file, Blog.open(dir).config(), CARNET);
        assertThat(kept.bodyless(RICH)).isNull();
        assertThat(kept.bodyless("notes/2024/06-notes-de-juin-2024.md")).isNotNull();
    }

    @Test
    void aDamagedForeignOrOtherSettingsFileIsIgnored() throws IOException {
        ParsedNotes first = new ParsedNotes();
        load(first);
        ParsedNotesFile.write(first, file, CARNET, FileClock.of(dir.resolve(".carnet/build")));
        assertThat(ParsedNotesFile.read(file, Blog.open(dir).config(), "another carnet").size()).isZero();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 3] ^= 1;
        Files.write(file, bytes);
        assertThat(ParsedNotesFile.read(file, Blog.open(dir).config(), CARNET).size()).isZero();
        Files.write(file, new byte[] {0, 1});
        assertThat(ParsedNotesFile.read(file, Blog.open(dir).config(), CARNET).size()).isZero();
        ParsedNotesFile.write(first, file, CARNET, FileClock.of(dir.resolve(".carnet/build")));
        Fixtures.write(dir.resolve("carnet.yml"), Fixtures.read(dir.resolve("carnet.yml")).replace("Europe/Paris", "America/Montreal"));
        assertThat(ParsedNotesFile.read(file, Blog.open(dir).config(), CARNET).size()).isZero();
    }
}
