package dev.carnet.vcs;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Where the work tree and main stand, for {@link BlogRepository#status()}: the author's content
 * only (see {@link BlogRepository#isContent}), and a stopped sync told apart from plain changes.
 */
final class StatusReader {
    private final Git git;
    private final Repository repository;

    StatusReader(Git git) {
        this.git = git;
        this.repository = git.getRepository();
    }

    RepoStatus status() {
        try {
            Status status = git.status().call();
            StoppedSync sync = stoppedSync(status).orElse(null);
            // During a stopped sync HEAD is detached on the replayed commits; Branches knows the branch being synced.
            String branch = Branches.currentOrHead(repository);
            BranchTrackingStatus tracking = BranchTrackingStatus.of(repository, branch);
            return new RepoStatus(branch, sync == null ? changes(status) : editsWhileStopped(status),
                    tracking == null ? null : Repository.shortenRefName(tracking.getRemoteTrackingBranch()),
                    tracking == null ? 0 : tracking.getAheadCount(), tracking == null ? 0 : tracking.getBehindCount(),
                    countCommits(), sync);
        } catch (IOException | GitAPIException e) {
            throw failure(Phrase.of("git.do.status"), e);
        }
    }

    Optional<StoppedSync> stoppedSync() {
        if (StoppedSync.of(repository.getWorkTree().toPath()).isEmpty()) {
            return Optional.empty();
        }
        try {
            return stoppedSync(git.status().call());
        } catch (GitAPIException e) {
            throw failure(Phrase.of("git.do.status"), e);
        }
    }

    private Optional<StoppedSync> stoppedSync(Status status) {
        Optional<StoppedSync> recorded = StoppedSync.of(repository.getWorkTree().toPath());
        if (recorded.isEmpty() || !recorded.get().conflicts().isEmpty()) {
            return recorded;
        }
        return Optional.of(new StoppedSync(new TreeSet<>(status.getConflicting()).stream().toList()));
    }

    /**
     * While a sync is stopped the index holds the replayed commit's own changes: only what the
     * author changed in the work tree since then is theirs to see.
     */
    private static List<FileChange> editsWhileStopped(Status status) {
        TreeMap<String, FileChange.Kind> byPath = new TreeMap<>();
        Set<String> conflicting = status.getConflicting();
        put(byPath, without(status.getUntracked(), conflicting), FileChange.Kind.NEW);
        put(byPath, without(status.getModified(), conflicting), FileChange.Kind.MODIFIED);
        put(byPath, without(status.getMissing(), conflicting), FileChange.Kind.DELETED);
        List<FileChange> changes = new ArrayList<>();
        byPath.forEach((path, kind) -> changes.add(new FileChange(path, kind)));
        return changes;
    }

    private static Set<String> without(Set<String> paths, Set<String> excluded) {
        Set<String> kept = new HashSet<>(paths);
        kept.removeAll(excluded);
        return kept;
    }

    private int countCommits() throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
            return 0;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(head));
            int count = 0;
            for (RevCommit ignored : walk) {
                count++;
            }
            return count;
        }
    }

    private static List<FileChange> changes(Status status) {
        TreeMap<String, FileChange.Kind> byPath = new TreeMap<>();
        put(byPath, status.getUntracked(), FileChange.Kind.NEW);
        put(byPath, status.getAdded(), FileChange.Kind.NEW);
        put(byPath, status.getModified(), FileChange.Kind.MODIFIED);
        put(byPath, status.getChanged(), FileChange.Kind.MODIFIED);
        put(byPath, status.getMissing(), FileChange.Kind.DELETED);
        put(byPath, status.getRemoved(), FileChange.Kind.DELETED);
        List<FileChange> changes = new ArrayList<>();
        byPath.forEach((path, kind) -> changes.add(new FileChange(path, kind)));
        return changes;
    }

    private static void put(TreeMap<String, FileChange.Kind> byPath, Set<String> paths, FileChange.Kind kind) {
        for (String path : paths) {
            if (BlogRepository.isContent(path) && !path.endsWith("/.gitkeep")) {
                byPath.putIfAbsent(path, kind);
            }
        }
    }

    private CarnetException failure(Phrase what, Exception e) {
        return GitFailure.of(repository, what, e);
    }
}
