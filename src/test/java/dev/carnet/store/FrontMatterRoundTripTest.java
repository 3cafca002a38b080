package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.HostileText;
import dev.carnet.model.FrontMatter;
import dev.carnet.model.Note;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever title, summary and tags an author or an import gives a note, carnet writes them so
 * that they read back exactly: through {@link NoteHeader} (a note written whole) and through the
 * line-by-line {@link FrontMatterEditor} of {@code carnet tag} and the text UI.
 * Rerun: {@code mvn -o test -Dtest=FrontMatterRoundTripTest} (a failing sample is tried first next time).
 */
class FrontMatterRoundTripTest {
    private static final String PATH = "notes/2024/06-x.md";
    private static final OffsetDateTime DATE = OffsetDateTime.parse("2024-07-01T09:30:00+02:00");
    private final NoteParser parser = new NoteParser(ZoneId.of("Europe/Paris"));

    @Provide
    Arbitrary<String> titles() {
        return HostileText.text(10).filter(t -> !t.isBlank());
    }

    @Provide
    Arbitrary<List<String>> tagLists() {
        // The parser strips each tag, and refuses a blank one: such tags are not written as they are.
        return HostileText.text(5).filter(t -> !t.isBlank() && t.strip().equals(t)).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(HostileText.text(12), Arbitraries.just("\n---\ntitle: pas ici\n---\n"));
    }

    @Property
    void aNoteWrittenWholeReadsBackWithItsTitleSummaryAndTags(@ForAll("titles") String title, @ForAll("titles") String summary,
                                                             @ForAll("tagLists") List<String> tags) {
        String text = new NoteHeader().text("title", title).dateTime("date", DATE).list("tags", tags, false)
                .text("summary", summary).withBody("Texte.");

        FrontMatter read = parser.parseNote(PATH, text.getBytes(StandardCharsets.UTF_8)).meta();

        assertThat(read.title()).isEqualTo(title);
        assertThat(read.summary()).isEqualTo(summary);
        assertThat(read.tags()).isEqualTo(tags);
        assertThat(read.date()).isEqualTo(DATE);
    }

    @Property
    void aChangedHeaderReadsBackAsChangedAndTheBodyKeepsEveryByte(@ForAll("titles") String title, @ForAll("tagLists") List<String> tags,
                                                                 @ForAll("bodies") String body, @ForAll boolean crlf) {
        String newline = crlf ? "\r\n" : "\n";
        String before = String.join(newline, "---", "title: \"Notes de juin\"", "# ne pas toucher", "date: 2024-07-01T09:30:00+02:00",
                "tags: [atelier]", "couleur: bleu", "---", "") + body;
        Note note = parser.parseNote(PATH, before.getBytes(StandardCharsets.UTF_8));
        FrontMatter wanted = note.meta().withTitle(title).withTags(tags);

        NoteText text = NoteText.split(before, PATH);
        String after = text.withHeader(new FrontMatterEditor(text.headerLines()).apply(note.meta(), wanted)).join();
        Note written = parser.parseNote(PATH, after.getBytes(StandardCharsets.UTF_8));

        assertThat(written.meta()).isEqualTo(wanted);
        assertThat(after).endsWith(newline + "---" + newline + body).contains("# ne pas toucher" + newline);
    }
}
