package dev.carnet.vcs;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.ReflogEntry;
import org.eclipse.jgit.lib.ReflogReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PackParser;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes a built site as one commit on the pages branch without touching the work tree or the
 * index (like ghp-import): blobs through an {@link ObjectInserter}, the tree through an in-core
 * {@link DirCache}, the branch moved with the old id expected.
 */
final class PagesBranch {
    private final Repository repository;

    PagesBranch(Repository repository) {
        this.repository = repository;
    }

    PagesCommit write(String branch, Map<String, byte[]> files, String message, boolean keepHistory,
                      PersonIdent person, boolean dryRun) {
        String ref = Constants.R_HEADS + branch;
        try (ObjectInserter inserter = repository.newObjectInserter(); RevWalk walk = new RevWalk(repository)) {
            ObjectId old = repository.resolve(ref);
            ObjectId tree = tree(files, inserter, dryRun);
            RevCommit last = old == null ? null : walk.parseCommit(old);
            if (last != null && last.getTree().getId().equals(tree)) {
                return new PagesCommit(branch, old.getName(), old.getName(), false, files.size());
            }
            if (dryRun) {
                return new PagesCommit(branch, null, old == null ? null : old.getName(), true, files.size(),
                        PagesDiff.of(repository, last, files));
            }
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            if (keepHistory && old != null) {
                commit.setParentId(old);
            }
            commit.setAuthor(person);
            commit.setCommitter(person);
            commit.setMessage(message);
            commit.setEncoding(StandardCharsets.UTF_8);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            move(ref, old, id, !keepHistory);
            return new PagesCommit(branch, id.getName(), old == null ? null : old.getName(), true, files.size());
        } catch (IOException e) {
            throw new CarnetException(Phrase.of("pages.cannotWrite", branch, e.getMessage()), e);
        }
    }

    /** The file at {@code path} in the commit {@code ref} names, if both exist. */
    Optional<byte[]> file(String ref, String path) {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId tip = repository.resolve(ref);
            if (tip == null) {
                return Optional.empty();
            }
            try (TreeWalk tree = TreeWalk.forPath(repository, path, walk.parseCommit(tip).getTree())) {
                return tree == null ? Optional.empty() : Optional.of(repository.open(tree.getObjectId(0)).getBytes());
            }
        } catch (IOException e) {
            throw new CarnetException(Phrase.of("git.do.readAt", path, ref), e);
        }
    }

    /** Puts the branch back where it was (after a push the remote refused). */
    void restore(String branch, String current, String previous) {
        try {
            String ref = Constants.R_HEADS + branch;
            if (previous == null) {
                RefUpdate delete = repository.updateRef(ref);
                delete.setExpectedOldObjectId(ObjectId.fromString(current));
                delete.setForceUpdate(true);
                delete.delete();
            } else {
                move(ref, ObjectId.fromString(current), ObjectId.fromString(previous), true);
            }
        } catch (IOException e) {
            throw new CarnetException(Phrase.of("pages.cannotPutBack", branch, previous, e.getMessage()), e);
        }
    }

    /**
     * Whether every commit of the remote's pages branch at {@code tip} that the local branch lacks
     * was made by carnet: one this branch once pointed to (its reflog: a publish whose push was
     * later undone here), or one with carnet's own message. Such a branch is carnet's history to
     * continue, not someone else's work to protect.
     */
    boolean madeByCarnet(String branch, String tip, Predicate<String> carnetMessage) {
        String ref = Constants.R_HEADS + branch;
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = ObjectId.fromString(tip);
            if (!repository.getObjectDatabase().has(id)) {
                return false; // never seen here: nothing says who made it
            }
            Set<ObjectId> logged = new HashSet<>();
            ReflogReader reflog = repository.getRefDatabase().getReflogReader(ref);
            if (reflog != null) {
                for (ReflogEntry entry : reflog.getReverseEntries()) {
                    logged.add(entry.getNewId());
                }
            }
            walk.markStart(walk.parseCommit(id));
            ObjectId local = repository.resolve(ref);
            if (local != null) {
                walk.markUninteresting(walk.parseCommit(local));
            }
            for (RevCommit commit : walk) {
                if (!logged.contains(commit.getId()) && !carnetMessage.test(commit.getFullMessage().strip())) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Moves the local pages branch to {@code tip}, the remote's (checked by {@link #madeByCarnet}). */
    void adopt(String branch, String tip) {
        try {
            String ref = Constants.R_HEADS + branch;
            move(ref, repository.resolve(ref), ObjectId.fromString(tip), true);
        } catch (IOException e) {
            throw new CarnetException(Phrase.of("pages.cannotMove", branch, tip, e.getMessage()), e);
        }
    }

    private void move(String ref, ObjectId old, ObjectId id, boolean force) throws IOException {
        RefUpdate update = repository.updateRef(ref);
        update.setNewObjectId(id);
        update.setExpectedOldObjectId(old == null ? ObjectId.zeroId() : old);
        update.setForceUpdate(force);
        update.setRefLogMessage("carnet publish", false);
        RefUpdate.Result result = update.update();
        switch (result) {
            case NEW, FAST_FORWARD, FORCED, NO_CHANGE -> {
                // moved
            }
            default -> throw new CarnetException(Phrase.of("pages.notMoved", ref, result));
        }
    }

    private ObjectId tree(Map<String, byte[]> files, ObjectInserter inserter, boolean dryRun) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        // Git orders tree entries by the bytes of their paths.
        TreeMap<byte[], String> sorted = new TreeMap<>(Arrays::compareUnsigned);
        files.keySet().forEach(path -> sorted.put(path.getBytes(StandardCharsets.UTF_8), path));
        for (String path : sorted.values()) {
            byte[] content = files.get(path);
            DirCacheEntry entry = new DirCacheEntry(path);
            entry.setFileMode(FileMode.REGULAR_FILE);
            entry.setObjectId(dryRun ? inserter.idFor(Constants.OBJ_BLOB, content) : inserter.insert(Constants.OBJ_BLOB, content));
            entry.setLength(content.length);
            builder.add(entry);
        }
        builder.finish();
        if (dryRun) {
            return index.writeTree(new ObjectInserter.Formatter() {
                @Override
                public ObjectId insert(int type, long length, InputStream in) throws IOException {
                    return idFor(type, in.readAllBytes());
                }

                @Override
                public PackParser newPackParser(InputStream in) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public ObjectReader newReader() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            });
        }
        return index.writeTree(inserter);
    }

    static PersonIdent person(Identity who, Instant when, ZoneId zone) {
        return new PersonIdent(who.name(), who.email(), when, zone);
    }
}
