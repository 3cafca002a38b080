package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The commit, month and tags dialogs, typed into as a person would. */
class DialogsTest extends BlogScreenTest {
    static final String PROPOSED = "Notes de juin 2024: edit";

    @BeforeEach
    void open() throws Exception {
        sampleBlog();
        recordingEditor();
        onScreen();
    }

    /** The blog becomes a git repository, June is made a draft (a change to commit), then c. */
    private void commitDialogOnJune() throws Exception {
        dev.carnet.vcs.GitRepository.initAndCommitAll(dir, "Premier", new dev.carnet.vcs.Identity("A", "a@example.org"));
        onScreen();
        waitFor("git: 0 changes");
        type(key(KeyType.ArrowDown), ch('d'), ch('c'));
        assertThat(text()).contains(PROPOSED, "Enter commits");
    }

    private String lastCommitMessage() throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            return git.log().setMaxCount(1).call().iterator().next().getFullMessage();
        }
    }

    @Test
    void theCommitDialogOpensWithTheCursorAtTheStartOfTheMessage() throws Exception {
        commitDialogOnJune();
        String[] rows = text().split("\n");
        int row = 0;
        while (!rows[row].contains(PROPOSED)) {
            row++;
        }
        assertThat(terminal.getCursorPosition()).isEqualTo(new TerminalPosition(rows[row].indexOf(PROPOSED), row));
    }

    @Test
    void enterInTheMessageCommits() throws Exception {
        commitDialogOnJune();
        type(key(KeyType.Enter));
        waitFor("—  Committed ");
        assertThat(lastCommitMessage()).isEqualTo(PROPOSED);
        assertThat(gui.getWindows()).containsExactly(window);
    }

    @Test
    void altEnterStartsANewLineForALongerMessage() throws Exception {
        commitDialogOnJune();
        KeyStroke altEnter = new KeyStroke('j', true, true); // how Lanterna reads Esc + Enter from a tty
        type(key(KeyType.End), altEnter, altEnter);
        typeText("Plus de détails.");
        type(new KeyStroke('o', true, false)); // Ctrl-O, where Alt does not reach the terminal
        typeText("Et encore.");
        type(key(KeyType.Enter));
        waitFor("—  Committed ");
        assertThat(lastCommitMessage()).isEqualTo(PROPOSED + "\n\nPlus de détails.\nEt encore.");
    }

    @Test
    void theMonthDialogSaysAsYouTypeWhenAMonthIsInvalidAndOpensOnEnter() throws Exception {
        type(ch('N'));
        for (int i = 0; i < 7; i++) {
            type(key(KeyType.Backspace));
        }
        typeText("2024-13");
        assertThat(text()).contains("There is no month 13");
        type(key(KeyType.Backspace));
        assertThat(text()).contains("Write it as YYYY-MM").doesNotContain("There is no month");
        type(ch('0'));
        assertThat(text()).contains("2024-10").doesNotContain("Write it as YYYY-MM", "There is no month");
        type(key(KeyType.Backspace), key(KeyType.Backspace), ch('0'), ch('3'), key(KeyType.Enter));
        assertThat(edited()).containsExactly("notes/2024/03-notes-de-mars-2024.md");
        assertThat(text()).contains("▶    Notes de mars 2024").doesNotContain("Note of a month");
    }

    @Test
    void enterOnAnInvalidMonthKeepsTheDialogAndSaysWhy() throws Exception {
        type(ch('N'), key(KeyType.Backspace), key(KeyType.Enter));
        assertThat(text()).contains("Note of a month", "Write it as YYYY-MM");
        assertThat(edited()).isEmpty();
    }

    @Test
    void theTagsDialogShowsItsNewTagsFieldBeforeItHasTheFocus() throws Exception {
        type(key(KeyType.ArrowDown), ch('t'));
        String[] rows = text().split("\n");
        int label = 0;
        while (!rows[label].contains("New tags")) {
            label++;
        }
        assertThat(rows[label + 1]).contains("│" + "_".repeat(40));
    }
}
