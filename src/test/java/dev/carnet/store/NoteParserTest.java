package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.Fixtures;
import dev.carnet.error.CarnetException;
import dev.carnet.model.Note;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteParserTest {
    private static final String PATH = "notes/2024/06-x.md";
    private final NoteParser parser = new NoteParser(ZoneId.of("Europe/Paris"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unclosed.md         | notes/2024/06-x.md:1: front matter is never closed: add a line '---' after it
        tabs.md             | notes/2024/06-x.md:5: tab character in YAML; indent with spaces
        global-tag.md       | notes/2024/06-x.md:2: YAML tag !!javax.script.ScriptEngineManager is not allowed (carnet reads plain YAML only)
        empty.md            | notes/2024/06-x.md:1: empty file; a note starts with a front matter block between '---' lines
        missing-title.md    | notes/2024/06-x.md:1: missing 'title' in the front matter
        no-timezone.md      | notes/2024/06-x.md:3: date '2024-07-01T09:30:00' has no time zone; write it with its offset, e.g. 2024-07-01T09:30:00+02:00
        duplicate-key.md    | notes/2024/06-x.md:4: duplicate key 'title'
        no-front-matter.md  | notes/2024/06-x.md:1: no front matter: the first line must be '---'
        bad-date.md         | notes/2024/06-x.md:3: date must look like 2024-07-01T09:30:00+02:00 or 2024-07-01, not '1er juillet 2024'
        bad-slug.md         | notes/2024/06-x.md:4: slug '../../etc/passwd' may only hold a-z, 0-9 and single hyphens (e.g. etc-passwd)
        invalid-utf8.md     | notes/2024/06-x.md:7: invalid UTF-8 (byte 0xE9); save the file as UTF-8
        """)
    void reportsEachBadNoteAsOneLineWithFileAndLine(String fixture, String message) {
        byte[] bytes = Fixtures.bytes("bad-notes/" + fixture);
        assertThatThrownBy(() -> parser.parseNote(PATH, bytes))
                .isInstanceOf(CarnetException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void readsAliasesWithTheirLinesAndTheImage() {
        Note note = parser.parseNote(PATH, """
                ---
                title: "X"
                date: 2024-07-01
                aliases:
                  - /2024/07/01/x/
                  - "/ancien.html"
                image: https://exemple.fr/photo.jpg
                ---
                Texte.
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(note.meta().aliases()).containsExactly(new dev.carnet.model.Alias("/2024/07/01/x/", 5),
                new dev.carnet.model.Alias("/ancien.html", 6));
        assertThat(note.meta().image()).isEqualTo("https://exemple.fr/photo.jpg");
        assertThat(note.meta().extra()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        'image: javascript:alert(1)'       | notes/2024/06-x.md:4: image must be a site path like /images/2024/06/photo.jpg or an http(s):// address, not 'javascript:alert(1)'
        'image: images/x.jpg'              | notes/2024/06-x.md:4: image must be a site path like /images/2024/06/photo.jpg or an http(s):// address, not 'images/x.jpg'
        'image: /images/../../x.jpg'       | notes/2024/06-x.md:4: image '/images/../../x.jpg' must not hold '..' or '.' segments
        'aliases: /seul/'                  | notes/2024/06-x.md:4: aliases must be a list of old addresses like ["/2024/07/01/notes-de-juin/"]
        'aliases: [[/a/]]'                 | notes/2024/06-x.md:4: aliases: [/a/] is not a text
        """)
    void refusesABadImageOrAliasesNamingTheLine(String line, String message) {
        byte[] bytes = ("---\ntitle: X\ndate: 2024-07-01\n" + line + "\n---\nTexte.\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parseNote(PATH, bytes)).isInstanceOf(CarnetException.class).hasMessage(message);
    }

    @Test
    void readsTheSampleNote() {
        Note note = parser.parseNote("notes/2024/06-notes-de-juin-2024.md",
                Fixtures.bytes("blog/notes/2024/06-notes-de-juin-2024.md"));
        assertThat(note.title()).isEqualTo("Notes de juin 2024");
        assertThat(note.month()).isEqualTo(YearMonth.of(2024, 6));
        assertThat(note.slug().value()).isEqualTo("notes-de-juin-2024");
        assertThat(note.meta().date()).isEqualTo(OffsetDateTime.parse("2024-07-01T09:30:00+02:00"));
        assertThat(note.meta().tags()).containsExactly("formation", "médiation numérique");
        assertThat(note.meta().extra()).containsEntry("cover", "images/juin.jpg");
        assertThat(note.body()).startsWith("\nJuin a été riche");
        assertThat(note.bodyLine()).isEqualTo(9);
    }

    @Test
    void readsABareDateAsThatDayInTheBlogsTimeZone() {
        String text = "---\ntitle: \"Fête\"\ndate: 2024-07-14\n---\nx\n";
        Note paris = parser.parseNote(PATH, text.getBytes(StandardCharsets.UTF_8));
        Note losAngeles = new NoteParser(ZoneId.of("America/Los_Angeles")).parseNote(PATH, text.getBytes(StandardCharsets.UTF_8));
        assertThat(paris.meta().date()).isEqualTo(OffsetDateTime.parse("2024-07-14T00:00:00+02:00"));
        assertThat(losAngeles.meta().date().toLocalDate()).hasToString("2024-07-14");
        assertThat(losAngeles.meta().date().getOffset()).hasToString("-07:00");
    }

    @Test
    void acceptsTheDateFormsPeopleWrite() {
        for (String date : List.of("2024-07-01T09:30:00+02:00", "2024-07-01 09:30:00 +02:00", "2024-07-01T07:30:00Z",
                "2024-07-01T09:30+02:00", "2024-07-01T09:30:00+0200")) {
            String text = "---\ntitle: x\ndate: " + date + "\n---\n";
            assertThat(parser.parseNote(PATH, text.getBytes(StandardCharsets.UTF_8)).meta().date().toInstant())
                    .as(date).hasToString("2024-07-01T07:30:00Z");
        }
    }

    @Test
    void refusesAFileNameThatIsNotANotesMonth() {
        byte[] bytes = "---\ntitle: x\ndate: 2024-07-01\n---\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parseNote("notes/2024/juin.md", bytes))
                .hasMessage("notes/2024/juin.md: a note's file name must look like notes/2024/06-notes-de-juin.md");
        assertThatThrownBy(() -> parser.parseNote("notes/2024/13-x.md", bytes))
                .hasMessage("notes/2024/13-x.md: month 13 in the file name is not 01 to 12");
    }

    @Test
    void namesAFrontMatterValueOfTheWrongType() {
        byte[] draft = "---\ntitle: x\ndate: 2024-07-01\ndraft: peut-être\n---\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parseNote(PATH, draft))
                .hasMessage("notes/2024/06-x.md:4: draft must be true or false, not 'peut-être'");
        byte[] tags = "---\ntitle: x\ndate: 2024-07-01\ntags: {a: b}\n---\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parseNote(PATH, tags))
                .hasMessage("notes/2024/06-x.md:4: tags must be a list like [a, b]");
        byte[] title = "---\ntitle: [a, b]\ndate: 2024-07-01\n---\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parseNote(PATH, title))
                .hasMessage("notes/2024/06-x.md:2: title must be a single value, not a list or a mapping");
    }

    @Test
    void asksForADateWithAnExample() {
        byte[] bytes = "---\ntitle: x\n---\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parseNote(PATH, bytes))
                .hasMessage("notes/2024/06-x.md:1: missing 'date' in the front matter (e.g. date: 2024-07-01T09:00:00+02:00)");
    }

    @Test
    void keepsCarriageReturnsAndTheBodyExactly() {
        String text = "---\r\ntitle: x\r\ndate: 2024-07-01\r\n---\r\nLigne 1\r\n\r\n  indentée\r\nsans fin";
        Note note = parser.parseNote(PATH, text.getBytes(StandardCharsets.UTF_8));
        assertThat(note.body()).isEqualTo("Ligne 1\r\n\r\n  indentée\r\nsans fin");
    }
}
