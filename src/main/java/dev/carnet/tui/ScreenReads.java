package dev.carnet.tui;

import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import dev.carnet.model.Note;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What the main screen reads off the UI thread, so that JGit and 10,000 notes never delay a frame:
 * the notes at opening, the git state after each action, and the blog again when it changed
 * outside carnet. Each result is handed to the UI thread.
 */
final class ScreenReads implements AutoCloseable {
    private final TuiActions actions;
    private final WindowBasedTextGUI gui;
    private final TuiText text;
    private DiskWatcher watcher;
    /**
     * One thread for the git state: each answer replaces the one before, so they must come in the
     * order they were asked (with a thread each, an older, slower answer overwrote a newer one).
     */
    private final ExecutorService gitStates = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "carnet-git-state");
        thread.setDaemon(true);
        return thread;
    });

    ScreenReads(TuiActions actions, WindowBasedTextGUI gui, TuiText text) {
        this.actions = actions;
        this.text = text;
        this.gui = gui;
    }

    /** The notes, then their search index, each to its consumer on the UI thread; a failure as a dialog. */
    void notes(Consumer<List<Note>> loaded, Consumer<Map<String, String>> indexed) {
        start("carnet-load-notes", () -> {
            List<Note> notes;
            try {
                notes = actions.notes();
            } catch (RuntimeException e) {
                later(() -> gui.addWindow(ErrorDialog.notice(text.get("error.notes"), text.say(e), text)));
                return;
            }
            later(() -> loaded.accept(notes));
            var index = NotesBrowser.prepare(notes);
            later(() -> indexed.accept(index));
        });
    }

    /** The git state line and the files not committed, to {@code known} on the UI thread. */
    void gitState(BiConsumer<String, Set<String>> known) {
        gitStates.execute(() -> {
            String state = actions.gitState();
            Set<String> changes = actions.uncommittedPaths();
            later(() -> known.accept(state, changes));
        });
    }

    /**
     * Looks at the disk every {@code every}; when it changed, the notes are read again on the
     * watcher's thread and given to {@code changed} on the UI thread (after the services forget
     * what they had read).
     */
    void follow(Duration every, Consumer<List<Note>> changed) {
        close();
        watcher = new DiskWatcher(actions::diskStamp, every, () -> {
            List<Note> fresh = actions.readNotes();
            later(() -> {
                actions.changedOutside();
                changed.accept(fresh);
            });
        });
    }

    /** Stops following the disk (the window is closed or off the screen). */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** Stops the git state's thread too: the window is gone for good. */
    void shutdown() {
        close();
        gitStates.shutdownNow();
    }

    private void later(Runnable onUiThread) {
        gui.getGUIThread().invokeLater(onUiThread);
    }

    private static void start(String name, Runnable work) {
        Thread worker = new Thread(work, name);
        worker.setDaemon(true);
        worker.start();
    }
}
