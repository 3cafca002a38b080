package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.Fixtures;
import dev.carnet.model.Note;
import dev.carnet.model.Notebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteStoreTest {
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @TempDir
    Path dir;
    NoteStore store;

    @BeforeEach
    void copySampleBlog() {
        store = new NoteStore(Blog.open(Fixtures.blog(dir)));
    }

    @Test
    void listsNotesNewestFirst() {
        Notebook notebook = store.load();
        assertThat(notebook.notes()).extracting(Note::path).containsExactly(
                "notes/2024/07-atelier-fablab.md", JUNE, "notes/2024/05-notes-de-mai-2024.md");
        assertThat(notebook.problems()).isEmpty();
    }

    @Test
    void ordersNotesByTheirInstantWhateverTheOffsetTheirDateIsWrittenIn() throws IOException {
        // 09:30 in Paris (UTC+2) is before 08:00 in UTC: by the clock's figures the order would be the other way.
        Fixtures.write(dir.resolve("notes/2024/08-paris.md"), "---\ntitle: \"Paris\"\ndate: 2024-08-01T09:30:00+02:00\n---\nA.\n");
        Fixtures.write(dir.resolve("notes/2024/08-londres.md"), "---\ntitle: \"Londres\"\ndate: 2024-08-01T08:00:00Z\n---\nB.\n");
        Fixtures.write(dir.resolve("notes/2024/08-meme-instant.md"), "---\ntitle: \"Même\"\ndate: 2024-08-01T10:00:00+02:00\n---\nC.\n");

        assertThat(store.load().notes()).extracting(Note::path).containsSubsequence(
                "notes/2024/08-londres.md", "notes/2024/08-meme-instant.md", "notes/2024/08-paris.md");
    }

    /** Found by TagRenameBytesTest: a tag change dropped the byte-order mark a Windows editor had written. */
    @Test
    void changingTagsKeepsTheByteOrderMarkOfANoteThatHasOne() throws IOException {
        String note = "notes/2024/04-windows.md";
        String text = "\uFEFF---\r\ntitle: \"Écrit sous Windows\"\r\ndate: 2024-05-01T10:00:00+02:00\r\ntags: [a]\r\n---\r\nTexte.\r\n";
        Fixtures.write(dir.resolve(note), text);

        store.update(note, meta -> meta.withTags(List.of("b")));

        assertThat(Files.readString(dir.resolve(note))).isEqualTo(text.replace("tags: [a]", "tags: [b]"));
    }

    @Test
    void changingTagsKeepsAliasesAndImageAsWritten() throws IOException {
        String note = "notes/2024/04-importee.md";
        String text = """
                ---
                title: "Importée"
                date: 2024-05-01T10:00:00+02:00
                aliases:
                  - "/2024/05/01/importee/"   # WordPress's address
                image: '/images/2024/04/x.jpg'
                tags: [a]
                ---
                Texte.
                """;
        Fixtures.write(dir.resolve(note), text);

        store.update(note, meta -> meta.withTags(List.of("b")));

        assertThat(Fixtures.read(dir.resolve(note))).isEqualTo(text.replace("tags: [a]", "tags: [b]"));
        assertThat(store.read(note).meta().aliases()).extracting(dev.carnet.model.Alias::path).containsExactly("/2024/05/01/importee/");
    }

    @Test
    void changingTagsLeavesTheBodyByteIdenticalAndKeepsCommentsAndUnknownKeys() throws IOException {
        byte[] before = Files.readAllBytes(dir.resolve(JUNE));
        String beforeText = new String(before, java.nio.charset.StandardCharsets.UTF_8);
        String body = beforeText.substring(beforeText.indexOf("\n---\n") + 5);

        store.update(JUNE, meta -> meta.withTags(List.of("formation", "atelier")).withDraft(true));

        String after = Fixtures.read(dir.resolve(JUNE));
        assertThat(after).endsWith("\n---\n" + body);
        assertThat(after).startsWith("""
                ---
                # Written by hand: this comment and the odd key order must survive edits.
                title: "Notes de juin 2024"
                date: 2024-07-01T09:30:00+02:00
                tags: [formation, atelier]
                summary: "Un mois d'ateliers."
                cover: images/juin.jpg   # a key carnet does not know
                draft: true
                ---
                """);
        assertThat(store.read(JUNE).meta().extra()).containsEntry("cover", "images/juin.jpg");
    }

    @Test
    void rewritesABlockListOfTagsAsOneLine() {
        store.update("notes/2024/05-notes-de-mai-2024.md", meta -> meta.withTags(List.of("seniors", "Pix & co")));
        assertThat(Fixtures.read(dir.resolve("notes/2024/05-notes-de-mai-2024.md"))).isEqualTo("""
                ---
                title: "Notes de mai 2024"
                date: 2024-06-03
                tags: [seniors, "Pix & co"]
                ---

                Un mois de mai consacré aux seniors et à la formation Pix.
                """);
    }

    @Test
    void quotesTitlesThatYamlWouldMisread() {
        for (String title : List.of("yes", "Titre: « sous-titre » # pas un commentaire", "\"guillemets\" \\ et \ttab", "123")) {
            Note note = store.update(JUNE, meta -> meta.withTitle(title));
            assertThat(note.title()).isEqualTo(title);
            assertThat(store.read(JUNE).title()).isEqualTo(title);
        }
    }

    @Test
    void writesAtomicallyLeavingNoTemporaryFileAndKeepingPermissions() throws IOException {
        Path file = dir.resolve(JUNE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        store.update(JUNE, meta -> meta.withDraft(true));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    }

    @Test
    void refusesToCreateOverAnExistingNote() {
        String before = Fixtures.read(dir.resolve(JUNE));
        assertThatThrownBy(() -> store.create(JUNE, "---\ntitle: x\ndate: 2024-07-01\n---\n"))
                .hasMessageContaining("already exists");
        assertThat(Fixtures.read(dir.resolve(JUNE))).isEqualTo(before);
    }

    @Test
    void refusesToWriteOutsideTheBlog() {
        assertThatThrownBy(() -> store.create("notes/../../escape.md", "---\ntitle: x\ndate: 2024-07-01\n---\n"))
                .hasMessageContaining("outside the blog folder");
        assertThat(dir.getParent().resolve("escape.md")).doesNotExist();
    }

    @Test
    void skipsBadNotesAndSaysWhy() {
        Fixtures.write(dir.resolve("notes/2024/08-casse.md"), "---\ntitle: \"Cassée\"\n");
        Notebook notebook = store.load();
        assertThat(notebook.notes()).hasSize(3);
        assertThat(notebook.problems()).extracting(p -> p.message())
                .containsExactly("notes/2024/08-casse.md:1: front matter is never closed: add a line '---' after it");
    }

    @Test
    void reportsTwoNotesWithTheSameSlugAndAddress() {
        Fixtures.write(dir.resolve("notes/2024/06-doublon.md"),
                "---\ntitle: \"Doublon\"\ndate: 2024-07-05T10:00:00+02:00\nslug: notes-de-juin-2024\n---\nx\n");
        Notebook notebook = store.load();
        assertThat(notebook.problems()).extracting(p -> p.message()).containsExactly(
                "notes/2024/06-notes-de-juin-2024.md:1: slug 'notes-de-juin-2024' is already used by "
                        + "notes/2024/06-doublon.md (both would be /2024/07/notes-de-juin-2024/); set another 'slug:' in one of them");
    }

    @Test
    void leavesTheFileUntouchedWhenAnEditCannotBeWrittenSafely() {
        String tricky = "---\ntitle: x\ndate: 2024-10-01T10:00:00+02:00\n? tags\n: [a]\n---\nCorps.\n";
        Fixtures.write(dir.resolve("notes/2024/09-cle-complexe.md"), tricky);
        assertThatThrownBy(() -> store.update("notes/2024/09-cle-complexe.md", meta -> meta.withTags(List.of("b"))))
                .hasMessageStartingWith("notes/2024/09-cle-complexe.md:");
        assertThat(Fixtures.read(dir.resolve("notes/2024/09-cle-complexe.md"))).isEqualTo(tricky);
    }

    @Test
    void keepsAFlowMappingOfAnUnknownKeyWhenTheDateChanges() {
        Fixtures.write(dir.resolve("notes/2024/09-flow.md"),
                "---\ntitle: x\ndate: 2024-10-01T10:00:00+02:00\nextra: {tags: [a]}\n---\nx\n");
        Note note = store.update("notes/2024/09-flow.md", meta -> meta.withDate(OffsetDateTime.parse("2024-10-02T10:00:00+02:00")));
        assertThat(note.meta().extra()).containsKey("extra");
    }
}
