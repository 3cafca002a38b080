package dev.carnet.vcs;

import java.util.List;

/** What the remote answered for each branch pushed. JGit returns rejections; they are all here. */
public record PushResult(String remote, List<RefResult> refs) {
    public PushResult {
        refs = List.copyOf(refs);
    }

    public enum Status { OK, UP_TO_DATE, REJECTED_NON_FAST_FORWARD, REJECTED_REMOTE_CHANGED, REJECTED_OTHER }

    /** {@code message} is the remote's own words, when it gave any. */
    public record RefResult(String branch, Status status, String message) {
        public boolean accepted() {
            return status == Status.OK || status == Status.UP_TO_DATE;
        }
    }

    public boolean accepted() {
        return refs.stream().allMatch(RefResult::accepted);
    }
}
