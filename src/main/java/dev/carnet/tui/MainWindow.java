package dev.carnet.tui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.carnet.model.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The main screen: notes grouped by year and month on the left, the selected note on the right,
 * a line for the search on top and the keys of the screen at the bottom (htop style).
 */
public final class MainWindow extends BasicWindow {
    private final NotesBrowser browser;
    private final TuiActions actions;
    private final MainView view;
    private final TuiText text;
    private boolean searching;
    private String gitState;
    /** The files with changes not committed, as of the last git state (none while unknown). */
    private Set<String> uncommitted = Set.of();
    /** What the last action did ("Committed 1a2b3c4"), kept beside the git state until the next one. */
    private String lastAction = "";

    private boolean loading;
    /** How often the disk is looked at for changes made outside carnet; null: never. */
    private java.time.Duration followEvery;
    /** Reading off the UI thread, while the window is on a screen. */
    private ScreenReads reads;

    /** Loads the notes now (tests, small blogs). */
    MainWindow(TuiActions actions, String blogTitle, Locale locale, TuiText text) {
        this(actions, blogTitle, locale, text, false);
    }

    /**
     * @param inBackground show the first frame at once and load the notes (and their search
     *     index) off the UI thread: on 10,000 notes the screen must not wait for them
     * @param locale the blog's language (dates); {@code text} the UI's words, maybe in another (CARNET_LANG)
     */
    MainWindow(TuiActions actions, String blogTitle, Locale locale, TuiText text, boolean inBackground) {
        super("carnet");
        this.actions = actions;
        this.text = text;
        this.gitState = text.get("main.gitUnknown");
        this.loading = inBackground;
        this.browser = new NotesBrowser(inBackground ? List.of() : actions.notes(), locale);
        this.view = new MainView(blogTitle, locale, text);
        setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        setComponent(view.root());
        refresh();
    }

    @Override
    public void setTextGUI(com.googlecode.lanterna.gui2.WindowBasedTextGUI textGUI) {
        super.setTextGUI(textGUI);
        if (reads != null) {
            reads.shutdown();
            reads = null;
        }
        if (textGUI != null) {
            reads = new ScreenReads(actions, textGUI, text);
            if (loading) {
                reads.notes(notes -> {
                    loading = false;
                    browser.replace(notes);
                    refresh();
                }, browser::useIndex);
            }
            refreshGitState();
            followDisk(followEvery);
        }
    }

    /**
     * Follows changes made outside carnet (another shell's git checkout, an editor in another
     * pane, carnet sync): the disk is looked at every {@code every}, off the UI thread, and the
     * list and the git state are read again when it changed, the selection kept on its note.
     */
    public void followDisk(java.time.Duration every) {
        followEvery = every;
        if (reads != null && every != null) {
            reads.follow(every, fresh -> {
                loading = false;
                browser.replace(fresh);
                refresh();
                refreshGitState();
            });
        }
    }

    @Override
    public void close() {
        if (reads != null) {
            reads.shutdown(); // the watcher's and the git state's threads stop with the screen
        }
        super.close();
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        if (key.getKeyType() == KeyType.Character && key.isAltDown()) {
            // Esc then a key typed quickly arrives as Alt+key: do both, as the author meant.
            handleInput(new KeyStroke(KeyType.Escape));
            return handleInput(new KeyStroke(key.getCharacter(), key.isCtrlDown(), false));
        }
        KeyType type = key.getKeyType();
        Character c = key.getCharacter();
        if (type == KeyType.EOF || (type == KeyType.Character && c == 'c' && key.isCtrlDown())) {
            close(); // before the letters: Ctrl-C is not c (commit), nor a letter of the search
            return true;
        }
        if (type == KeyType.Character && key.isCtrlDown()) {
            return super.handleInput(key); // Ctrl-N is not n (a new note)
        }
        if (searching) {
            return search(key);
        }
        if (navigate(key, true)) {
            refresh();
            return true;
        } else if (type == KeyType.Character && c == '/') {
            searching = true;
        } else if (type == KeyType.Enter || (type == KeyType.Character && c == 'e')) {
            edit();
            return true;
        } else if (type == KeyType.Character && c == 'd' && browser.selectedNote() != null) {
            actions.toggleDraft(browser.selectedNote());
            reload();
            refreshGitState();
        } else if (type == KeyType.Character && c == '?') {
            help();
            return true;
        } else if (type == KeyType.Character && c == 'p' && browser.selectedNote() != null) {
            read(browser.selectedNote());
            return true;
        } else if (type == KeyType.Character && c == 'h' && browser.selectedNote() != null) {
            history(browser.selectedNote());
            return true;
        } else if (type == KeyType.Character && c == 't' && browser.selectedNote() != null) {
            tags(browser.selectedNote());
            return true;
        } else if (type == KeyType.Character && c == 'P') {
            inBackground(text.get("publish.title"), text.get("publish.doing"), actions::publish, true);
            return true;
        } else if (type == KeyType.Character && c == 's') {
            inBackground(text.get("sync.title"), text.get("sync.doing"), actions::sync, false);
            return true;
        } else if (type == KeyType.Character && c == '#') {
            tagDialog();
            return true;
        } else if (type == KeyType.Character && c == 'n') {
            newNote(null);
            return true;
        } else if (type == KeyType.Character && c == 'N' && getTextGUI() != null) {
            Note selected = browser.selectedNote();
            getTextGUI().addWindow(new MonthDialog(selected != null ? selected.month() : actions.thisMonth(),
                    this::newNote, text));
            return true;
        } else if (type == KeyType.Character && c == 'c') {
            commitDialog();
            return true;
        } else if (type == KeyType.Escape) {
            browser.search("");
        } else if (type == KeyType.Character && c == 'q') {
            quit();
            return true;
        } else {
            return super.handleInput(key);
        }
        refresh();
        return true;
    }

    /** For NO_COLOR: reverse video marks the selection and the search's words, bold and underline the headings. */
    public void withoutColours() {
        view.withoutColours();
    }

    /** Asks for the git state off the UI thread: JGit must never delay a frame. */
    private void refreshGitState() {
        if (reads != null) {
            reads.gitState((state, changes) -> {
                gitState = state;
                uncommitted = changes;
                refresh();
            });
        }
    }

    private void edit() {
        if (browser.selectedNote() != null) {
            edit(browser.selectedNote().path());
        }
    }

    private void edit(String path) {
        Edited edited = actions.edit(path);
        reload();
        // The edited note stays the selected one, even when a fix in the editor brought it back to the list.
        browser.select(path);
        refresh();
        invalidate();
        if (getTextGUI() == null) {
            return;
        }
        String notices = edited.notices().isEmpty() ? "" : String.join("\n", edited.notices()) + "\n";
        if (edited.problem() == null) {
            if (!notices.isEmpty()) {
                getTextGUI().addWindow(ErrorDialog.notice(text.get("edit.earlier"), notices.strip(), text));
            }
        } else if (edited.noteUnchanged()) {
            getTextGUI().addWindow(ErrorDialog.notice(text.get("edit.unchanged"), notices + edited.problem(), text));
        } else {
            getTextGUI().addWindow(new ErrorDialog(text.get("edit.needsFix"), notices + edited.problem() + "\n" + text.get("edit.savedAsLeft"),
                    List.of(new ErrorDialog.Choice(text.get("edit.reopen"), () -> edit(path)),
                            new ErrorDialog.Choice(text.get("edit.keep"), () -> { }))));
        }
        refreshGitState();
    }

    /**
     * The month's note (this month when {@code month} is null), made if missing, then in the
     * editor: that note, whatever the search or tag shows (they are cleared when they hide it).
     */
    private void newNote(java.time.YearMonth month) {
        try {
            String path = actions.newNote(month);
            reload();
            if (!browser.shows(path)) {
                searching = false;
            }
            browser.reveal(path);
            refresh();
            edit(path);
        } catch (RuntimeException e) {
            ErrorDialog.show(this, text.get("error.create"), e, text);
        }
    }

    /**
     * Network work off the UI thread (see {@link BackgroundWork}); its outcome goes beside the git state.
     *
     * @param shownWhole the outcome also in a dialog: a publish's says whether the site left the
     *     machine and where readers find it, more than the line beside the git state can hold
     */
    private void inBackground(String title, String doing, java.util.function.Function<dev.carnet.model.Progress, String> work,
                              boolean shownWhole) {
        if (getTextGUI() == null) {
            return;
        }
        BackgroundWork.run(getTextGUI(), title, doing, work, (outcome, failure) -> {
            if (failure != null) {
                ErrorDialog.show(this, text.format("work.failed", title), failure, text);
            } else {
                lastAction = text.format("work.outcome", title, outcome);
                if (shownWhole) {
                    getTextGUI().addWindow(ErrorDialog.notice(title, outcome, text));
                }
            }
            reload();
            refreshGitState();
        }, text);
    }

    /** Asks first when changes are not committed: they are saved, but not yet in the history. */
    private void quit() {
        int changes = uncommitted.size();
        if (changes == 0 || getTextGUI() == null) {
            close();
            return;
        }
        getTextGUI().addWindow(new ErrorDialog(text.get("quit.title"), text.format("quit.question", changes),
                List.of(new ErrorDialog.Choice(text.get("quit.commit"), this::commitDialog),
                        new ErrorDialog.Choice(text.get("quit.quit"), this::close),
                        new ErrorDialog.Choice(text.get("quit.stay"), () -> { }))));
    }

    private void tags(Note note) {
        if (getTextGUI() == null) {
            return;
        }
        List<String> all = new ArrayList<>(actions.tagCounts().keySet());
        getTextGUI().addWindow(new TagsDialog(note.title(), note.meta().tags(), all, tags -> {
            try {
                actions.setTags(note, tags);
                reload();
                refreshGitState();
            } catch (RuntimeException e) {
                ErrorDialog.show(this, text.get("error.tags"), e, text);
            }
        }, text));
    }

    private void read(Note note) {
        if (getTextGUI() == null) {
            return;
        }
        int width = getTextGUI().getScreen().getTerminalSize().getColumns();
        getTextGUI().addWindow(new ReadingWindow(text.get("read.keys"), w -> view.preview(note, true, w), width)
                .mark(browser.terms()));
    }

    private void history(Note note) {
        if (getTextGUI() == null) {
            return;
        }
        try {
            var revisions = actions.revisions(note);
            int width = getTextGUI().getScreen().getTerminalSize().getColumns();
            getTextGUI().addWindow(new HistoryWindow(actions, note, revisions, width, message -> {
                lastAction = message;
                reload();
                refreshGitState();
            }, text));
        } catch (RuntimeException e) {
            ErrorDialog.show(this, text.get("error.history"), e, text);
        }
    }

    private void tagDialog() {
        if (getTextGUI() == null) {
            return;
        }
        int rows = getTextGUI().getScreen().getTerminalSize().getRows() - 8; // the dialog fits on 24 rows
        getTextGUI().addWindow(new TagFilterDialog(actions.tagCounts(), rows, tag -> {
            browser.filterTag(tag);
            refresh();
        }, text));
    }

    private void commitDialog() {
        if (getTextGUI() == null) {
            return;
        }
        try {
            String proposed = actions.proposedCommitMessage();
            if (proposed == null) {
                lastAction = text.get("commit.nothing");
                refresh();
                return;
            }
            int columns = getTextGUI().getScreen().getTerminalSize().getColumns();
            getTextGUI().addWindow(new CommitDialog(proposed, columns, message -> {
                try {
                    lastAction = actions.commit(message);
                    refresh();
                    refreshGitState();
                } catch (RuntimeException e) {
                    ErrorDialog.show(this, text.get("error.commit"), e, text);
                }
            }, text));
        } catch (RuntimeException e) {
            ErrorDialog.show(this, text.get("error.changes"), e, text);
        }
    }

    /** The notes as they are now, after carnet changed one (the services forget what they read). */
    private void reload() {
        browser.replace(actions.notes());
        refresh();
    }

    private void help() {
        if (getTextGUI() != null) {
            getTextGUI().addWindow(new HelpDialog(text.get("help.title"), HelpDialog.main(text), getTextGUI().getScreen().getTerminalSize(), text));
        }
    }

    /**
     * The list's moves: ↑↓ j k, g G Home End, PgUp PgDn. While searching, letters are the search's,
     * so only the keys that type nothing move.
     */
    private boolean navigate(KeyStroke key, boolean letters) {
        int page = Math.max(1, view.listRows() - 1);
        Character c = key.getKeyType() == KeyType.Character && letters ? key.getCharacter() : null;
        switch (key.getKeyType()) {
            case ArrowDown -> browser.down();
            case ArrowUp -> browser.up();
            case Home -> browser.first();
            case End -> browser.last();
            case PageDown -> {
                browser.page(page);
                view.scrollList(page);
            }
            case PageUp -> {
                browser.page(-page);
                view.scrollList(-page);
            }
            default -> {
                if (c == null || "jkgG".indexOf(c) < 0) {
                    return false;
                }
                switch (c) {
                    case 'j' -> browser.down();
                    case 'k' -> browser.up();
                    case 'g' -> browser.first();
                    default -> browser.last();
                }
            }
        }
        return true;
    }

    private boolean search(KeyStroke key) {
        switch (key.getKeyType()) {
            case Character -> browser.search(browser.query() + key.getCharacter());
            case Backspace -> browser.search(browser.query().isEmpty() ? "" : browser.query().substring(0, browser.query().length() - 1));
            case Enter -> searching = false;
            case Escape -> {
                searching = false;
                browser.search("");
            }
            default -> {
                if (!navigate(key, false)) {
                    return super.handleInput(key);
                }
            }
        }
        refresh();
        return true;
    }

    private void refresh() {
        view.paint(browser, new MainView.Status(loading, searching, gitState, lastAction, uncommitted),
                getTextGUI() == null ? null : getTextGUI().getScreen().getTerminalSize());
    }

    @Override
    public void draw(com.googlecode.lanterna.gui2.TextGUIGraphics graphics) {
        if (!view.paintedFor(graphics.getSize())) {
            refresh(); // the header, the git state and the key bar are fitted to the new width
        }
        view.layout(graphics.getSize());
        super.draw(graphics);
    }
}
