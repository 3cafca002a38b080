package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.carnet.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The screen follows what other programs do to the blog (an editor in another pane, git in another
 * shell), without a restart: a real git blog, changed behind the screen's back, the disk looked at
 * every 50 ms.
 */
class OutsideChangesTest extends BlogScreenTest {
    static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @BeforeEach
    void committedBlogOnScreen() throws Exception {
        sampleBlog();
        dev.carnet.vcs.GitRepository.initAndCommitAll(dir, "Premier", new dev.carnet.vcs.Identity("A", "a@example.org"));
        onScreen();
        window.followDisk(Duration.ofMillis(50));
        waitFor("git: 0 changes");
        type(key(KeyType.ArrowDown));
        assertThat(text()).contains("▶    Notes de juin 2024");
    }

    @AfterEach
    void closeTheScreen() {
        window.close(); // stops the watcher
    }

    @Test
    void showsANoteAnotherProgramWroteAndKeepsTheSelection() throws Exception {
        Fixtures.write(dir.resolve("notes/2024/08-notes-d-aout-2024.md"),
                "---\ntitle: \"Notes d'août 2024\"\ndate: 2024-09-01T09:00:00+02:00\n---\n\nÉcrit ailleurs.\n");
        waitFor("Notes d'août 2024");
        assertThat(text()).contains("Carnet de test — 5 notes", "▶    Notes de juin 2024", "Juin a été riche");
        waitFor("git: 1 change ");
    }

    @Test
    void showsTheTextAnEditorInAnotherPaneSavedAndSearchesIt() throws Exception {
        Path june = dir.resolve(JUNE);
        Fixtures.write(june, Fixtures.read(june).replace("Juin a été riche", "Juin a été tournesol"));
        waitFor("Juin a été tournesol");
        waitFor("▶   *Notes de juin 2024"); // the git state comes a moment later
        type(ch('/'));
        typeText("tournesol");
        assertThat(text()).contains("1 / 4 notes", "▶   *Notes de juin 2024");
    }

    @Test
    void followsACommitAndACheckoutMadeInAnotherShell() throws Exception {
        try (Git git = Git.open(dir.toFile())) {
            git.checkout().setCreateBranch(true).setName("brouillons").call();
            Fixtures.write(dir.resolve("notes/2024/09-rentree.md"),
                    "---\ntitle: \"Rentrée\"\ndate: 2024-09-30T09:00:00+02:00\n---\n\nPas sur main.\n");
            waitFor("git: 1 change ");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Rentrée").setAuthor("B", "b@example.org").setCommitter("B", "b@example.org").call();
            waitFor("git: 0 changes");
            assertThat(text()).contains("Rentrée", "▶    Notes de juin 2024");
            git.checkout().setName("main").call();
        }
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (text().contains("Rentrée") && System.nanoTime() < until) {
            Thread.sleep(20);
            gui.getGUIThread().processEventsAndUpdate();
        }
        assertThat(text()).doesNotContain("Rentrée").contains("Carnet de test — 4 notes", "▶    Notes de juin 2024");
    }
}
