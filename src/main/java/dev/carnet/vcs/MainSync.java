package dev.carnet.vcs;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.model.ConflictMarkers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.RebaseCommand;
import org.eclipse.jgit.api.RebaseResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.FileUtils;

/**
 * Brings the author's branch (main, master: the one checked out) level with the remote's branch of
 * the same name without ever making a merge commit: fast-forward when only the remote moved,
 * rebase the local commits when both did. Before a rebase, the local branch is
 * saved as {@code refs/carnet/before-sync}, so no local commit can become unreachable.
 */
final class MainSync {
    static final String BACKUP = "refs/carnet/before-sync";

    private final Git git;
    private final Repository repository;

    MainSync(Git git) {
        this.git = git;
        this.repository = git.getRepository();
    }

    SyncResult sync(String remote, Transports transports) throws IOException, GitAPIException {
        if (repository.getRepositoryState() == RepositoryState.REBASING_MERGE
                || repository.getRepositoryState() == RepositoryState.REBASING_INTERACTIVE) {
            if (!interrupted()) {
                throw new CarnetException(Phrase.of("sync.stillOpen"));
            }
            // A sync killed half-way through its replay: undo it as --abort does, keeping what was
            // written since, then sync afresh.
            resume(true);
        }
        String branch = Branches.current(repository);
        StaleFetchLocks.clear(repository.getDirectory().toPath());
        transports.configure(git.fetch()).setRemote(remote).setProgressMonitor(transports.progress()).call();
        ObjectId local = repository.resolve(Constants.R_HEADS + branch);
        ObjectId upstream = repository.resolve(Constants.R_REMOTES + remote + "/" + branch);
        if (upstream == null || upstream.equals(local)) {
            return new SyncResult(upstream == null ? SyncResult.Outcome.PUSHED_ONLY : SyncResult.Outcome.UP_TO_DATE, 0, 0, List.of(), false);
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit mine = walk.parseCommit(local);
            RevCommit theirs = walk.parseCommit(upstream);
            int pulled = count(walk, theirs, mine);
            int ahead = count(walk, mine, theirs);
            if (walk.isMergedInto(theirs, mine)) {
                return new SyncResult(SyncResult.Outcome.PUSHED_ONLY, 0, ahead, List.of(), false);
            }
            if (ahead == 0) {
                git.merge().include(theirs).setFastForward(MergeCommand.FastForwardMode.FF_ONLY).setCommit(true).call();
                return new SyncResult(SyncResult.Outcome.FAST_FORWARD, pulled, 0, List.of(), false);
            }
            saveBackup(local);
            RebaseResult result = git.rebase().setUpstream(theirs).call();
            return after(result, pulled, ahead);
        }
    }

    /**
     * A sync killed as its replay ended can leave the branch moved and files of the work tree still
     * as they were before the sync: a note the remote changed then looks changed back, and the next
     * commit would have undone the remote's change (found by the crash suite). A content file whose
     * text is, byte for byte, its version in {@link #BACKUP} (the branch before that sync, kept in
     * the history) while the branch now holds another is put back to the branch's version.
     */
    void leftBehindByAKilledReplay() throws IOException, GitAPIException {
        ObjectId backup = repository.resolve(BACKUP);
        ObjectId head = repository.resolve(Constants.HEAD);
        if (backup == null || head == null || backup.equals(head)) {
            return;
        }
        // Only the files the branch changed since can be such leftovers: no status of the whole work tree.
        Path root = repository.getWorkTree().toPath();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(backup).getTree());
            tree.addTree(walk.parseCommit(head).getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                String path = tree.getPathString();
                Path file = root.resolve(path);
                if (!BlogRepository.isContent(path) || !Files.isRegularFile(file) || tree.getRawMode(0) == 0 || tree.getRawMode(1) == 0) {
                    continue;
                }
                ObjectId text = StoppedEdits.blobId(Files.readAllBytes(file));
                if (text.equals(tree.getObjectId(0)) && !text.equals(tree.getObjectId(1))) {
                    git.checkout().setStartPoint(Constants.HEAD).addPath(path).call();
                }
            }
        }
    }

    /**
     * A sync killed as JGit began or ended its replay leaves {@code .git/rebase-merge/} partly
     * written or partly deleted, with the branch checked out as before or after it: no replay to
     * undo (JGit could not even read one without the files saying where it started and onto what),
     * yet everything took the folder for a sync stopped on a conflict and the next sync refused to
     * run (found by the crash suite). Such a folder, carnet's sync's (its {@link #BACKUP} is there),
     * not stopped on a conflict (a stop is recorded), with the branch checked out, is deleted. A
     * whole one is a replay {@link #interrupted()}, undone by the next sync.
     *
     * @return whether there was one
     */
    boolean clearEndedReplay() throws IOException {
        Path rebase = repository.getDirectory().toPath().resolve(RebaseCommand.REBASE_MERGE);
        Ref head = repository.exactRef(Constants.HEAD);
        if (!Files.isDirectory(rebase) || Files.exists(rebase.resolve(StoppedSync.RECORD)) || repository.resolve(BACKUP) == null
                || head == null || !head.isSymbolic()) {
            return false;
        }
        if (interrupted() && Files.isRegularFile(rebase.resolve("head-name")) && Files.isRegularFile(rebase.resolve("onto"))) {
            return false;
        }
        FileUtils.delete(rebase.toFile(), FileUtils.RECURSIVE | FileUtils.RETRY);
        return true;
    }

    /**
     * Whether the rebase under way is a sync that was killed while it replayed: carnet's own (it
     * started from the commit carnet saved as {@link #BACKUP} just before), and not stopped on a
     * conflict (a stop is recorded, and is the author's to settle).
     */
    boolean interrupted() throws IOException {
        Path rebase = repository.getDirectory().toPath().resolve(RebaseCommand.REBASE_MERGE);
        Path started = rebase.resolve("orig-head");
        ObjectId backup = repository.resolve(BACKUP);
        return Files.isDirectory(rebase) && !Files.exists(rebase.resolve(StoppedSync.RECORD)) && backup != null
                && Files.isRegularFile(started) && Files.readString(started).strip().equals(backup.name());
    }

    SyncResult resume(boolean abort) throws IOException, GitAPIException {
        if (repository.getRepositoryState() != RepositoryState.REBASING_MERGE) {
            throw new CarnetException(Phrase.of(abort ? "sync.noneToAbort" : "sync.noneToContinue"));
        }
        if (abort) {
            // JGit's abort resets the work tree to main: read what the author wrote meanwhile first.
            StoppedEdits edits = StoppedEdits.read(git, true);
            String branch = Branches.current(repository);
            git.rebase().setOperation(RebaseCommand.Operation.ABORT).call();
            return new SyncResult(SyncResult.Outcome.ABORTED, 0, 0, List.of(), false, 0, edits.restore(Constants.R_HEADS + branch));
        }
        Set<String> conflicting = git.status().call().getConflicting();
        for (String path : conflicting) {
            Path file = repository.getWorkTree().toPath().resolve(path);
            int marker = Files.isRegularFile(file) ? ConflictMarkers.firstLine(Files.readString(file)) : 0;
            if (marker > 0) {
                throw new CarnetException(path, marker, Phrase.of("sync.markersLeft"), null);
            }
            git.add().addFilepattern(path).call();
            git.add().setUpdate(true).addFilepattern(path).call();
        }
        // Other files edited while stopped are no part of the commit being replayed: they go back to
        // what they were for the rebase's steps (a step would overwrite them), and are written again after.
        StoppedEdits edits = StoppedEdits.read(git, false);
        edits.undo();
        SyncResult after = null;
        List<SyncResult.Kept> kept = List.of();
        try {
            after = after(git.rebase().setOperation(RebaseCommand.Operation.CONTINUE).call(), 0, 0);
        } finally {
            kept = edits.restore(Constants.HEAD);
        }
        return after.outcome() == SyncResult.Outcome.CONFLICT ? new SyncResult(after.outcome(), 0, 0, after.conflicts(), false, after.dropped(), kept)
                : new SyncResult(SyncResult.Outcome.CONTINUED, 0, 0, List.of(), false, after.dropped(), kept);
    }

    private SyncResult after(RebaseResult result, int pulled, int replayed) throws IOException, GitAPIException {
        int dropped = 0;
        while (result.getStatus() == RebaseResult.Status.NOTHING_TO_COMMIT) {
            // The replayed commit became empty (the author kept the remote's version): drop it and go
            // on, as git rebase does. Skipping resets the work tree to HEAD, which the index already equals.
            dropped++;
            result = git.rebase().setOperation(RebaseCommand.Operation.SKIP).call();
        }
        switch (result.getStatus()) {
            case OK, FAST_FORWARD, UP_TO_DATE -> {
                return new SyncResult(SyncResult.Outcome.REBASED, pulled, replayed, List.of(), false, dropped, List.of());
            }
            case STOPPED -> {
                List<String> conflicts = new ArrayList<>(git.status().call().getConflicting());
                conflicts.sort(null);
                keepMine(result.getCurrentCommit(), conflicts);
                record(conflicts);
                return new SyncResult(SyncResult.Outcome.CONFLICT, pulled, replayed, conflicts, false, dropped, List.of());
            }
            case UNCOMMITTED_CHANGES, CONFLICTS -> throw new CarnetException(Phrase.of("sync.commitFirst"));
            default -> {
                git.rebase().setOperation(RebaseCommand.Operation.ABORT).call();
                throw new CarnetException(Phrase.of("sync.cannotReplay", result.getStatus(), BACKUP));
            }
        }
    }

    /**
     * Notes, next to git's rebase files (and removed with them), which files the sync stopped on
     * and their text then: {@link StoppedSync} names them, and an abort sees whether they were edited.
     */
    private void record(List<String> conflicts) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String path : conflicts) {
            Path file = repository.getWorkTree().toPath().resolve(path);
            ObjectId id = Files.isRegularFile(file) ? StoppedEdits.blobId(Files.readAllBytes(file)) : ObjectId.zeroId();
            lines.append(id.name()).append(' ').append(path).append('\n');
        }
        Path dir = repository.getDirectory().toPath().resolve("rebase-merge");
        if (Files.isDirectory(dir)) {
            Files.writeString(dir.resolve(StoppedSync.RECORD), lines, StandardCharsets.UTF_8);
        }
    }

    /** Next to each conflicting file, the author's own version as {@code .mine}: never lose their words. */
    private void keepMine(RevCommit mine, List<String> paths) throws IOException {
        if (mine == null) {
            return;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(mine);
            for (String path : paths) {
                try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
                    if (tree != null) {
                        Files.write(repository.getWorkTree().toPath().resolve(path + ".mine"),
                                repository.open(tree.getObjectId(0)).getBytes());
                    }
                }
            }
        }
    }

    private void saveBackup(ObjectId local) throws IOException {
        RefUpdate update = repository.updateRef(BACKUP);
        update.setNewObjectId(local);
        update.setForceUpdate(true);
        update.update();
    }

    private static int count(RevWalk walk, RevCommit from, RevCommit notIn) throws IOException {
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
        walk.markStart(from);
        walk.markUninteresting(notIn);
        int count = 0;
        for (RevCommit ignored : walk) {
            count++;
        }
        walk.reset();
        return count;
    }
}
