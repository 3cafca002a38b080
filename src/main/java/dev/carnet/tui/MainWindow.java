package dev.carnet.tui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.carnet.model.Note;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

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
    private Duration followEvery;
    /** Reading off the UI thread, while the window is on a screen. */
    private ScreenReads reads;
    private final MainDialogs dialogs;

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
        this.dialogs = new MainDialogs(this, actions, browser, view, text);
        setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        setComponent(view.root());
        refresh();
    }

    @Override
    public void setTextGUI(WindowBasedTextGUI textGUI) {
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
    public void followDisk(Duration every) {
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
        actions.close();
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
        if (ListKeys.navigate(key, true, browser, view)) {
            refresh();
            return true;
        }
        if (type == KeyType.Enter) {
            dialogs.edit();
            return true;
        }
        if (type == KeyType.Escape) {
            browser.search("");
            refresh();
            return true;
        }
        if (type != KeyType.Character) {
            return super.handleInput(key);
        }
        Note selected = browser.selectedNote();
        switch (c) {
            case '/' -> searching = true;
            case 'e' -> dialogs.edit();
            case 'd' -> {
                if (selected != null) {
                    actions.toggleDraft(selected);
                    reload();
                    refreshGitState();
                }
            }
            case '?' -> dialogs.help();
            case 'p' -> onNote(selected, dialogs::read);
            case 'h' -> onNote(selected, dialogs::history);
            case 't' -> onNote(selected, dialogs::tags);
            case 'P' -> dialogs.inBackground(text.get("publish.title"), text.get("publish.doing"), actions::publish, true);
            case 's' -> dialogs.inBackground(text.get("sync.title"), text.get("sync.doing"), actions::sync, false);
            case '#' -> dialogs.tagDialog();
            case 'n' -> dialogs.newNote(null);
            case 'N' -> {
                if (getTextGUI() != null) {
                    getTextGUI().addWindow(new MonthDialog(selected != null ? selected.month() : actions.thisMonth(),
                            dialogs::newNote, text));
                }
            }
            case 'c' -> dialogs.commitDialog();
            case 'o' -> dialogs.preview();
            case 'q' -> dialogs.quit();
            default -> {
                return super.handleInput(key);
            }
        }
        refresh();
        return true;
    }

    private static void onNote(Note note, Consumer<Note> action) {
        if (note != null) {
            action.accept(note);
        }
    }

    /** What the last action did, shown beside the git state until the next one. */
    void lastAction(String message) {
        lastAction = message;
    }

    /** The files with changes not committed, as of the last git state. */
    Set<String> uncommitted() {
        return uncommitted;
    }

    /** Leaves the search line (the words found stay marked). */
    void stopSearching() {
        searching = false;
    }

    /** For NO_COLOR: reverse video marks the selection and the search's words, bold and underline the headings. */
    public void withoutColours() {
        view.withoutColours();
    }

    /** Asks for the git state off the UI thread: JGit must never delay a frame. */
    void refreshGitState() {
        if (reads != null) {
            reads.gitState((state, changes) -> {
                gitState = state;
                uncommitted = changes;
                refresh();
            });
        }
    }

    /** The notes as they are now, after carnet changed one (the services forget what they read). */
    void reload() {
        browser.replace(actions.notes());
        refresh();
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
                if (!ListKeys.navigate(key, false, browser, view)) {
                    return super.handleInput(key);
                }
            }
        }
        refresh();
        return true;
    }

    void refresh() {
        view.paint(browser, new MainView.Status(loading, searching, gitState, lastAction, uncommitted),
                getTextGUI() == null ? null : getTextGUI().getScreen().getTerminalSize());
    }

    @Override
    public void draw(TextGUIGraphics graphics) {
        if (!view.paintedFor(graphics.getSize())) {
            refresh(); // the header, the git state and the key bar are fitted to the new width
        }
        view.layout(graphics.getSize());
        super.draw(graphics);
    }
}
