package dev.carnet.tui;

import com.googlecode.lanterna.screen.Screen;
import dev.carnet.error.CarnetException;
import dev.carnet.model.Note;
import dev.carnet.model.Progress;
import dev.carnet.model.TagName;
import dev.carnet.service.DiskStamp;
import dev.carnet.service.ExternalEditor;
import dev.carnet.service.NoteRevision;
import dev.carnet.service.NoteService;
import dev.carnet.service.RemoteWork;
import dev.carnet.service.RunningPreview;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The text UI's actions on the real services; the editor runs on the real terminal, the screen suspended. */
class ServiceActions implements TuiActions {
    /** carnet serve's default port, so that a tunnel made for one serves the other. */
    private static final int PREVIEW_PORT = 4000;
    private final NoteService notes;
    private final ExternalEditor editor;
    private final Screen screen;
    private final TextUi.TtyState tty;
    private final RemoteWork remote;
    private final Clock clock;
    private final TuiText text;
    private final Map<String, String> env;
    private RunningPreview preview;

    /** @param remote publish and sync, with how to reach the remote (the user's ~/.ssh, tokens) set by the CLI */
    ServiceActions(NoteService notes, ExternalEditor editor, Screen screen, TextUi.TtyState tty,
                   RemoteWork remote, Clock clock, TuiText text) {
        this(notes, editor, screen, tty, remote, clock, text, Map.of());
    }

    /** @param env the environment, for the preview's tunnel line over SSH ({@code SSH_CONNECTION}) */
    ServiceActions(NoteService notes, ExternalEditor editor, Screen screen, TextUi.TtyState tty,
                   RemoteWork remote, Clock clock, TuiText text, Map<String, String> env) {
        this.env = env;
        this.notes = notes;
        this.editor = editor;
        this.screen = screen;
        this.tty = tty;
        this.remote = remote;
        this.clock = clock;
        this.text = text;
    }

    @Override
    public synchronized String preview() {
        if (preview == null) {
            preview = notes.preview(PREVIEW_PORT, text::say, line -> { }); // problems show on the page itself
        }
        String at = text.format("preview.at", preview.address());
        return preview.tunnel(env).map(line -> at + "\n\n" + text.format("preview.tunnel", line, preview.address())).orElse(at);
    }

    @Override
    public synchronized void close() {
        if (preview != null) {
            preview.close();
            preview = null;
        }
    }

    @Override
    public List<Note> notes() {
        return notes.notebook().notes();
    }

    @Override
    public Map<String, Integer> tagCounts() {
        return notes.tagCounts();
    }

    @Override
    public void setTags(Note note, List<String> tags) {
        notes.tag(note.path(), tags, note.meta().tags().stream().filter(t -> tags.stream().noneMatch(n -> TagName.same(n, t))).toList());
    }

    @Override
    public Edited edit(String path) {
        List<String> notices = new ArrayList<>();
        try {
            // The editor needs the terminal as the shell left it; Lanterna needs its raw mode back after.
            TextUi.TtyState raw = TextUi.TtyState.save();
            screen.stopScreen();
            tty.restore();
            try {
                // A file that looks cut short is never taken from inside the UI: the author's text stays aside.
                notes.editing().edit(path, editor::edit, notice -> notices.add(text.say(notice)), why -> false);
            } finally {
                raw.restore();
                screen.startScreen();
                screen.clear();
                notes.changedOnDisk();
            }
        } catch (CarnetException e) {
            return new Edited(text.say(e), true, notices);
        } catch (IOException e) {
            return new Edited(text.format("edit.terminalFailed", e.getMessage()), true, notices);
        }
        try {
            notes.validate(path);
            return Edited.fine(notices);
        } catch (CarnetException e) {
            return new Edited(text.say(e), false, notices);
        }
    }

    @Override
    public void toggleDraft(Note note) {
        notes.setDraft(note.path(), !note.isDraft());
    }

    @Override
    public YearMonth thisMonth() {
        return notes.thisMonth();
    }

    @Override
    public String newNote(YearMonth month) {
        return notes.newNote(month, null, List.of()).path();
    }

    @Override
    public String proposedCommitMessage() {
        return notes.git().proposedMessage().orElse(null);
    }

    @Override
    public String commit(String message) {
        return notes.git().commitAll(message)
                .map(c -> text.format("commit.done", c.shortId(), c.files()) + (c.lockNotice() == null ? "" : " · " + text.say(c.lockNotice())))
                .orElse(text.get("commit.nothingDone"));
    }

    /** Enough for years of a monthly note; reading them (without diffs) is fast. */
    private static final int MAX_REVISIONS = 500;

    @Override
    public List<NoteRevision> revisions(Note note) {
        return notes.git().revisions(note.path(), MAX_REVISIONS);
    }

    @Override
    public List<String> diff(Note note, String id) {
        return notes.git().diff(note.path(), id);
    }

    @Override
    public void restore(Note note, String id) {
        notes.git().restore(note.path(), id);
        notes.changedOnDisk();
    }

    @Override
    public String publish(Progress progress) {
        return text.say(remote.publish(notes, clock, progress));
    }

    @Override
    public String sync(Progress progress) {
        return text.say(remote.sync(notes, progress));
    }

    @Override
    public DiskStamp diskStamp() {
        return notes.diskStamp();
    }

    @Override
    public List<Note> readNotes() {
        return notes.another().notebook().notes(); // a service of its own: this runs off the UI thread
    }

    @Override
    public void changedOutside() {
        notes.changedOnDisk();
    }

    /** From the last {@link #gitState()}: one JGit status per refresh, not two. */
    private volatile Set<String> lastChanges = Set.of();

    @Override
    public Set<String> uncommittedPaths() {
        return lastChanges;
    }

    @Override
    public String gitState() {
        try {
            var summary = notes.git().summary();
            lastChanges = summary.changed();
            return StateLine.of(summary, text);
        } catch (CarnetException e) {
            lastChanges = Set.of();
            return e.problem().key().equals("git.notRepository") ? text.get("state.notRepository")
                    : text.format("state.failed", text.say(e));
        }
    }
}
