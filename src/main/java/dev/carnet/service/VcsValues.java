package dev.carnet.service;

import dev.carnet.vcs.FileChange;
import dev.carnet.vcs.LogEntry;
import dev.carnet.vcs.PagesCommit;
import dev.carnet.vcs.RepoStatus;
import dev.carnet.vcs.SyncResult;

/**
 * The one place vcs results become the service's own values: the front ends see these, so a
 * change in the git adapter stops here (DESIGN.md §3: cli and tui talk to service only).
 */
final class VcsValues {
    private VcsValues() {
    }

    static ChangeKind kind(FileChange.Kind kind) {
        return switch (kind) {
            case NEW -> ChangeKind.NEW;
            case MODIFIED -> ChangeKind.MODIFIED;
            case DELETED -> ChangeKind.DELETED;
        };
    }

    static FileChange.Kind kind(ChangeKind kind) {
        return switch (kind) {
            case NEW -> FileChange.Kind.NEW;
            case MODIFIED -> FileChange.Kind.MODIFIED;
            case DELETED -> FileChange.Kind.DELETED;
        };
    }

    static ChangedFile change(FileChange change) {
        return new ChangedFile(change.path(), kind(change.kind()));
    }

    static BlogStatus status(RepoStatus status) {
        return new BlogStatus(status.branch(), status.changes().stream().map(VcsValues::change).toList(), status.upstream(),
                status.ahead(), status.behind(), status.commits(),
                status.sync() == null ? null : new SyncState(status.sync().conflicts()));
    }

    static HistoryEntry entry(LogEntry entry) {
        return new HistoryEntry(entry.id(), entry.when(), entry.author(), entry.message(), entry.path(), entry.patch());
    }

    static SiteCommit site(PagesCommit pages) {
        return new SiteCommit(pages.branch(), pages.id(), pages.changed(), pages.files(),
                pages.changes().stream().map(VcsValues::change).toList());
    }

    static SyncReport sync(SyncResult result) {
        return new SyncReport(SyncReport.Outcome.valueOf(result.outcome().name()), result.pulled(), result.replayed(),
                result.conflicts(), result.pushed(), result.dropped(),
                result.kept().stream().map(k -> new SyncReport.Kept(k.path(), k.copy())).toList());
    }
}
