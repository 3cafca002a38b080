package dev.carnet.vcs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * What the author changed while a sync was stopped, kept across the rebase operations that would
 * overwrite it: JGit's abort resets the work tree to main, and its skip (for a replayed commit that
 * became empty) to HEAD, both without asking. Each edit is read before, then written back after:
 * in place when the file still is what the author started from, else next to it as
 * {@code FILE.mine} (never over the file, so the author's words and the sync's never mix unseen).
 */
final class StoppedEdits {
    /** A file's text as the author left it, and the blob they started from (null: the file was new). */
    private record Edit(String path, byte[] content, ObjectId startedFrom) {
    }

    private final Repository repository;
    private final List<Edit> edits;

    private StoppedEdits(Repository repository, List<Edit> edits) {
        this.repository = repository;
        this.edits = edits;
    }

    /**
     * Reads the edits now. Files of the author's content changed in the work tree since the sync
     * stopped, and, when {@code withConflicts}, the conflicted files changed since carnet recorded
     * them (all of them when it recorded nothing).
     */
    static StoppedEdits read(Git git, boolean withConflicts) throws IOException, GitAPIException {
        Repository repository = git.getRepository();
        Status status = git.status().call();
        Set<String> conflicting = status.getConflicting();
        Set<String> changed = new TreeSet<>(status.getModified());
        changed.addAll(status.getUntracked());
        changed.removeAll(conflicting);
        List<Edit> edits = new ArrayList<>();
        DirCache index = repository.readDirCache();
        Path root = repository.getWorkTree().toPath();
        ObjectId onto = onto(repository);
        for (String path : changed) {
            Path file = root.resolve(path);
            if (BlogRepository.isContent(path) && Files.isRegularFile(file)) {
                byte[] content = Files.readAllBytes(file);
                if (onto != null && blobId(content).equals(blobAt(repository, onto, path))) {
                    // The remote's very version, which a replay step killed half-way through writing
                    // the work tree left there: in the remote's history, not words of the author's.
                    continue;
                }
                DirCacheEntry entry = index.getEntry(path);
                edits.add(new Edit(path, content, entry == null ? null : entry.getObjectId()));
            }
        }
        if (withConflicts) {
            Map<String, String> recorded = new HashMap<>();
            StoppedSync.recorded(repository.getDirectory().toPath().resolve("rebase-merge"))
                    .forEach(line -> recorded.put(line[1], line[0]));
            for (String path : new TreeSet<>(conflicting)) {
                Path file = root.resolve(path);
                if (Files.isRegularFile(file)) {
                    byte[] content = Files.readAllBytes(file);
                    if (!blobId(content).name().equals(recorded.get(path))) {
                        // Whatever the file is now, it is not what main will hold: always set aside.
                        edits.add(new Edit(path, content, ObjectId.zeroId()));
                    }
                }
            }
        }
        return new StoppedEdits(repository, edits);
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    /** Puts the edited tracked files back to what they were when the sync stopped (before a continue). */
    void undo() throws IOException {
        for (Edit edit : edits) {
            if (edit.startedFrom() != null && !edit.startedFrom().equals(ObjectId.zeroId())) {
                write(edit.path(), repository.open(edit.startedFrom()).getBytes());
            }
        }
    }

    /**
     * Writes the edits back after the rebase operation: in place where the file is again what the
     * author started from (in the commit {@code now}), else as {@code FILE.mine}.
     */
    List<SyncResult.Kept> restore(String now) throws IOException {
        List<SyncResult.Kept> kept = new ArrayList<>();
        ObjectId commit = repository.resolve(now);
        for (Edit edit : edits) {
            ObjectId there = commit == null ? null : blobAt(commit, edit.path());
            if (there == null && edit.startedFrom() == null) {
                continue; // a new file, in no tree: git left it alone, nothing to say
            }
            if (there != null && there.equals(blobId(edit.content()))) {
                // The file is already these very words (a sync killed half-way left the replayed
                // commit's version in the work tree, which main also holds): nothing to set aside.
                continue;
            }
            if (Objects.equals(there, edit.startedFrom())) {
                write(edit.path(), edit.content());
                kept.add(new SyncResult.Kept(edit.path(), edit.path()));
            } else {
                write(edit.path() + ".mine", edit.content());
                kept.add(new SyncResult.Kept(edit.path(), edit.path() + ".mine"));
            }
        }
        return kept;
    }

    /** The commit the rebase under way replays onto (the remote's), or null. */
    private static ObjectId onto(Repository repository) {
        Path file = repository.getDirectory().toPath().resolve("rebase-merge/onto");
        try {
            return Files.isRegularFile(file) ? ObjectId.fromString(Files.readString(file).strip()) : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private ObjectId blobAt(ObjectId commitId, String path) throws IOException {
        return blobAt(repository, commitId, path);
    }

    static ObjectId blobAt(Repository repository, ObjectId commitId, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(commitId);
            try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
                return tree == null ? null : tree.getObjectId(0);
            }
        }
    }

    /** Through a temporary file renamed over the target: a crash leaves the old text or the new. */
    private void write(String path, byte[] content) throws IOException {
        Path file = repository.getWorkTree().toPath().resolve(path);
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, content);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static ObjectId blobId(byte[] content) {
        try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
            return formatter.idFor(Constants.OBJ_BLOB, content);
        }
    }
}
