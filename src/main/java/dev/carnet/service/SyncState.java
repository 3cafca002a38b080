package dev.carnet.service;

import dev.carnet.error.Phrase;
import java.util.List;

/**
 * A sync stopped on a conflict, for front ends that must say so while the author does other things.
 *
 * @param conflicts the notes the sync stopped on (empty when the stopped rebase was not carnet's)
 */
public record SyncState(List<String> conflicts) {
    public SyncState {
        conflicts = List.copyOf(conflicts);
    }

    /** {@code a sync is stopped on a conflict in notes/…; fix it, then carnet sync --continue (or --abort)}. */
    public Phrase notice() {
        return Phrase.of("sync.stopped", where());
    }

    /** {@code " in notes/a.md, notes/b.md"}, or nothing when the notes are not known. */
    Phrase where() {
        return conflicts.isEmpty() ? Phrase.of("sync.where.unknown") : Phrase.of("sync.where", String.join(", ", conflicts));
    }
}
