package dev.carnet.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.carnet.Fixtures;
import dev.carnet.store.Blog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main screen on Lanterna's virtual terminal, driven on the test thread. */
class MainWindowTest extends VirtualScreenTest {
    /** 15 September 2024 in Paris. */
    static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2024-09-15T10:00:00Z"),
            java.time.ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;
    @TempDir
    Path tools;
    java.util.Map<String, String> env = new java.util.HashMap<>(java.util.Map.of("PATH", System.getenv("PATH")));
    MainWindow window;

    @BeforeEach
    void open() throws IOException {
        Fixtures.blog(dir);
        Fixtures.write(dir.resolve("notes/2023/12-oeuvres.md"),
                "---\ntitle: \"Œuvres d'été « ensemble »\"\ndate: 2024-01-02T09:00:00+01:00\ntags: [atelier]\n---\n\nUn texte avec \u007f un caractère de contrôle.\n");
        var notes = new dev.carnet.service.NoteService(Blog.open(dir), CLOCK);
        window = new MainWindow(new ServiceActions(notes, new dev.carnet.service.ExternalEditor(env), screen, new TextUi.TtyState(""),
                new dev.carnet.service.RemoteWork(dev.carnet.config.TransportSettings.of(dir)), CLOCK, text),
                "Carnet de test", Locale.FRENCH, text);
        gui.addWindow(window);
        gui.getGUIThread().processEventsAndUpdate();
    }

    @Test
    void showsTheNotesGroupedByYearAndMonthWithAPreviewAt80x24() {
        String screenText = text();
        assertThat(screenText).contains("Carnet de test — 4 notes", "2024", "Juillet", "Atelier fablab", "Notes de juin 2024",
                "2023", "Décembre", "Œuvres d'été « ensemble »", "q quit", "? help", "t tags");
        assertThat(screenText).contains("▶    Atelier fablab");
        assertThat(screenText).contains("2 août 2024 · fablab, atelier · draft", "Découpe laser");
    }

    @Test
    void searchNarrowsTheListAsYouType() throws IOException {
        type(ch('/'), ch('m'), ch('e'), ch('d'), ch('i'));
        String screenText = text();
        assertThat(screenText).contains("1 / 4 notes   / medi", "Notes de juin 2024").doesNotContain("Atelier fablab");
        type(new KeyStroke(KeyType.Escape));
        assertThat(text()).contains("Carnet de test — 4 notes", "Atelier fablab");
    }

    @Test
    void movesTheSelectionAndThePreviewFollows() throws IOException {
        type(new KeyStroke(KeyType.ArrowDown));
        assertThat(text()).contains("▶    Notes de juin 2024", "1er juillet 2024 · formation, médiation", "Juin a été riche en ateliers.", "• une liste");
    }

    @Test
    void showsANoteWithAControlCharacterWithoutDying() throws IOException {
        type(ch('/'), ch('o'), ch('e'), ch('u'), ch('v'), new KeyStroke(KeyType.Enter), new KeyStroke(KeyType.ArrowDown));
        assertThat(text()).contains("2 / 4 notes", "▶    Œuvres d'été « ensemble »", "Un texte avec · un caractère de contrôle.");
        type(new KeyStroke(KeyType.ArrowUp));
        assertThat(text()).contains("▶    Notes de juin 2024");
    }

    @Test
    void relaysOutAfterAResize() throws IOException {
        terminal.setTerminalSize(new TerminalSize(120, 40));
        screen.doResizeIfNecessary();
        gui.getGUIThread().processEventsAndUpdate();
        assertThat(terminal.getTerminalSize().getColumns()).isEqualTo(120);
        assertThat(text()).contains("Atelier fablab", "Découpe laser", "q quit");
    }

    private void editor(String script) throws IOException {
        Path file = tools.resolve("editor");
        java.nio.file.Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        env.put("EDITOR", file.toString());
    }

    @Test
    void editsTheSelectedNoteAndShowsTheNewText() throws IOException {
        editor("printf 'Ajouté depuis l’écran.\\n' >> \"$1\"");
        type(new KeyStroke(KeyType.ArrowDown), new KeyStroke(KeyType.Enter));
        assertThat(dir.resolve("notes/2024/06-notes-de-juin-2024.md")).content().endsWith("Ajouté depuis l’écran.\n");
        assertThat(text()).contains("▶    Notes de juin 2024", "Ajouté depuis l’écran.");
    }

    @Test
    void aBrokenEditShowsTheProblemAndKeepsTheText() throws IOException {
        editor("sed -i 's/^date: .*/date: demain/' \"$1\"");
        type(new KeyStroke(KeyType.ArrowDown), ch('e'));
        String shown = text();
        assertThat(shown).contains("The note needs a fix", "notes/2024/06-notes-de-juin-2024.md:4: date must look like",
                "Reopen the editor", "Keep it as it is");
        type(new KeyStroke(KeyType.ArrowRight), new KeyStroke(KeyType.Enter));
        assertThat(gui.getWindows()).hasSize(1);
        assertThat(dir.resolve("notes/2024/06-notes-de-juin-2024.md")).content().contains("date: demain", "Juin a été riche");
    }

    @Test
    void togglesDraftWithD() throws IOException {
        type(new KeyStroke(KeyType.ArrowDown), ch('d'));
        assertThat(dir.resolve("notes/2024/06-notes-de-juin-2024.md")).content().contains("draft: true");
        assertThat(text()).contains("Notes de juin 2024 [draft]");
    }

    @Test
    void showsTheGitStateOnceItIsKnown() throws Exception {
        committedBlogOnScreen();
        assertThat(text()).contains("git: 0 changes · no remote · not published yet");
    }

    @Test
    void newMakesThisMonthsNoteAndOpensIt() throws IOException {
        editor("printf 'Premier atelier de septembre.\\n' >> \"$1\"");
        type(ch('n'));
        assertThat(dir.resolve("notes/2024/09-notes-de-septembre-2024.md")).content()
                .contains("title: \"Notes de septembre 2024\"", "draft: true").endsWith("Premier atelier de septembre.\n");
        assertThat(text()).contains("▶    Notes de septembre 2024", "15 septembre 2024 · draft", "Premier atelier de septembre.");
    }

    @Test
    void opensTheNoteOfAnotherMonth() throws IOException {
        editor("true");
        type(new KeyStroke(KeyType.ArrowDown), ch('N'));
        assertThat(text()).contains("Note of a month", "2024-06");
        for (int i = 0; i < 7; i++) {
            type(new KeyStroke(KeyType.Backspace));
        }
        for (char c : "2024-03".toCharArray()) {
            type(ch(c));
        }
        type(new KeyStroke(KeyType.Tab), new KeyStroke(KeyType.Enter));
        assertThat(dir.resolve("notes/2024/03-notes-de-mars-2024.md")).content().contains("title: \"Notes de mars 2024\"");
        assertThat(text()).contains("▶    Notes de mars 2024");
    }

    @Test
    void commitsWithTheProposedMessage() throws Exception {
        committedBlogOnScreen();
        type(new KeyStroke(KeyType.ArrowDown), ch('d'), ch('c'));
        assertThat(text()).contains("Commit", "Notes de juin 2024: edit", "Cancel");
        type(new KeyStroke(KeyType.Tab), new KeyStroke(KeyType.Enter));
        waitFor("—  Committed ");
        try (var git = org.eclipse.jgit.api.Git.open(dir.toFile())) {
            assertThat(git.log().setMaxCount(1).call().iterator().next().getFullMessage()).isEqualTo("Notes de juin 2024: edit");
        }
    }

    /** The blog becomes a git repository, then the screen opens on it (its git state is read once, at opening). */
    private void committedBlogOnScreen() throws Exception {
        dev.carnet.vcs.GitRepository.initAndCommitAll(dir, "Premier", new dev.carnet.vcs.Identity("A", "a@example.org"));
        gui.removeWindow(window);
        var notes = new dev.carnet.service.NoteService(Blog.open(dir), CLOCK);
        window = new MainWindow(new ServiceActions(notes, new dev.carnet.service.ExternalEditor(env), screen, new TextUi.TtyState(""),
                new dev.carnet.service.RemoteWork(dev.carnet.config.TransportSettings.of(dir)), CLOCK, text),
                "Carnet de test", Locale.FRENCH, text);
        gui.addWindow(window);
        waitFor("git: 0 changes");
    }

    @Test
    void publishingWithoutARemoteSaysNothingLeftTheMachine() throws Exception {
        Fixtures.write(dir.resolve(".gitignore"), "public/\n.carnet/\n");
        committedBlogOnScreen();
        type(ch('P'));
        waitFor("not pushed: no remote");
        assertThat(text()).doesNotContain("site published").contains("built the site on the pages branch");
        type(new KeyStroke(KeyType.Escape));
        waitFor("git: 0 changes · no remote · site built, not pushed");
    }

    @Test
    void saysWhenThereIsNothingToCommit() throws Exception {
        committedBlogOnScreen();
        type(ch('c'));
        assertThat(text()).contains("—  Nothing to commit");
    }

    @Test
    void filtersByATagChosenFromTheListWithCounts() throws IOException {
        type(ch('#'));
        assertThat(text()).contains("Tags", "All notes", "atelier  (2)", "formation  (2)", "fablab  (1)");
        type(new KeyStroke(KeyType.ArrowDown), new KeyStroke(KeyType.ArrowDown), new KeyStroke(KeyType.Enter));
        String shown = text();
        assertThat(shown).contains("#formation", "Notes de juin 2024", "Notes de mai 2024").doesNotContain("Atelier fablab");
        type(ch('#'), new KeyStroke(KeyType.Enter));
        assertThat(text()).contains("Carnet de test — 4 notes", "Atelier fablab");
    }

    @Test
    void escapeClosesTheTagListAndKeepsTheNotesShown() throws IOException {
        type(ch('#'), new KeyStroke(KeyType.ArrowDown), new KeyStroke(KeyType.ArrowDown), new KeyStroke(KeyType.Enter));
        assertThat(text()).contains("#formation");
        type(ch('#'));
        assertThat(text()).contains("All notes");
        type(new KeyStroke(KeyType.Escape));
        assertThat(gui.getWindows()).containsExactly(window);
        assertThat(text()).contains("#formation").doesNotContain("All notes");
    }

    @Test
    void readsTheWholeNoteOnTheScreenAndComesBack() throws IOException {
        type(new KeyStroke(KeyType.ArrowDown), ch('p'));
        String reading = text();
        assertThat(reading).contains("Notes de juin 2024", "Juin a été riche en ateliers.", "│ Une citation", "Esc / p: back")
                .doesNotContain("Atelier fablab");
        type(new KeyStroke(KeyType.Escape));
        assertThat(text()).contains("Atelier fablab", "▶    Notes de juin 2024");
    }

    @Test
    void publishesInTheBackgroundAndSaysWhereTo() throws Exception {
        committedBlogOnScreen();
        Path origin = dir.resolve(".carnet-test-origin.git");
        org.eclipse.jgit.api.Git.init().setBare(true).setDirectory(origin.toFile()).setInitialBranch("main").call().close();
        new dev.carnet.service.RemoteService(Blog.open(dir)).set(origin.toString());
        type(ch('P'));
        waitFor("—  Publish: site published");
        try (var git = org.eclipse.jgit.api.Git.open(origin.toFile())) {
            assertThat(git.getRepository().resolve("refs/heads/gh-pages")).isNotNull();
        }
    }

    @Test
    void aFailedSyncIsADialogWithTheReason() throws Exception {
        committedBlogOnScreen();
        type(ch('s'));
        waitFor("Sync did not finish");
        assertThat(text()).contains("no remote 'origin' to sync with");
        type(new KeyStroke(KeyType.Enter));
        assertThat(gui.getWindows()).hasSize(1);
    }

    @Test
    void tagsANoteByTickingAndTyping() throws IOException {
        type(new KeyStroke(KeyType.ArrowDown), ch('t'));
        assertThat(text()).contains("Tags of Notes de juin 2024", "[x] formation", "[ ] atelier", "New tags");
        // Tick "atelier" (first in the list), untick "formation" (second), add a new tag.
        type(ch(' '), new KeyStroke(KeyType.ArrowDown), ch(' '), new KeyStroke(KeyType.Tab));
        for (char c : "pix, numérique".toCharArray()) {
            type(ch(c));
        }
        type(new KeyStroke(KeyType.Tab), new KeyStroke(KeyType.Enter));
        assertThat(dir.resolve("notes/2024/06-notes-de-juin-2024.md")).content()
                .contains("tags: [\"médiation numérique\", atelier, pix, numérique]");
        assertThat(text()).contains("1er juillet 2024 · médiation numérique, ateli");
    }

    /** The line under the box of new tags: the candidates for the word being typed. */
    private String candidatesLine() {
        String[] rows = text().split("\n");
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].contains("New tags")) {
                return rows[i + 2];
            }
        }
        throw new AssertionError("no tags dialog on screen:\n" + text());
    }

    private void typeText(String text) throws IOException {
        for (char c : text.toCharArray()) {
            type(ch(c));
        }
    }

    @Test
    void completesATypedTagFromTheBlogsTagsWithTab() throws IOException {
        type(new KeyStroke(KeyType.ArrowDown), ch('t'), new KeyStroke(KeyType.Tab));
        assertThat(text()).contains("Tab completes");
        typeText("fa");
        assertThat(candidatesLine()).contains("fablab").doesNotContain("formation");
        type(new KeyStroke(KeyType.Tab));
        assertThat(text()).contains("fablab, ");
        typeText("ATEL");
        assertThat(candidatesLine()).contains("atelier");
        // Tab completes (the box then holds "fablab, atelier, "), Tab again moves on to Save.
        type(new KeyStroke(KeyType.Tab), new KeyStroke(KeyType.Tab), new KeyStroke(KeyType.Enter));
        assertThat(dir.resolve("notes/2024/06-notes-de-juin-2024.md")).content()
                .contains("tags: [formation, \"médiation numérique\", fablab, atelier]");
    }

    @Test
    void tickingATagTakesItOutOfTheCandidates() throws IOException {
        type(new KeyStroke(KeyType.ArrowDown), ch('t'), new KeyStroke(KeyType.Tab));
        typeText("at");
        assertThat(candidatesLine()).contains("atelier");
        // Back to the list, whose first tag is "atelier", and tick it.
        type(new KeyStroke(KeyType.ReverseTab), ch(' '));
        assertThat(candidatesLine()).doesNotContain("atelier");
    }

    @Test
    void aTypedTagInAnotherCaseOrWithAccentsIsSavedInTheBlogsSpelling() throws IOException {
        type(new KeyStroke(KeyType.ArrowDown), new KeyStroke(KeyType.ArrowDown), ch('t'), new KeyStroke(KeyType.Tab));
        typeText("se");
        assertThat(candidatesLine()).as("seniors is ticked already").doesNotContain("seniors");
        type(new KeyStroke(KeyType.Backspace), new KeyStroke(KeyType.Backspace));
        typeText("Fablab, ÀTELIER, Formation, atelier, neuf");
        type(new KeyStroke(KeyType.Tab), new KeyStroke(KeyType.Enter));
        assertThat(dir.resolve("notes/2024/05-notes-de-mai-2024.md")).content()
                .contains("tags: [Formation, seniors, fablab, atelier, neuf]");
    }

    @Test
    void tabAgainOffersTheNextCandidateWhenSeveralShareNothingMore() throws IOException {
        type(new KeyStroke(KeyType.ArrowDown), new KeyStroke(KeyType.ArrowDown), ch('t'), new KeyStroke(KeyType.Tab));
        type(new KeyStroke(KeyType.ReverseTab), new KeyStroke(KeyType.ArrowDown), ch(' '), new KeyStroke(KeyType.Tab)); // untick formation
        typeText("f");
        assertThat(candidatesLine()).contains("formation  fablab");
        type(new KeyStroke(KeyType.Tab));
        assertThat(candidatesLine()).contains("[formation]  fablab");
        type(new KeyStroke(KeyType.Tab));
        assertThat(candidatesLine()).contains("formation  [fablab]");
        assertThat(text()).contains("fablab, ").doesNotContain("formation, ");
        type(new KeyStroke(KeyType.Enter), new KeyStroke(KeyType.Enter));
        assertThat(dir.resolve("notes/2024/05-notes-de-mai-2024.md")).content().contains("tags: [seniors, fablab]");
    }

    @Test
    void tabExtendsTheWordToWhatTheCandidatesShare() throws IOException {
        Fixtures.write(dir.resolve("notes/2024/04-avril.md"),
                "---\ntitle: \"Avril\"\ndate: 2024-05-01T09:00:00+02:00\ntags: [médiathèque]\n---\n\nTexte.\n");
        gui.removeWindow(window);
        window = new MainWindow(new ServiceActions(new dev.carnet.service.NoteService(Blog.open(dir), CLOCK),
                new dev.carnet.service.ExternalEditor(env), screen, new TextUi.TtyState(""),
                new dev.carnet.service.RemoteWork(dev.carnet.config.TransportSettings.of(dir)), CLOCK, text), "Carnet de test", Locale.FRENCH, text);
        gui.addWindow(window);
        type(new KeyStroke(KeyType.ArrowDown), new KeyStroke(KeyType.ArrowDown), ch('t'), new KeyStroke(KeyType.Tab));
        typeText("medi");
        assertThat(candidatesLine()).contains("médiathèque", "médiation numérique");
        type(new KeyStroke(KeyType.Tab));
        assertThat(text()).contains("│médiat_"); // the box's empty room is drawn as underscores
    }

    @Test
    void asksBeforeQuittingWithChangesNotCommitted() throws Exception {
        committedBlogOnScreen();
        type(new KeyStroke(KeyType.ArrowDown), ch('d'));
        waitFor("git: 1 change ");
        type(ch('q'));
        assertThat(text()).contains("1 change is saved but not committed", "Commit", "Quit", "Stay");
        type(new KeyStroke(KeyType.Tab), new KeyStroke(KeyType.Enter));
        assertThat(gui.getWindows()).isEmpty();
    }

    @Test
    void asksForAPassphraseInAMaskedFieldWhileTheWorkWaits() throws Exception {
        var notes = new dev.carnet.service.NoteService(Blog.open(dir), CLOCK);
        TuiActions asking = new ServiceActions(notes, new dev.carnet.service.ExternalEditor(env), screen, new TextUi.TtyState(""),
                new dev.carnet.service.RemoteWork(dev.carnet.config.TransportSettings.of(dir)), CLOCK, text) {
            @Override
            public String publish(dev.carnet.model.Progress progress) {
                char[] secret = progress.secret("Passphrase for ~/.ssh/id_ed25519");
                return secret == null ? "no answer" : "got " + new String(secret);
            }
        };
        gui.removeWindow(window);
        window = new MainWindow(asking, "Carnet de test", Locale.FRENCH, text);
        gui.addWindow(window);
        type(ch('P'));
        waitFor("Passphrase for ~/.ssh/id_ed25519");
        type(ch('s'), ch('e'), ch('c'));
        assertThat(text()).contains("•••").doesNotContain("sec");
        type(new KeyStroke(KeyType.Tab), new KeyStroke(KeyType.Enter));
        waitFor("Publish: got sec");
    }

    @Test
    void marksTheNotesWithChangesNotCommitted() throws Exception {
        committedBlogOnScreen();
        assertThat(text()).doesNotContain("*Notes");
        type(new KeyStroke(KeyType.ArrowDown), ch('d'));
        waitFor("git: 1 change ");
        assertThat(text()).contains("  *Notes de juin 2024", "   Notes de mai 2024");
    }

    @Test
    void escapeInTheQuitQuestionStaysAndKeepsTheWork() throws Exception {
        committedBlogOnScreen();
        type(new KeyStroke(KeyType.ArrowDown), ch('d'));
        waitFor("git: 1 change ");
        type(ch('q'));
        assertThat(text()).contains("1 change is saved but not committed");
        type(new KeyStroke(KeyType.Escape));
        assertThat(gui.getWindows()).containsExactly(window);
        assertThat(text()).doesNotContain("saved but not committed").contains("git: 1 change ");
    }

    @Test
    void escapeClosesTheTagsAndCommitDialogsWithoutChangingAnything() throws Exception {
        committedBlogOnScreen();
        Path june = dir.resolve("notes/2024/06-notes-de-juin-2024.md");
        String before = Files.readString(june);
        type(new KeyStroke(KeyType.ArrowDown), ch('t'), ch(' '));
        assertThat(text()).contains("Tags of Notes de juin 2024");
        type(new KeyStroke(KeyType.Escape));
        assertThat(gui.getWindows()).containsExactly(window);
        assertThat(june).content().isEqualTo(before);
        type(ch('d'), ch('c'));
        assertThat(text()).contains("Notes de juin 2024: edit");
        type(new KeyStroke(KeyType.Escape));
        assertThat(gui.getWindows()).containsExactly(window);
        try (var git = org.eclipse.jgit.api.Git.open(dir.toFile())) {
            assertThat(git.status().call().getModified()).containsExactly("notes/2024/06-notes-de-juin-2024.md");
        }
    }

    @Test
    void listsTheKeysOnQuestionMark() throws IOException {
        type(ch('?'));
        assertThat(text()).contains("Keys", "search titles, tags and text", "draft on / off");
    }

    @Test
    void escapeThenQTypedQuicklyStillQuits() throws IOException {
        type(ch('/'), ch('a'), new KeyStroke('q', false, true));
        assertThat(gui.getWindows()).isEmpty();
    }

    @Test
    void showsTheFirstFrameBeforeTheNotesAreLoaded() throws Exception {
        var notes = new dev.carnet.service.NoteService(Blog.open(dir), java.time.Clock.systemUTC());
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        TuiActions slow = new ServiceActions(notes, new dev.carnet.service.ExternalEditor(env), screen, new TextUi.TtyState(""),
                new dev.carnet.service.RemoteWork(dev.carnet.config.TransportSettings.of(dir)), CLOCK, text) {
            @Override
            public java.util.List<dev.carnet.model.Note> notes() {
                try {
                    release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.notes();
            }
        };
        gui.removeWindow(window);
        MainWindow background = new MainWindow(slow, "Carnet lent", Locale.FRENCH, text, true);
        gui.addWindow(background);
        gui.getGUIThread().processEventsAndUpdate();
        assertThat(text()).contains("Carnet lent — loading the notes…");
        release.countDown();
        long until = System.currentTimeMillis() + 10_000;
        while (!text().contains("Carnet lent — 4 notes") && System.currentTimeMillis() < until) {
            Thread.sleep(20);
            gui.getGUIThread().processEventsAndUpdate();
        }
        assertThat(text()).contains("Carnet lent — 4 notes", "Atelier fablab");
    }

    @Test
    void quitsWithQ() throws IOException {
        type(ch('q'));
        assertThat(gui.getWindows()).isEmpty();
    }
}
