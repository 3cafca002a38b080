package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.carnet.Fixtures;
import dev.carnet.service.GitService;
import dev.carnet.service.NoteService;
import dev.carnet.store.Blog;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history screen of a note (h) on Lanterna's virtual terminal, over a real git blog with two commits of June. */
class HistoryScreenTest extends VirtualScreenTest {
    static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @TempDir
    Path dir;
    String first;
    String second;

    @BeforeEach
    void twoCommitsOfJune() throws Exception {
        Fixtures.blog(dir);
        dev.carnet.vcs.GitRepository.initAndCommitAll(dir, "Premier", new dev.carnet.vcs.Identity("A", "a@example.org"));
        Path june = dir.resolve(JUNE);
        Fixtures.write(june, Fixtures.read(june).replace("Juin a été riche", "Juin a été dense"));
        new GitService(Blog.open(dir)).commit("Juin retouché", List.of());
        try (Git git = Git.open(dir.toFile())) {
            var commits = new java.util.ArrayList<String>();
            git.log().call().forEach(c -> commits.add(c.getName()));
            second = commits.get(0).substring(0, 7);
            first = commits.get(1).substring(0, 7);
        }
    }

    /** Opens the main screen on the blog as it is now. */
    private void onScreen() throws Exception {
        var notes = new NoteService(Blog.open(dir), MainWindowTest.CLOCK);
        gui.addWindow(new MainWindow(new ServiceActions(notes, new dev.carnet.service.ExternalEditor(java.util.Map.of()), screen,
                new TextUi.TtyState(""), new dev.carnet.service.RemoteWork(dev.carnet.config.TransportSettings.of(dir)), MainWindowTest.CLOCK, text),
                "Carnet de test", Locale.FRENCH, text));
        waitFor("git: ");
    }

    private static KeyStroke key(KeyType type) {
        return new KeyStroke(type);
    }

    @Test
    void listsTheCommitsOfTheNoteNewestFirstWithTheirKeys() throws Exception {
        onScreen();
        type(key(KeyType.ArrowDown), ch('h'));
        String shown = text();
        assertThat(shown).contains("History of Notes de juin 2024 — " + JUNE + " — 2 commits",
                "▶ " + second + "  ", "  Juin retouché", first + "  ", "  Premier",
                "Enter: diff   r: restore this version   Esc: back");
        assertThat(shown.indexOf("Juin retouché")).isLessThan(shown.indexOf("Premier"));
        assertThat(shown).containsPattern(second + "  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  \\S.*  Juin retouché");
        type(key(KeyType.Escape));
        assertThat(text()).contains("▶    Notes de juin 2024", "q quit").doesNotContain("Juin retouché");
    }

    @Test
    void showsWhatTheSelectedCommitChangedInTheNote() throws Exception {
        onScreen();
        type(key(KeyType.ArrowDown), ch('h'), key(KeyType.Enter));
        String diff = text();
        assertThat(diff).contains("Juin retouché", second + " · ", "@@ ", "-Juin a été riche en **ateliers**.",
                "+Juin a été dense en **ateliers**.", "Esc: back").doesNotContain("diff --git", "+++ ");
        type(key(KeyType.Escape), ch('j'), ch('d'));
        assertThat(text()).contains("Premier", "+title: \"Notes de juin 2024\"", "+Juin a été riche en **ateliers**.");
        type(key(KeyType.Escape));
        assertThat(text()).contains("▶ " + first);
    }

    @Test
    void restoresOlderVersionFromHistory() throws Exception {
        onScreen();
        type(key(KeyType.ArrowDown), ch('h'), key(KeyType.ArrowDown), ch('r'));
        assertThat(text()).contains("Restore?", "Bring back Notes de juin 2024 as it was on", "(" + first + ")?",
                "nothing in the history", "is rewritten", "Cancel");
        type(key(KeyType.Enter));
        assertThat(dir.resolve(JUNE)).content().contains("Juin a été riche").doesNotContain("Juin a été dense");
        try (Git git = Git.open(dir.toFile())) {
            assertThat(git.status().call().getModified()).containsExactly(JUNE);
        }
        waitFor("git: 1 change ");
        assertThat(text()).contains("Restored " + first + ": c commits it", "▶   *Notes de juin 2024", "Juin a été riche")
                .doesNotContain("History of");
    }

    @Test
    void cancellingTheRestoreChangesNothing() throws Exception {
        onScreen();
        type(key(KeyType.ArrowDown), ch('h'), key(KeyType.ArrowDown), ch('r'), key(KeyType.Tab), key(KeyType.Enter));
        assertThat(dir.resolve(JUNE)).content().contains("Juin a été dense");
        assertThat(text()).contains("History of Notes de juin 2024", "▶ " + first);
    }

    @Test
    void refusesToRestoreOverChangesNotCommitted() throws Exception {
        Path june = dir.resolve(JUNE);
        String edited = Fixtures.read(june) + "\nUne ligne pas encore commitée.\n";
        Fixtures.write(june, edited);
        onScreen();
        type(key(KeyType.ArrowDown), ch('h'), key(KeyType.ArrowDown), ch('r'), key(KeyType.Enter));
        assertThat(text()).contains("Cannot restore", JUNE + " has changes not committed:", "commit them first");
        assertThat(june).content().isEqualTo(edited);
        type(key(KeyType.Enter));
        assertThat(text()).contains("History of Notes de juin 2024");
    }

    @Test
    void theNewestCommitIsTheNoteAsItIsSoThereIsNothingToRestore() throws Exception {
        onScreen();
        type(key(KeyType.ArrowDown), ch('h'), ch('r'));
        assertThat(text()).contains("Nothing to restore", "as it was last committed (" + second + ")", "older version");
        assertThat(dir.resolve(JUNE)).content().contains("Juin a été dense");
    }

    @Test
    void saysWhenTheNoteWasNeverCommitted() throws Exception {
        Fixtures.write(dir.resolve("notes/2024/09-rentree.md"),
                "---\ntitle: \"Rentrée\"\ndate: 2024-09-30T09:00:00+02:00\n---\n\nPas encore commitée.\n");
        onScreen();
        waitFor("git: 1 change"); // the * before the title comes with the git state, read off the UI thread
        type(ch('h'));
        assertThat(text()).contains("History of Rentrée", "Not committed yet.", "Esc: back").doesNotContain("r: restore");
        type(ch('r'), key(KeyType.Enter));
        assertThat(text()).contains("Not committed yet.");
        type(key(KeyType.Escape));
        assertThat(text()).contains("▶   *Rentrée", "q quit");
    }
}
