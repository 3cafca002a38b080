package dev.carnet.vcs;

import java.util.List;

/**
 * What {@code carnet sync} did with main.
 *
 * @param conflicts notes both sides changed, when the sync stopped: each file holds conflict
 *     markers and {@code path.mine} the author's own version
 * @param pushed whether main was pushed afterwards
 */
public record SyncResult(Outcome outcome, int pulled, int replayed, List<String> conflicts, boolean pushed) {
    public SyncResult {
        conflicts = List.copyOf(conflicts);
    }

    public enum Outcome { UP_TO_DATE, FAST_FORWARD, REBASED, PUSHED_ONLY, CONFLICT, CONTINUED, ABORTED }
}
