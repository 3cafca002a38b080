package dev.carnet.tui;

import dev.carnet.model.Note;
import dev.carnet.model.Progress;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the main screen's keys open: the editor and what it has to say afterwards, the dialogs
 * (tags, commit, quit, help), the reading and history windows, and network work in the
 * background. The screen's state (the list, the git state, the last action) stays in
 * {@link MainWindow}; this class only asks it to show what changed.
 */
final class MainDialogs {
    private final MainWindow window;
    private final TuiActions actions;
    private final NotesBrowser browser;
    private final MainView view;
    private final TuiText text;

    MainDialogs(MainWindow window, TuiActions actions, NotesBrowser browser, MainView view, TuiText text) {
        this.window = window;
        this.actions = actions;
        this.browser = browser;
        this.view = view;
        this.text = text;
    }

    void edit() {
        if (browser.selectedNote() != null) {
            edit(browser.selectedNote().path());
        }
    }

    void edit(String path) {
        Edited edited = actions.edit(path);
        window.reload();
        // The edited note stays the selected one, even when a fix in the editor brought it back to the list.
        browser.select(path);
        window.refresh();
        window.invalidate();
        if (window.getTextGUI() == null) {
            return;
        }
        String notices = edited.notices().isEmpty() ? "" : String.join("\n", edited.notices()) + "\n";
        if (edited.problem() == null) {
            if (!notices.isEmpty()) {
                window.getTextGUI().addWindow(ErrorDialog.notice(text.get("edit.earlier"), notices.strip(), text));
            }
        } else if (edited.noteUnchanged()) {
            window.getTextGUI().addWindow(ErrorDialog.notice(text.get("edit.unchanged"), notices + edited.problem(), text));
        } else {
            window.getTextGUI().addWindow(new ErrorDialog(text.get("edit.needsFix"), notices + edited.problem() + "\n" + text.get("edit.savedAsLeft"),
                    List.of(new ErrorDialog.Choice(text.get("edit.reopen"), () -> edit(path)),
                            new ErrorDialog.Choice(text.get("edit.keep"), () -> { }))));
        }
        window.refreshGitState();
    }

    /**
     * The month's note (this month when {@code month} is null), made if missing, then in the
     * editor: that note, whatever the search or tag shows (they are cleared when they hide it).
     */
    void newNote(YearMonth month) {
        try {
            String path = actions.newNote(month);
            window.reload();
            if (!browser.shows(path)) {
                window.stopSearching();
            }
            browser.reveal(path);
            window.refresh();
            edit(path);
        } catch (RuntimeException e) {
            ErrorDialog.show(window, text.get("error.create"), e, text);
        }
    }

    /**
     * Network work off the UI thread (see {@link BackgroundWork}); its outcome goes beside the git state.
     *
     * @param shownWhole the outcome also in a dialog: a publish's says whether the site left the
     *     machine and where readers find it, more than the line beside the git state can hold
     */
    void inBackground(String title, String doing, Function<Progress, String> work,
                              boolean shownWhole) {
        if (window.getTextGUI() == null) {
            return;
        }
        BackgroundWork.run(window.getTextGUI(), title, doing, work, (outcome, failure) -> {
            if (failure != null) {
                ErrorDialog.show(window, text.format("work.failed", title), failure, text);
            } else {
                window.lastAction(text.format("work.outcome", title, outcome));
                if (shownWhole) {
                    window.getTextGUI().addWindow(ErrorDialog.notice(title, outcome, text));
                }
            }
            window.reload();
            window.refreshGitState();
        }, text);
    }

    /** Asks first when changes are not committed: they are saved, but not yet in the history. */
    void quit() {
        int changes = window.uncommitted().size();
        if (changes == 0 || window.getTextGUI() == null) {
            window.close();
            return;
        }
        window.getTextGUI().addWindow(new ErrorDialog(text.get("quit.title"), text.format("quit.question", changes),
                List.of(new ErrorDialog.Choice(text.get("quit.commit"), this::commitDialog),
                        new ErrorDialog.Choice(text.get("quit.quit"), window::close),
                        new ErrorDialog.Choice(text.get("quit.stay"), () -> { }))));
    }

    void tags(Note note) {
        if (window.getTextGUI() == null) {
            return;
        }
        List<String> all = new ArrayList<>(actions.tagCounts().keySet());
        window.getTextGUI().addWindow(new TagsDialog(note.title(), note.meta().tags(), all, tags -> {
            try {
                actions.setTags(note, tags);
                window.reload();
                window.refreshGitState();
            } catch (RuntimeException e) {
                ErrorDialog.show(window, text.get("error.tags"), e, text);
            }
        }, text));
    }

    void read(Note note) {
        if (window.getTextGUI() == null) {
            return;
        }
        int width = window.getTextGUI().getScreen().getTerminalSize().getColumns();
        window.getTextGUI().addWindow(new ReadingWindow(text.get("read.keys"), w -> view.preview(note, true, w), width)
                .mark(browser.terms()));
    }

    void history(Note note) {
        if (window.getTextGUI() == null) {
            return;
        }
        try {
            var revisions = actions.revisions(note);
            int width = window.getTextGUI().getScreen().getTerminalSize().getColumns();
            window.getTextGUI().addWindow(new HistoryWindow(actions, note, revisions, width, message -> {
                window.lastAction(message);
                window.reload();
                window.refreshGitState();
            }, text));
        } catch (RuntimeException e) {
            ErrorDialog.show(window, text.get("error.history"), e, text);
        }
    }

    void tagDialog() {
        if (window.getTextGUI() == null) {
            return;
        }
        int rows = window.getTextGUI().getScreen().getTerminalSize().getRows() - 8; // the dialog fits on 24 rows
        window.getTextGUI().addWindow(new TagFilterDialog(actions.tagCounts(), rows, tag -> {
            browser.filterTag(tag);
            window.refresh();
        }, text));
    }

    void commitDialog() {
        if (window.getTextGUI() == null) {
            return;
        }
        try {
            String proposed = actions.proposedCommitMessage();
            if (proposed == null) {
                window.lastAction(text.get("commit.nothing"));
                window.refresh();
                return;
            }
            int columns = window.getTextGUI().getScreen().getTerminalSize().getColumns();
            window.getTextGUI().addWindow(new CommitDialog(proposed, columns, message -> {
                try {
                    window.lastAction(actions.commit(message));
                    window.refresh();
                    window.refreshGitState();
                } catch (RuntimeException e) {
                    ErrorDialog.show(window, text.get("error.commit"), e, text);
                }
            }, text));
        } catch (RuntimeException e) {
            ErrorDialog.show(window, text.get("error.changes"), e, text);
        }
    }

    /** The live preview, started on the first {@code o} and kept while the screen is open. */
    void preview() {
        if (window.getTextGUI() == null) {
            return;
        }
        try {
            String where = actions.preview();
            if (where != null) {
                window.getTextGUI().addWindow(ErrorDialog.notice(text.get("preview.title"), where, text));
            }
        } catch (RuntimeException e) {
            ErrorDialog.show(window, text.get("preview.title"), e, text);
        }
    }

    void help() {
        if (window.getTextGUI() != null) {
            window.getTextGUI().addWindow(new HelpDialog(text.get("help.title"), HelpDialog.main(text), window.getTextGUI().getScreen().getTerminalSize(), text));
        }
    }
}
