package dev.carnet.tui;

import dev.carnet.model.Note;
import dev.carnet.model.Progress;
import dev.carnet.service.DiskStamp;
import dev.carnet.service.NoteRevision;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the screens ask of the rest of carnet; the real one calls the services (see {@link ServiceActions}). */
public interface TuiActions {
    /** The notes as they are now on disk, newest first. */
    List<Note> notes();

    /** Each tag with its number of notes, most used first. */
    Map<String, Integer> tagCounts();

    /** Gives the note exactly these tags (only its front matter's tags line changes). */
    void setTags(Note note, List<String> tags);

    /**
     * Opens the note at {@code path} in the author's editor (on a copy, see NoteEditing). A path,
     * not the selected Note: the note may be new, or hidden by a filter.
     */
    Edited edit(String path);

    /** Turns a draft into a note to publish, or back. */
    void toggleDraft(Note note);

    /** This month in the blog's time zone (by the clock carnet was given). */
    YearMonth thisMonth();

    /** The month's note (this month when null): created as a draft if missing; returns its path. */
    String newNote(YearMonth month);

    /** The commit message carnet proposes for the changes, or null when there is nothing to commit. */
    String proposedCommitMessage();

    /** Commits every change of the author's content; returns what happened, in one line. */
    String commit(String message);

    /** The note's commits, newest first (across renames); empty when it was never committed. */
    List<NoteRevision> revisions(Note note);

    /** What commit {@code id} changed in the note, as diff lines ({@code @@}, {@code +}, {@code -}, context). */
    List<String> diff(Note note, String id);

    /**
     * Brings the note back as it was in commit {@code id}, as a change to commit (history is never
     * rewritten); throws with the reason, writing nothing, when the note has changes not committed.
     */
    void restore(Note note, String id);

    /**
     * Starts the live preview once (later calls find it running) and says where it is: its
     * address and, over SSH, the tunnel line. Null when this front end has none.
     */
    default String preview() {
        return null;
    }

    /** Stops what the actions started (the preview) when the screen closes. */
    default void close() {
    }

    /** Publishes the site (slow: network), reporting phases; returns what happened in one line, or throws with the reason. */
    String publish(Progress progress);

    /** Syncs with the remote (slow: network); returns what happened in one line, or throws with the reason. */
    String sync(Progress progress);

    /** The files of the author's content that differed from the last commit at the last {@link #gitState()}. */
    Set<String> uncommittedPaths();

    /** The git state in one line (slow: the screen asks for it off the UI thread). */
    String gitState();

    /** A cheap stamp of the blog on disk (files' sizes and times, git's HEAD, index, refs); any thread. */
    DiskStamp diskStamp();

    /** The notes read afresh from disk, newest first; any thread (nothing {@link #notes()} keeps is touched). */
    List<Note> readNotes();

    /** Files changed outside carnet: what was read before is forgotten (on the UI thread). */
    void changedOutside();
}
