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
