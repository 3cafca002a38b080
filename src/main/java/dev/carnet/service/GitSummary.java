package dev.carnet.service;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The blog's git state for a status line, without git's types.
 *
 * @param changed the paths of the author's content that differ from the last commit
 * @param upstream the remote branch main follows, or null
 * @param lastPublish when the pages branch last changed, or null
 */
public record GitSummary(Set<String> changed, String upstream, int ahead, int behind, OffsetDateTime lastPublish) {
    public GitSummary {
        changed = Set.copyOf(changed);
    }

    public int changes() {
        return changed.size();
    }
}
