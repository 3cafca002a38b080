package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import dev.carnet.Fixtures;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The main screen, its help and the history at 60x20: everything fits, nothing is cut mid-word. */
class NarrowScreenTest extends BlogScreenTest {
    @BeforeEach
    void narrowTerminal() throws Exception {
        sampleBlog();
        terminal.setTerminalSize(new TerminalSize(60, 20));
        screen.doResizeIfNecessary();
        onScreen();
    }

    @Test
    void theKeyBarLeavesOutWholeKeysToFit() {
        String bar = row(19).stripTrailing();
        assertThat(bar).isEqualTo("↑↓ / search  # tag  e edit  n new  c commit  ? help  q quit");
    }

    @Test
    void theHelpBoxFitsAndWrapsBetweenWordsAndScrollsToTheLastKeys() throws Exception {
        type(ch('?'));
        List<String> rows = Arrays.asList(text().split("\n"));
        int top = rows.indexOf(rows.stream().filter(r -> r.contains("┌")).findFirst().orElseThrow());
        int bottom = rows.indexOf(rows.stream().filter(r -> r.contains("└")).findFirst().orElseThrow());
        int left = rows.get(top).indexOf('┌');
        int right = rows.get(top).indexOf('┐');
        assertThat(rows.get(top)).contains("Keys");
        assertThat(right).as("the box is on the screen").isBetween(left + 40, 59);
        assertThat(rows.get(bottom).charAt(right)).isEqualTo('┘');
        for (String row : rows.subList(top + 1, bottom)) {
            assertThat(List.of(row.charAt(left), row.charAt(right))).as("each row of the box has its two borders: " + row)
                    .containsExactly('│', '│');
            assertThat(row.substring(left, right)).doesNotContain("…");
        }
        String help = text();
        assertThat(help).contains("search titles, tags and text (as you", "type)", "the note's tags: tick, untick, add ",
                "(Tab completes)", "↑↓ PgUp PgDn: more keys", "Close");
        type(key(KeyType.PageDown), key(KeyType.PageDown));
        assertThat(text()).contains("q              quit", "?              this help");
        type(key(KeyType.Escape));
        assertThat(gui.getWindows()).containsExactly(window);
    }

    @Test
    void theHistoryShowsAnAuthorsWholeNameWhenItFits() throws Exception {
        dev.carnet.vcs.GitRepository.initAndCommitAll(dir, "Premier", new dev.carnet.vcs.Identity("A", "a@example.org"));
        Path june = dir.resolve("notes/2024/06-notes-de-juin-2024.md");
        Fixtures.write(june, Fixtures.read(june).replace("Juin a été riche", "Juin a été dense"));
        try (Git git = Git.open(dir.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Relu et corrigé").setAuthor("Marie-Dominique Lefebvre", "m@example.org")
                    .setCommitter("Marie-Dominique Lefebvre", "m@example.org").call();
        }
        onScreen();
        type(key(KeyType.ArrowDown), ch('h'));
        String history = text();
        assertThat(history).containsPattern("▶ [0-9a-f]{7}  \\d{4}-\\d\\d-\\d\\d  Marie-Dominique Lefebvre  Relu et co…")
                .containsPattern("  [0-9a-f]{7}  \\d{4}-\\d\\d-\\d\\d  A                         Premier");
        terminal.setTerminalSize(new TerminalSize(100, 20));
        gui.getGUIThread().processEventsAndUpdate(); // sees the resize and draws the screen again
        assertThat(text()).as("wide enough for the time as well")
                .containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  Marie-Dominique Lefebvre  Relu et corrigé");
    }
}
