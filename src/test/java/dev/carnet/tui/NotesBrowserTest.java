package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.model.Note;
import dev.carnet.store.Blog;
import dev.carnet.store.NoteStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesBrowserTest {
    @TempDir
    Path dir;
    NotesBrowser browser;

    @BeforeEach
    void sampleBlog() {
        Fixtures.blog(dir);
        browser = new NotesBrowser(new NoteStore(Blog.open(dir)).load().notes(), Locale.FRENCH);
    }

    private List<String> lines() {
        return browser.rows().stream().map(row -> {
            if (row instanceof NotesBrowser.YearRow year) {
                return Integer.toString(year.year());
            } else if (row instanceof NotesBrowser.MonthRow month) {
                return "  " + month.label();
            }
            return "    " + ((NotesBrowser.NoteRow) row).note().title();
        }).toList();
    }

    @Test
    void groupsNotesByYearThenMonthNewestFirstAndSelectsTheFirst() {
        assertThat(lines()).containsExactly("2024", "  Juillet", "    Atelier fablab", "  Juin", "    Notes de juin 2024",
                "  Mai", "    Notes de mai 2024");
        assertThat(browser.selectedNote().title()).isEqualTo("Atelier fablab");
    }

    private void note(String path, String title, String date) {
        dev.carnet.Fixtures.write(dir.resolve(path), "---\ntitle: \"" + title + "\"\ndate: " + date + "\n---\n\nTexte.\n");
    }

    @Test
    void ordersAndGroupsNotesByTheMonthOfTheirFileNameNewestFirstWhateverTheirDate() {
        note("notes/2026/01-notes-de-janvier-2026.md", "Notes de janvier 2026", "2026-02-01T09:00:00+01:00");
        // Written late: its date is after January 2026's, its month is March 2025.
        note("notes/2025/03-notes-de-mars-2025.md", "Notes de mars 2025", "2026-03-10T09:00:00+01:00");
        note("notes/2025/12-notes-de-decembre-2025.md", "Notes de décembre 2025", "2026-01-01T09:00:00+01:00");
        note("notes/2025/12-bilan.md", "Bilan", "2026-01-05T09:00:00+01:00");
        browser = new NotesBrowser(new NoteStore(Blog.open(dir)).load().notes(), Locale.FRENCH);
        assertThat(lines()).containsExactly("2026", "  Janvier", "    Notes de janvier 2026",
                "2025", "  Décembre", "    Bilan", "    Notes de décembre 2025", "  Mars", "    Notes de mars 2025",
                "2024", "  Juillet", "    Atelier fablab", "  Juin", "    Notes de juin 2024", "  Mai", "    Notes de mai 2024");
        browser.replace(new NoteStore(Blog.open(dir)).load().notes());
        assertThat(lines().get(7)).isEqualTo("  Mars");
    }

    @Test
    void jumpsToTheFirstAndLastNoteAndByPages() {
        browser.last();
        assertThat(browser.selectedNote().title()).isEqualTo("Notes de mai 2024");
        browser.first();
        assertThat(browser.selectedNote().title()).isEqualTo("Atelier fablab");
        browser.page(1); // from row 2 to 3, June's heading: the next note down is June's
        assertThat(browser.selectedNote().title()).isEqualTo("Notes de juin 2024");
        browser.page(100);
        assertThat(browser.selectedNote().title()).isEqualTo("Notes de mai 2024");
        browser.page(-100);
        assertThat(browser.selectedNote().title()).isEqualTo("Atelier fablab");
    }

    @Test
    void revealClearsTheSearchAndTagThatHideANoteAndSelectsIt() {
        browser.filterTag("fablab");
        browser.search("laser");
        browser.reveal("notes/2024/06-notes-de-juin-2024.md");
        assertThat(browser.query()).isEmpty();
        assertThat(browser.tag()).isNull();
        assertThat(browser.selectedNote().title()).isEqualTo("Notes de juin 2024");
        browser.search("juin");
        browser.reveal("notes/2024/06-notes-de-juin-2024.md");
        assertThat(browser.query()).as("a search that shows the note is kept").isEqualTo("juin");
    }

    @Test
    void searchFindsTheNewTextOfANoteChangedOnDisk() {
        browser.useIndex(NotesBrowser.prepare(new NoteStore(Blog.open(dir)).load().notes()));
        browser.search("tournesol");
        assertThat(browser.visibleNotes()).isZero();
        java.nio.file.Path june = dir.resolve("notes/2024/06-notes-de-juin-2024.md");
        dev.carnet.Fixtures.write(june, dev.carnet.Fixtures.read(june) + "\nUn atelier tournesol.\n");
        browser.replace(new NoteStore(Blog.open(dir)).load().notes());
        assertThat(browser.visibleNotes()).isEqualTo(1);
    }

    @Test
    void marksTheSearchWordsIgnoringCaseAndAccents() {
        assertThat(SearchMarks.find("Découpe laser, DECOUPE fine", List.of("decoupe")))
                .containsExactly(new SearchMarks.Span(0, 7), new SearchMarks.Span(15, 22));
        assertThat(SearchMarks.find("Œuvres d'été", List.of("oeuvres", "ete")))
                .containsExactly(new SearchMarks.Span(0, 6), new SearchMarks.Span(9, 12));
        assertThat(SearchMarks.find("atelier", List.of("tel", "elie"))).containsExactly(new SearchMarks.Span(1, 6));
        assertThat(SearchMarks.find("rien", List.of())).isEmpty();
    }

    @Test
    void movesOverHeadingsToTheNextNote() {
        browser.down();
        assertThat(browser.selectedNote().title()).isEqualTo("Notes de juin 2024");
        browser.down();
        browser.down();
        assertThat(browser.selectedNote().title()).isEqualTo("Notes de mai 2024");
        browser.up();
        assertThat(browser.selectedNote().title()).isEqualTo("Notes de juin 2024");
    }

    @Test
    void searchNarrowsIgnoringAccentsAndKeepsTheSelectionWhenItStillMatches() {
        browser.down();
        browser.search("mediation");
        assertThat(browser.rows()).filteredOn(r -> r instanceof NotesBrowser.NoteRow).extracting(r -> ((NotesBrowser.NoteRow) r).note().title())
                .containsExactly("Notes de juin 2024");
        assertThat(browser.selectedNote().title()).isEqualTo("Notes de juin 2024");
        assertThat(browser.visibleNotes()).isEqualTo(1);
        browser.search("introuvable");
        assertThat(browser.rows()).isEmpty();
        assertThat(browser.selectedNote()).isNull();
        browser.search("");
        assertThat(browser.visibleNotes()).isEqualTo(3);
    }

    @Test
    void typingMoreLettersNarrowsAndBackspaceWidensAgain() {
        browser.useIndex(NotesBrowser.prepare(new NoteStore(Blog.open(dir)).load().notes()));
        browser.search("f");
        int many = browser.visibleNotes();
        browser.search("fo");
        browser.search("formation");
        assertThat(browser.visibleNotes()).isEqualTo(2);
        browser.search("formation pix");
        assertThat(browser.visibleNotes()).isEqualTo(1);
        browser.search("form");
        assertThat(browser.visibleNotes()).isEqualTo(2);
        browser.search("f");
        assertThat(browser.visibleNotes()).isEqualTo(many);
        browser.search("laser");
        assertThat(browser.visibleNotes()).isEqualTo(1);
    }

    @Test
    void filtersByTag() {
        browser.filterTag("Formation");
        assertThat(browser.rows()).filteredOn(r -> r instanceof NotesBrowser.NoteRow).extracting(r -> ((NotesBrowser.NoteRow) r).note().title())
                .containsExactly("Notes de juin 2024", "Notes de mai 2024");
    }

    @Test
    void cleansControlCharactersBeforeDisplay() {
        assertThat(TerminalText.clean("a\u007fb\tc\u0000")).isEqualTo("a·b    c·");
        assertThat(TerminalText.fit("Notes de décembre 2024", 10)).isEqualTo("Notes de …");
        assertThat(TerminalText.fit("東京の夏", 5)).isEqualTo("東…");
    }

    @Test
    void rendersMarkdownForTheTerminal() {
        List<LinesView.Line> lines = TerminalMarkdown.lines(String.join("\n",
                "## Médiation", "", "Un **atelier** avec [Pix](https://pix.fr) et `code`[^1].", "", "- une liste", "1. un",
                "> Une citation", "", "```", "x = 1", "```", "", "[^1]: Une note."), 40);
        assertThat(lines).extracting(LinesView.Line::text).containsExactly("Médiation", "",
                "Un atelier avec Pix (https://pix.fr) et", "code[1].", "", "• une liste", "1. un", "│ Une citation", "",
                "  x = 1", "", "[1] Une note.");
        assertThat(lines.get(0).style()).isEqualTo(LinesView.Style.HEADING);
        assertThat(lines.get(7).style()).isEqualTo(LinesView.Style.QUOTE);
        assertThat(lines.get(9).style()).isEqualTo(LinesView.Style.CODE);
    }

    static Note first(List<Note> notes) {
        return notes.get(0);
    }
}
