package dev.carnet.error;

import java.util.List;

/** A note reference (path, slug, prefix or month) that matches no note, or several. */
public class NoteNotFoundException extends CarnetException {
    private final List<String> candidates;

    public NoteNotFoundException(Phrase problem, List<String> candidates) {
        super(problem);
        this.candidates = List.copyOf(candidates);
    }

    public List<String> candidates() {
        return candidates;
    }
}
