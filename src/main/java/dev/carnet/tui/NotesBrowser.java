package dev.carnet.tui;

import dev.carnet.model.Note;
import dev.carnet.model.Slug;
import dev.carnet.model.TextFolding;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The main screen's state without any terminal: the notes grouped by year then month (newest
 * first), narrowed by an incremental search and a tag, and which note is selected. Screens
 * render it; tests drive it directly.
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

    private List<Note> notes;
    private final Locale locale;
    private final Map<Note, String> folded = new ConcurrentHashMap<>();
    private String query = "";
    private String tag;
    private List<Row> rows;
    private int selected = -1;

    public NotesBrowser(List<Note> newestFirst, Locale locale) {
        this.notes = List.copyOf(newestFirst);
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

    /** New notes from disk (after an edit); the selection stays on the same file. */
    public void replace(List<Note> newestFirst) {
        String path = selectedNote() == null ? null : selectedNote().path();
        notes = List.copyOf(newestFirst);
        folded.clear();
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
        List<String> terms = Arrays.stream(TextFolding.fold(query).split("\\s+")).filter(t -> !t.isEmpty()).toList();
        String tagSlug = tag == null ? null : Slug.slugify(tag);
        List<Row> result = new ArrayList<>();
        int year = Integer.MIN_VALUE;
        YearMonth month = null;
        for (Note note : notes) {
            if (tagSlug != null && note.meta().tags().stream().noneMatch(t -> Slug.slugify(t).equals(tagSlug))) {
                continue;
            }
            if (!terms.isEmpty()) {
                String text = folded.computeIfAbsent(note, n -> TextFolding.fold(n.title() + "\n" + String.join(" ", n.meta().tags()) + "\n" + n.body()));
                if (!terms.stream().allMatch(text::contains)) {
                    continue;
                }
            }
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
        selected = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof NoteRow row && (keep == null || row.note().equals(keep))) {
                selected = i;
                break;
            }
        }
        if (selected < 0) {
            move(1);
        }
    }
}
