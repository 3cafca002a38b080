package dev.carnet.service;

import dev.carnet.model.Note;
import dev.carnet.model.TagName;
import java.time.YearMonth;
import java.util.function.Predicate;

/** What {@code carnet list} narrows to; null fields do not filter. */
public record NoteFilter(String tag, Integer year, YearMonth month, Boolean draft) implements Predicate<Note> {
    public static final NoteFilter ALL = new NoteFilter(null, null, null, null);

    @Override
    public boolean test(Note note) {
        if (tag != null && note.meta().tags().stream().noneMatch(t -> TagName.same(t, tag))) {
            return false;
        }
        if (year != null && note.month().getYear() != year) {
            return false;
        }
        if (month != null && !note.month().equals(month)) {
            return false;
        }
        return draft == null || note.isDraft() == draft;
    }
}
