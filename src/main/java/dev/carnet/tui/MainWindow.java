package dev.carnet.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.carnet.model.HumanDate;
import dev.carnet.model.Note;
import dev.carnet.model.Plural;
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
    private final String blogTitle;
    private final Locale locale;
    private final Label header = new Label("");
    private final Label keys = new Label("");
    private final Label state = new Label("");
    private final LinesView list = new LinesView();
    private final LinesView preview = new LinesView();
    private boolean searching;
    private String gitState = "git: …";
    /** The files with changes not committed, as of the last git state (none while unknown). */
    private Set<String> uncommitted = Set.of();
    /** What the last action did ("Committed 1a2b3c4"), kept beside the git state until the next one. */
    private String lastAction = "";

    private boolean loading;

    /** Loads the notes now (tests, small blogs). */
    public MainWindow(TuiActions actions, String blogTitle, Locale locale) {
        this(actions, blogTitle, locale, false);
    }

    /**
     * @param inBackground show the first frame at once and load the notes (and their search
     *     index) off the UI thread: on 10,000 notes the screen must not wait for them
     */
    public MainWindow(TuiActions actions, String blogTitle, Locale locale, boolean inBackground) {
        super("carnet");
        this.actions = actions;
        this.loading = inBackground;
        this.browser = new NotesBrowser(inBackground ? List.of() : actions.notes(), locale);
        this.blogTitle = blogTitle;
        this.locale = locale;
        setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        Panel root = new Panel(new BorderLayout());
        root.addComponent(header, BorderLayout.Location.TOP);
        root.addComponent(list, BorderLayout.Location.LEFT);
        root.addComponent(preview, BorderLayout.Location.CENTER);
        Panel bottom = new Panel(new com.googlecode.lanterna.gui2.LinearLayout(com.googlecode.lanterna.gui2.Direction.VERTICAL));
        bottom.addComponent(state);
        bottom.addComponent(keys);
        root.addComponent(bottom, BorderLayout.Location.BOTTOM);
        setComponent(root);
        refresh();
    }

    @Override
    public void setTextGUI(com.googlecode.lanterna.gui2.WindowBasedTextGUI textGUI) {
        super.setTextGUI(textGUI);
        if (textGUI != null) {
            if (loading) {
                loadNotes(textGUI);
            }
            refreshGitState();
        }
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        if (key.getKeyType() == KeyType.Character && key.isAltDown()) {
            // Esc then a key typed quickly arrives as Alt+key: do both, as the author meant.
            handleInput(new KeyStroke(KeyType.Escape));
            return handleInput(new KeyStroke(key.getCharacter(), key.isCtrlDown(), false));
        }
        if (searching) {
            return search(key);
        }
        KeyType type = key.getKeyType();
        Character c = key.getCharacter();
        if (type == KeyType.ArrowDown || (type == KeyType.Character && c == 'j')) {
            browser.down();
        } else if (type == KeyType.ArrowUp || (type == KeyType.Character && c == 'k')) {
            browser.up();
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
            inBackground("Publish", "building the site and pushing it…", actions::publish);
            return true;
        } else if (type == KeyType.Character && c == 's') {
            inBackground("Sync", "fetching, then pushing your commits…", actions::sync);
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
                    this::newNote));
            return true;
        } else if (type == KeyType.Character && c == 'c') {
            commitDialog();
            return true;
        } else if (type == KeyType.Escape) {
            browser.search("");
        } else if (type == KeyType.EOF || (type == KeyType.Character && c == 'c' && key.isCtrlDown())) {
            close();
            return true;
        } else if (type == KeyType.Character && c == 'q') {
            quit();
            return true;
        } else {
            return super.handleInput(key);
        }
        refresh();
        return true;
    }

    private void loadNotes(com.googlecode.lanterna.gui2.WindowBasedTextGUI gui) {
        Thread worker = new Thread(() -> {
            List<Note> notes;
            try {
                notes = actions.notes();
            } catch (RuntimeException e) {
                gui.getGUIThread().invokeLater(() -> gui.addWindow(ErrorDialog.notice("Cannot read the notes",
                        String.valueOf(e.getMessage()))));
                return;
            }
            gui.getGUIThread().invokeLater(() -> {
                loading = false;
                browser.replace(notes);
                refresh();
            });
            var index = NotesBrowser.prepare(notes);
            gui.getGUIThread().invokeLater(() -> browser.useIndex(index));
        }, "carnet-load-notes");
        worker.setDaemon(true);
        worker.start();
    }

    /** For NO_COLOR: reverse video marks the selection, bold and underline the headings. */
    public void withoutColours() {
        list.withoutColours();
        preview.withoutColours();
    }

    /** Asks for the git state off the UI thread: JGit must never delay a frame. */
    public void refreshGitState() {
        var gui = getTextGUI();
        Thread worker = new Thread(() -> {
            String state = actions.gitState();
            Set<String> changes = actions.uncommittedPaths();
            if (gui != null) {
                gui.getGUIThread().invokeLater(() -> {
                    gitState = state;
                    uncommitted = changes;
                    refresh();
                });
            }
        }, "carnet-git-state");
        worker.setDaemon(true);
        worker.start();
    }

    private void edit() {
        Note note = browser.selectedNote();
        if (note == null) {
            return;
        }
        String problem = actions.edit(note);
        reload();
        invalidate();
        if (problem != null && getTextGUI() != null) {
            getTextGUI().addWindow(new ErrorDialog("The note needs a fix", problem + "\nYour text is saved as you left it.",
                    List.of(new ErrorDialog.Choice("Reopen the editor", this::edit),
                            new ErrorDialog.Choice("Keep it as it is", () -> { }))));
        }
        refreshGitState();
    }

    /** The month's note (this month when {@code month} is null), made if missing, then in the editor. */
    private void newNote(java.time.YearMonth month) {
        try {
            String path = actions.newNote(month);
            reload();
            browser.select(path);
            refresh();
            edit();
        } catch (RuntimeException e) {
            ErrorDialog.show(this, "Cannot create the note", e);
        }
    }

    /**
     * Runs network work off the UI thread with a spinner; the screen keeps answering. The outcome
     * goes beside the git state, a failure into a dialog with its one-line reason.
     */
    private void inBackground(String title, String doing, java.util.function.Function<dev.carnet.config.Progress, String> work) {
        var gui = getTextGUI();
        if (gui == null) {
            return;
        }
        WorkingDialog dialog = new WorkingDialog(title, doing);
        gui.addWindow(dialog);
        dev.carnet.config.Progress progress = new dev.carnet.config.Progress() {
            @Override
            public void phase(String what) {
                gui.getGUIThread().invokeLater(() -> dialog.phase(what));
            }

            @Override
            public boolean cancelled() {
                return dialog.cancelled();
            }

            /** From the worker thread: a masked field on screen, the worker waits for the answer. */
            @Override
            public char[] secret(String prompt) {
                java.util.concurrent.CompletableFuture<char[]> answer = new java.util.concurrent.CompletableFuture<>();
                gui.getGUIThread().invokeLater(() -> gui.addWindow(new SecretDialog(prompt, answer::complete)));
                try {
                    return answer.get(5, java.util.concurrent.TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    return null;
                }
            }
        };
        Thread worker = new Thread(() -> {
            String outcome = null;
            RuntimeException failure = null;
            try {
                outcome = work.apply(progress);
            } catch (RuntimeException e) {
                failure = e;
            }
            String done = outcome;
            RuntimeException failed = failure;
            gui.getGUIThread().invokeLater(() -> {
                dialog.close();
                if (failed != null) {
                    ErrorDialog.show(this, title + " did not finish", failed);
                } else {
                    lastAction = title + ": " + done;
                }
                reload();
                refreshGitState();
            });
        }, "carnet-" + title.toLowerCase(Locale.ROOT));
        worker.setDaemon(true);
        worker.start();
    }

    /** Asks first when changes are not committed: they are saved, but not yet in the history. */
    private void quit() {
        int changes = uncommitted.size();
        if (changes == 0 || getTextGUI() == null) {
            close();
            return;
        }
        getTextGUI().addWindow(new ErrorDialog("Quit?", Plural.count(changes, "change") + (changes == 1 ? " is" : " are")
                + " saved but not committed. Commit now, or quit and commit later (carnet commit)?",
                List.of(new ErrorDialog.Choice("Commit", this::commitDialog),
                        new ErrorDialog.Choice("Quit", this::close),
                        new ErrorDialog.Choice("Stay", () -> { }))));
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
                ErrorDialog.show(this, "Cannot change the tags", e);
            }
        }));
    }

    private void read(Note note) {
        if (getTextGUI() == null) {
            return;
        }
        int width = getTextGUI().getScreen().getTerminalSize().getColumns();
        getTextGUI().addWindow(new ReadingWindow("↑↓ PgUp PgDn Space: scroll   Esc / p: back", w -> previewLines(note, w), width));
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
            }));
        } catch (RuntimeException e) {
            ErrorDialog.show(this, "Cannot read the history", e);
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
        }));
    }

    private void commitDialog() {
        if (getTextGUI() == null) {
            return;
        }
        try {
            String proposed = actions.proposedCommitMessage();
            if (proposed == null) {
                lastAction = "Nothing to commit";
                refresh();
                return;
            }
            getTextGUI().addWindow(new CommitDialog(proposed, message -> {
                try {
                    lastAction = actions.commit(message);
                    refresh();
                    refreshGitState();
                } catch (RuntimeException e) {
                    ErrorDialog.show(this, "Cannot commit", e);
                }
            }));
        } catch (RuntimeException e) {
            ErrorDialog.show(this, "Cannot read the changes", e);
        }
    }

    /** A failure as a dialog with its one-line message, never a stack trace, never a dead screen. */
    private void reload() {
        browser.replace(actions.notes());
        refresh();
    }

    private void help() {
        if (getTextGUI() != null) {
            getTextGUI().addWindow(ErrorDialog.notice("Keys", String.join("\n",
                    "↑ ↓ or j k   move in the list",
                    "/            search titles, tags and text (as you type)",
                    "Esc          clear the search; in a dialog, its safe choice",
                    "Enter or e   edit the note in $VISUAL / $EDITOR",
                    "d            draft on / off",
                    "t            the note's tags: tick, untick, add (Tab completes)",
                    "n            this month's note (made if missing), in the editor",
                    "N            the note of another month",
                    "c            commit, with a message to edit",
                    "s            sync with the remote (fetch, replay, push)",
                    "P            publish the site (build, push)",
                    "#            show the notes of one tag (or all)",
                    "p            read the note on the whole screen",
                    "h            the note's history: Enter a diff, r restore",
                    "?            this help",
                    "q            quit")));
        }
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
            case ArrowDown -> browser.down();
            case ArrowUp -> browser.up();
            default -> {
                return super.handleInput(key);
            }
        }
        refresh();
        return true;
    }

    private void refresh() {
        String count = loading ? "loading the notes…"
                : browser.visibleNotes() == browser.totalNotes() ? browser.totalNotes() + " notes"
                : browser.visibleNotes() + " / " + browser.totalNotes() + " notes";
        String search = (browser.tag() == null ? "" : "   #" + browser.tag())
                + (searching || !browser.query().isEmpty() ? "   / " + browser.query() + (searching ? "▏" : "") : "");
        header.setText(TerminalText.fit(TerminalText.clean(blogTitle + " — " + count + search),
                getTextGUI() == null ? 80 : getTextGUI().getScreen().getTerminalSize().getColumns()));
        int width = getTextGUI() == null ? 80 : getTextGUI().getScreen().getTerminalSize().getColumns();
        state.setText(TerminalText.fit(TerminalText.clean(gitState + (lastAction.isEmpty() ? "" : "  —  " + lastAction)), width));
        keys.setText(TerminalText.fit(searching ? "Enter: keep the search   Esc: clear   ↑↓: move"
                : "↑↓ / search  # tag  e edit  t tags  n new  d draft  c commit  ? help  q quit", width));

        List<NotesBrowser.Row> rows = browser.rows();
        list.show(rows.size(), i -> line(rows.get(i)), browser.selectedIndex());
        TerminalSize size = getTextGUI() == null ? null : getTextGUI().getScreen().getTerminalSize();
        int listWidth = size == null ? 38 : Math.max(24, size.getColumns() * 2 / 5);
        list.setPreferredSize(new TerminalSize(listWidth, Math.max(1, rows.size())));
        preview.show(previewLines(browser.selectedNote(), size == null ? 40 : size.getColumns() - listWidth - 1), -1);
    }

    private LinesView.Line line(NotesBrowser.Row row) {
        if (row instanceof NotesBrowser.YearRow year) {
            return new LinesView.Line(Integer.toString(year.year()), true);
        }
        if (row instanceof NotesBrowser.MonthRow month) {
            return new LinesView.Line(" " + month.label(), true);
        }
        Note note = ((NotesBrowser.NoteRow) row).note();
        // "*" as in an editor's title bar: saved, not yet committed.
        return new LinesView.Line((uncommitted.contains(note.path()) ? "  *" : "   ") + note.title() + (note.isDraft() ? " [draft]" : ""), false);
    }

    private List<LinesView.Line> previewLines(Note note, int width) {
        List<LinesView.Line> lines = new ArrayList<>();
        if (note == null) {
            lines.add(new LinesView.Line(browser.query().isEmpty() ? "No notes yet: carnet new" : "No note matches.", false));
            return lines;
        }
        lines.add(new LinesView.Line(note.title(), true));
        lines.add(new LinesView.Line(HumanDate.format(note.meta().date().toLocalDate(), locale)
                + (note.meta().tags().isEmpty() ? "" : " · " + String.join(", ", note.meta().tags()))
                + (note.isDraft() ? " · draft" : ""), LinesView.Style.META));
        lines.add(new LinesView.Line("", false));
        lines.addAll(TerminalMarkdown.lines(note.body().strip(), Math.max(10, width - 2)));
        return lines;
    }

    @Override
    public void draw(com.googlecode.lanterna.gui2.TextGUIGraphics graphics) {
        refreshLayout(graphics.getSize());
        super.draw(graphics);
    }

    /** Resize (SIGWINCH): the list keeps two fifths of the width. */
    private void refreshLayout(TerminalSize size) {
        int listWidth = Math.max(24, size.getColumns() * 2 / 5);
        list.setPreferredSize(new TerminalSize(listWidth, Math.max(1, size.getRows() - 2)));
    }
}
