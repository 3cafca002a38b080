package dev.carnet.tui;

import dev.carnet.model.TextFolding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the search's words are in a line as shown, found the way the search finds them (case and
 * accents ignored): "mediation" marks "Médiation". Only the lines on screen are looked at.
 */
final class SearchMarks {
    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the line. */
    record Span(int start, int end) {
    }

    private SearchMarks() {
    }

    /** The spans of {@code text} that hold one of the folded {@code terms}, in order, overlaps merged. */
    static List<Span> find(String text, List<String> terms) {
        if (terms.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        // Folded character by character, so that each folded character knows the one it came from
        // (œ folds to two, a combining accent to none).
        StringBuilder folded = new StringBuilder(text.length());
        List<int[]> from = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); ) {
            int next = i + Character.charCount(text.codePointAt(i));
            String part = TextFolding.fold(text.substring(i, next));
            for (int k = 0; k < part.length(); k++) {
                from.add(new int[] {i, next});
            }
            folded.append(part);
            i = next;
        }
        List<Span> spans = new ArrayList<>();
        for (String term : terms) {
            for (int at = folded.indexOf(term); at >= 0 && !term.isEmpty(); at = folded.indexOf(term, at + 1)) {
                spans.add(new Span(from.get(at)[0], from.get(at + term.length() - 1)[1]));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
