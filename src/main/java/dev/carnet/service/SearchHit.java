package dev.carnet.service;

import dev.carnet.model.Note;
import java.util.List;

/** A note that matches a search, with the lines where it matched (file line numbers). */
public record SearchHit(Note note, List<MatchedLine> lines) {
    public SearchHit {
        lines = List.copyOf(lines);
    }

    public record MatchedLine(int number, String text) {
    }
}
