package dev.carnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A notebook lists its notes newest first on the timeline, then by path, as {@link Notebook#NEWEST_FIRST} orders them. */
class NotebookOrderTest {

    @Provide
    Arbitrary<List<Note>> notes() {
        // Few instants and offsets, so that equal instants written with other offsets, and equal dates, come up often.
        Arbitrary<OffsetDateTime> dates = Combinators.combine(
                Arbitraries.longs().between(1_700_000_000L, 1_700_000_003L),
                Arbitraries.of(0, 1, 999_999_999),
                Arbitraries.of(0, 3600, -7200, 19800))
                .as((second, nano, offset) -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, nano),
                        ZoneOffset.ofTotalSeconds(offset)));
        Arbitrary<String> slugs = Arbitraries.of("a", "b", "juin", "notes-de-juin");
        return Combinators.combine(dates, slugs, Arbitraries.integers().between(0, 9))
                .as((date, slug, n) -> note(date, slug + "-" + n))
                .list().ofMaxSize(40);
    }

    private static Note note(OffsetDateTime date, String slug) {
        FrontMatter meta = new FrontMatter("Note " + slug, date, List.of(), null, false, null, false, Map.of());
        return new Note("notes/2023/11-" + slug + ".md", YearMonth.of(2023, 11), new Slug(slug), meta, "", 5, new Fingerprint(1, 1));
    }

    @Property(tries = 2000)
    void notesAreInTheOrderOfNewestFirst(@ForAll("notes") List<Note> notes) {
        List<Note> expected = notes.stream().sorted(Notebook.NEWEST_FIRST).toList();

        assertThat(new Notebook(notes, List.of()).notes()).containsExactlyElementsOf(expected);
    }
}
