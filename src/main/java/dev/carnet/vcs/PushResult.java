package dev.carnet.vcs;

import java.util.List;
import java.util.Optional;

/** What the remote answered for each branch pushed. JGit returns rejections; they are all here. */
public record PushResult(String remote, List<RefResult> refs) {
    public PushResult {
        refs = List.copyOf(refs);
    }

    /**
     * {@code NOT_PUSHED}: the branch was fine but went unpushed because another one of the same
     * push was refused (branches are pushed all or none).
     */
    public enum Status { OK, UP_TO_DATE, REJECTED_NON_FAST_FORWARD, REJECTED_REMOTE_CHANGED, REJECTED_OTHER, NOT_PUSHED }

    /**
     * @param message the remote's own words, when it gave any
     * @param remoteId the commit the remote's branch was at before the push, or null when it had none
     */
    public record RefResult(String branch, Status status, String message, String remoteId) {
        public RefResult(String branch, Status status, String message) {
            this(branch, status, message, null);
        }

        public boolean accepted() {
            return status == Status.OK || status == Status.UP_TO_DATE;
        }
    }

    public boolean accepted() {
        return refs.stream().allMatch(RefResult::accepted);
    }

    /** The answer for {@code branch}, if it was pushed. */
    public Optional<RefResult> ref(String branch) {
        return refs.stream().filter(r -> r.branch().equals(branch)).findFirst();
    }
}
