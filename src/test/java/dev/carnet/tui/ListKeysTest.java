package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import dev.carnet.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list's keys on a blog longer than the screen, and the search's words marked where they show. */
class ListKeysTest extends BlogScreenTest {
    @BeforeEach
    void twoMoreYears() throws Exception {
        sampleBlog();
        String[] months = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre"};
        for (int year = 2021; year <= 2022; year++) {
            for (int m = 1; m <= 12; m++) {
                Fixtures.write(dir.resolve(String.format("notes/%d/%02d-notes-%d.md", year, m, m)), "---\ntitle: \"Notes de "
                        + months[m - 1] + " " + year + "\"\ndate: " + String.format("%d-%02d-28", year, m) + "T09:00:00+01:00\n---\n\nTexte.\n");
            }
        }
        recordingEditor(); // never a real editor, whatever a key does
        onScreen();
    }

    @Test
    void gAndGAndHomeAndEndGoToTheFirstAndTheLastNote() throws Exception {
        type(ch('G'));
        assertThat(text()).contains("▶    Notes de janvier 2021").doesNotContain("Atelier fablab");
        type(ch('g'));
        assertThat(text()).contains("▶    Atelier fablab");
        type(key(KeyType.End));
        assertThat(text()).contains("▶    Notes de janvier 2021");
        type(key(KeyType.Home));
        assertThat(text()).contains("▶    Atelier fablab");
    }

    @Test
    void pageDownAndUpMoveByAScreenOfTheList() throws Exception {
        // 21 rows of list at 80x24: a page moves 20 rows, from row 2 (Atelier fablab) to row 22.
        type(key(KeyType.PageDown));
        assertThat(text()).contains("▶    Notes de juillet 2022").doesNotContain("Atelier fablab");
        type(key(KeyType.PageDown)); // row 42 is September 2021's heading: its note is the next down
        assertThat(text()).contains("▶    Notes de septembre 2021", "Notes de janvier 2021");
        type(key(KeyType.PageUp));
        assertThat(text()).contains("▶    Notes de juillet 2022");
        type(key(KeyType.PageUp));
        assertThat(text()).contains("▶    Atelier fablab");
    }

    @Test
    void theListKeysMoveWhileSearchingToo() throws Exception {
        type(ch('/'));
        typeText("notes");
        type(key(KeyType.End));
        assertThat(text()).contains("/ notes▏", "▶    Notes de janvier 2021");
        type(key(KeyType.Home));
        assertThat(text()).contains("▶    Notes de juin 2024");
    }

    @Test
    void marksTheSearchWordsInTheListAndThePreviewInColour() throws Exception {
        type(ch('/'));
        typeText("decoupe");
        type(key(KeyType.Enter));
        List<int[]> marks = cells("Découpe");
        assertThat(marks).as("Découpe in the preview").isNotEmpty();
        assertThat(marks).allSatisfy(cell -> assertThat(at(cell).getBackgroundColor()).isEqualTo(TextColor.ANSI.YELLOW));
        assertThat(at(new int[] {marks.get(0)[0] + 7, marks.get(0)[1]}).getBackgroundColor()).isNotEqualTo(TextColor.ANSI.YELLOW);
        type(key(KeyType.Escape), ch('/'));
        typeText("fablab");
        List<int[]> inList = cells("fablab");
        assertThat(inList).as("in the list and the preview").hasSizeGreaterThanOrEqualTo(12);
        assertThat(inList).allSatisfy(cell -> assertThat(at(cell).getBackgroundColor()).isEqualTo(TextColor.ANSI.YELLOW));
        type(key(KeyType.Escape));
        assertThat(cells("fablab")).noneSatisfy(cell -> assertThat(at(cell).getBackgroundColor()).isEqualTo(TextColor.ANSI.YELLOW));
    }

    @Test
    void readingTheNoteOnTheWholeScreenKeepsTheMarks() throws Exception {
        type(ch('/'));
        typeText("laser");
        type(key(KeyType.Enter), ch('p'));
        assertThat(text()).contains("Esc / p: back");
        List<int[]> marks = cells("laser");
        assertThat(marks).hasSize(5);
        assertThat(marks).allSatisfy(cell -> assertThat(at(cell).getBackgroundColor()).isEqualTo(TextColor.ANSI.YELLOW));
    }

    @Test
    void withoutColourTheSearchWordsAreInReverseVideoAndBold() throws Exception {
        gui.setTheme(TextUi.theme(true));
        window.withoutColours();
        type(ch('/'));
        typeText("laser");
        List<int[]> marks = cells("laser");
        assertThat(marks).isNotEmpty();
        assertThat(marks).allSatisfy(cell -> {
            assertThat(at(cell).getModifiers()).contains(SGR.BOLD, SGR.REVERSE);
            assertThat(at(cell).getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        });
        int[] before = {marks.get(0)[0] - 2, marks.get(0)[1]};
        assertThat(at(before).getModifiers()).doesNotContain(SGR.REVERSE);
    }

    @Test
    void ctrlCQuitsFromTheListAndWhileSearchingInsteadOfTypingOrCommitting() throws Exception {
        type(new com.googlecode.lanterna.input.KeyStroke('c', true, false));
        assertThat(gui.getWindows()).isEmpty();
        onScreen();
        type(ch('/'), ch('a'), new com.googlecode.lanterna.input.KeyStroke('c', true, false));
        assertThat(gui.getWindows()).isEmpty();
    }

    @Test
    void ctrlWithALetterIsNotThatLettersKey() throws Exception {
        type(new com.googlecode.lanterna.input.KeyStroke('n', true, false), new com.googlecode.lanterna.input.KeyStroke('G', true, false));
        assertThat(dir.resolve("notes/2024/09-notes-de-septembre-2024.md")).doesNotExist();
        assertThat(text()).contains("▶    Atelier fablab");
    }

    private TextCharacter at(int[] cell) {
        return terminal.getCharacter(cell[0], cell[1]);
    }

    /** The cells (column, row) of every occurrence of {@code word} in the list and the preview (single-width text only). */
    private List<int[]> cells(String word) {
        List<int[]> found = new ArrayList<>();
        String[] rows = text().split("\n");
        for (int row = 1; row < rows.length - 2; row++) { // not the header, which shows the search as typed
            for (int at = rows[row].indexOf(word); at >= 0; at = rows[row].indexOf(word, at + 1)) {
                for (int i = 0; i < word.length(); i++) {
                    found.add(new int[] {at + i, row});
                }
            }
        }
        return found;
    }
}
