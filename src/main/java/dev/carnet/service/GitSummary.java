package dev.carnet.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * The blog's git state for a status line, without git's types.
 *
 * @param changed the paths of the author's content that differ from the last commit (while a sync
 *     is stopped: that the author changed since it stopped)
 * @param upstream the remote branch main follows, or null (no remote, or never fetched)
 * @param lastPublish when the site readers see was made: the pages branch's commit as last pushed
 *     to (or fetched from) the remote; null when it never left this machine
 * @param remote the remote's name ({@code publish.remote}) when git knows it, else null
 * @param remoteUrl its address, any password or token hidden; null without remote
 * @param conflicts the notes a stopped sync is waiting on; empty when no sync is stopped (or the
 *     notes are not known)
 * @param syncStopped whether a sync is stopped on a conflict
 * @param lastBuilt when the local pages branch last changed (a publish, pushed or not); null when never
 * @param siteNotPushed whether the local pages branch holds a site the remote does not have
 */
public record GitSummary(Set<String> changed, String upstream, int ahead, int behind, OffsetDateTime lastPublish,
                         String remote, String remoteUrl, List<String> conflicts, boolean syncStopped,
                         OffsetDateTime lastBuilt, boolean siteNotPushed) {
    public GitSummary {
        changed = Set.copyOf(changed);
        conflicts = List.copyOf(conflicts);
    }

    /** The shape of before: no remote, no stopped sync, the last publish taken as pushed. */
    public GitSummary(Set<String> changed, String upstream, int ahead, int behind, OffsetDateTime lastPublish) {
        this(changed, upstream, ahead, behind, lastPublish, null, null, List.of(), false, lastPublish, false);
    }

    public int changes() {
        return changed.size();
    }

    /** A remote is set but carnet has never fetched from it (nor pushed to it): nothing is known of it yet. */
    public boolean remoteNotFetched() {
        return remote != null && upstream == null;
    }
}
