package dev.carnet.service;

import java.util.List;

/**
 * What {@code carnet sync} did with the notes' branch.
 *
 * @param conflicts notes both sides changed, when the sync stopped: each file holds conflict
 *     markers and {@code path.mine} the author's own version
 * @param pushed whether the branch was pushed afterwards
 * @param dropped replayed commits left empty (the author kept the remote's version) and so dropped, as git rebase does
 * @param kept files the author changed while the sync was stopped, and where that text is now
 */
public record SyncReport(Outcome outcome, int pulled, int replayed, List<String> conflicts, boolean pushed,
                         int dropped, List<Kept> kept) {
    public SyncReport {
        conflicts = List.copyOf(conflicts);
        kept = List.copyOf(kept);
    }

    public enum Outcome { UP_TO_DATE, FAST_FORWARD, REBASED, PUSHED_ONLY, CONFLICT, CONTINUED, ABORTED }

    /**
     * An edit made while the sync was stopped: {@code copy} is {@code path} when it stayed in place
     * (a change to commit), else {@code path.mine}, set aside because the file itself now holds another text.
     */
    public record Kept(String path, String copy) {
        public boolean inPlace() {
            return path.equals(copy);
        }
    }
}
