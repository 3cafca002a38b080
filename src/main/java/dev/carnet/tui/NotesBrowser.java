package dev.carnet.tui;

import dev.carnet.model.Fingerprint;
import dev.carnet.model.Note;
import dev.carnet.model.Notebook;
import dev.carnet.model.TagName;
import dev.carnet.model.TextFolding;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The main screen's state without any terminal: the notes grouped by year then month (newest
 * first), narrowed by an incremental search and a tag, and which note is selected. Screens
 * render it; tests drive it directly.
 *
 * <p>The list is ordered by the key it is grouped by, the note's month from its file name
 * (DESIGN.md §1), then by date: "Notes de mars 2025" written in 2026 sits under 2025, not above
 * the notes of 2026.
 */
public final class NotesBrowser {
    /** One line of the list: a year, a month, or a note (the only selectable kind). */
    public sealed interface Row permits YearRow, MonthRow, NoteRow {
    }

    public record YearRow(int year) implements Row {
    }

    public record MonthRow(YearMonth month, String label) implements Row {
    }

    public record NoteRow(Note note) implements Row {
    }

    /** Newest month first (the month of the file name), then newest date, then path for a stable order. */
    static final Comparator<Note> BY_MONTH = Comparator.comparing(Note::month).reversed()
            .thenComparing(Notebook.NEWEST_FIRST);

    private List<Note> notes;
    private final Locale locale;
    /** Folded search text by note path (a record's hashCode would walk the whole note on every lookup). */
    private final Map<String, String> folded = new ConcurrentHashMap<>();
    private String query = "";
    private String tag;
    /** The notes the last search kept: typing more letters only searches among them. */
    private List<Note> lastMatches;
    private String lastQuery = "";
    private List<Row> rows;
    private int selected = -1;

    public NotesBrowser(List<Note> notes, Locale locale) {
        this.notes = notes.stream().sorted(BY_MONTH).toList();
        this.locale = locale;
        refresh();
    }

    public String query() {
        return query;
    }

    public String tag() {
        return tag;
    }

    public List<Row> rows() {
        return rows;
    }

    public int selectedIndex() {
        return selected;
    }

    public Note selectedNote() {
        return selected >= 0 && rows.get(selected) instanceof NoteRow row ? row.note() : null;
    }

    public int visibleNotes() {
        return (int) rows.stream().filter(r -> r instanceof NoteRow).count();
    }

    public int totalNotes() {
        return notes.size();
    }

    /** Selects the note at {@code path}, if it is in the list. */
    public void select(String path) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof NoteRow row && row.note().path().equals(path)) {
                selected = i;
                return;
            }
        }
    }

    /** Whether the list shows the note at {@code path}. */
    public boolean shows(String path) {
        return rows.stream().anyMatch(r -> r instanceof NoteRow row && row.note().path().equals(path));
    }

    /**
     * Selects the note at {@code path}; when the search or the tag hides it, both are cleared first
     * so that the note the author is about to write is the one they see.
     */
    public void reveal(String path) {
        if (!shows(path)) {
            query = "";
            tag = null;
            refresh();
        }
        select(path);
    }

    /**
     * New notes from disk (after an edit, or a change made outside carnet); the selection stays
     * on the same file, and a note whose file changed is searched in its new text.
     */
    public void replace(List<Note> fresh) {
        String path = selectedNote() == null ? null : selectedNote().path();
        Map<String, Fingerprint> before = new HashMap<>();
        notes.forEach(n -> before.put(n.path(), n.fingerprint()));
        notes = fresh.stream().sorted(BY_MONTH).toList();
        Set<String> unchanged = new HashSet<>();
        notes.stream().filter(n -> n.fingerprint().equals(before.get(n.path())))
                .forEach(n -> unchanged.add(n.path()));
        folded.keySet().retainAll(unchanged);
        lastMatches = null;
        rows = null;
        refresh();
        if (path != null) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) instanceof NoteRow row && row.note().path().equals(path)) {
                    selected = i;
                }
            }
        }
    }

    /**
     * Folds every note's text for search ahead of time (call it off the UI thread): the first
     * keystroke then costs a scan, not 10,000 foldings.
     */
    public static Map<String, String> prepare(List<Note> notes) {
        Map<String, String> index = new ConcurrentHashMap<>();
        notes.parallelStream().forEach(n -> index.put(n.path(), searchable(n)));
        return index;
    }

    /** Takes the folded texts {@link #prepare} made (of the notes as they are now). */
    public void useIndex(Map<String, String> index) {
        folded.putAll(index);
    }

    /** The search's words, folded (no case, no accents): what the screen marks in the list and the preview. */
    public List<String> terms() {
        return Arrays.stream(TextFolding.fold(query).split("\\s+")).filter(t -> !t.isEmpty()).toList();
    }

    private static String searchable(Note n) {
        return TextFolding.fold(n.title() + "\n" + String.join(" ", n.meta().tags()) + "\n" + n.body());
    }

    /** Narrows to notes whose title, tags or text hold every word, ignoring case and accents. */
    public void search(String newQuery) {
        query = newQuery;
        refresh();
    }

    public void filterTag(String newTag) {
        tag = newTag;
        refresh();
    }

    public void down() {
        move(1);
    }

    public void up() {
        move(-1);
    }

    public void first() {
        moveTo(0, 1);
    }

    public void last() {
        moveTo(rows.size() - 1, -1);
    }

    /** Moves by {@code lines} rows of the list (a page up or down), onto the nearest note. */
    public void page(int lines) {
        if (selected >= 0) {
            moveTo(Math.max(0, Math.min(rows.size() - 1, selected + lines)), lines < 0 ? -1 : 1);
        }
    }

    /** Selects the first note from {@code index} on in {@code step}'s direction, else the nearest the other way. */
    private void moveTo(int index, int step) {
        for (int direction : new int[] {step, -step}) {
            for (int i = index; i >= 0 && i < rows.size(); i += direction) {
                if (rows.get(i) instanceof NoteRow) {
                    selected = i;
                    return;
                }
            }
        }
    }

    private void move(int step) {
        for (int i = selected + step; i >= 0 && i < rows.size(); i += step) {
            if (rows.get(i) instanceof NoteRow) {
                selected = i;
                return;
            }
        }
    }

    private void refresh() {
        Note keep = rows == null ? null : selectedNote();
        List<String> terms = terms();
        String tagSlug = tag == null ? null : TagName.key(tag);
        List<Row> result = new ArrayList<>();
        int year = Integer.MIN_VALUE;
        YearMonth month = null;
        boolean narrowing = lastMatches != null && !lastQuery.isEmpty() && TextFolding.fold(query).startsWith(TextFolding.fold(lastQuery));
        List<Note> candidates = narrowing ? lastMatches : notes;
        // The scan is the cost on 10,000 notes: both cores share it.
        boolean[] keepIt = new boolean[candidates.size()];
        IntStream.range(0, candidates.size()).parallel().forEach(i -> {
            Note note = candidates.get(i);
            if (tagSlug != null && note.meta().tags().stream().noneMatch(t -> TagName.key(t).equals(tagSlug))) {
                return;
            }
            if (!terms.isEmpty()) {
                String text = folded.computeIfAbsent(note.path(), p -> searchable(note));
                for (String term : terms) {
                    if (!text.contains(term)) {
                        return;
                    }
                }
            }
            keepIt[i] = true;
        });
        List<Note> matches = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!keepIt[i]) {
                continue;
            }
            Note note = candidates.get(i);
            matches.add(note);
            if (note.month().getYear() != year) {
                year = note.month().getYear();
                result.add(new YearRow(year));
                month = null;
            }
            if (!note.month().equals(month)) {
                month = note.month();
                String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
                result.add(new MonthRow(month, name.substring(0, 1).toUpperCase(locale) + name.substring(1)));
            }
            result.add(new NoteRow(note));
        }
        rows = result;
        lastMatches = tagSlug == null ? matches : null;
        lastQuery = query;
        selected = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof NoteRow row && (keep == null || row.note().path().equals(keep.path()))) {
                selected = i;
                break;
            }
        }
        if (selected < 0) {
            move(1);
        }
    }
}
