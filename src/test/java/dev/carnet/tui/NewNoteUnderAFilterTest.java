package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** n and N open the note they made or found, whatever search or tag narrows the list. */
class NewNoteUnderAFilterTest extends BlogScreenTest {
    static final String SEPTEMBER = "notes/2024/09-notes-de-septembre-2024.md";

    @BeforeEach
    void open() throws Exception {
        sampleBlog();
        recordingEditor();
        onScreen();
    }

    @Test
    void newUnderATagFilterEditsTheNewNoteAndShowsItSelected() throws Exception {
        type(ch('#'), key(KeyType.ArrowDown), key(KeyType.Enter));
        assertThat(text()).contains("#atelier");
        type(ch('n'));
        assertThat(edited()).containsExactly(SEPTEMBER);
        assertThat(dir.resolve("notes/2024/07-atelier-fablab.md")).content().doesNotContain("Notes de septembre");
        assertThat(text()).contains("▶    Notes de septembre 2024", "Carnet de test — 5 notes").doesNotContain("#atelier");
    }

    @Test
    void newUnderASearchEditsTheNewNoteAndShowsItSelected() throws Exception {
        type(ch('/'));
        typeText("fablab");
        type(key(KeyType.Enter), ch('n'));
        assertThat(edited()).containsExactly(SEPTEMBER);
        assertThat(text()).contains("▶    Notes de septembre 2024", "Carnet de test — 5 notes").doesNotContain("/ fablab");
    }

    @Test
    void anotherMonthUnderATagFilterEditsTheNoteFoundThere() throws Exception {
        type(ch('#'), key(KeyType.ArrowDown), key(KeyType.Enter), ch('N'));
        for (int i = 0; i < 7; i++) {
            type(key(KeyType.Backspace));
        }
        typeText("2024-06");
        type(key(KeyType.Tab), key(KeyType.Enter));
        assertThat(edited()).containsExactly("notes/2024/06-notes-de-juin-2024.md");
        assertThat(text()).contains("▶    Notes de juin 2024").doesNotContain("#atelier");
    }

    @Test
    void theNewNoteKeepsAFilterItMatches() throws Exception {
        type(ch('/'));
        typeText("septembre");
        type(key(KeyType.Enter), ch('n'));
        assertThat(edited()).containsExactly(SEPTEMBER);
        assertThat(text()).contains("▶    Notes de septembre 2024", "1 / 5 notes   / septembre");
    }

    @Test
    void aNoteBrokenThenFixedInTheEditorIsStillTheSelectedOne() throws Exception {
        // First run: the front matter loses its first line; second run (Reopen the editor): it is put back.
        editor("count=$(dirname \"$0\")/count; n=$(cat \"$count\" 2>/dev/null || echo 0); n=$((n+1)); echo $n > \"$count\"\n"
                + "if [ $n = 1 ]; then sed -i '1d' \"$1\"; else sed -i '1i ---' \"$1\"; fi");
        type(ch('n'));
        assertThat(text()).contains("The note needs a fix", "no front matter");
        type(key(KeyType.Enter)); // Reopen the editor
        assertThat(text()).doesNotContain("The note needs a fix").contains("▶    Notes de septembre 2024");
    }
}
