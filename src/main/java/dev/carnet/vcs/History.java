package dev.carnet.vcs;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.FollowFilter;
import org.eclipse.jgit.revwalk.RenameCallback;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/** The blog's history, for {@link BlogRepository}: log, a file as it was, what a commit changed. */
final class History {
    private final Repository repository;

    History(Repository repository) {
        this.repository = repository;
    }

    /** The history of the blog, or of one file across its renames, newest first. */
    List<LogEntry> log(String path, int max, boolean patch) {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return List.of();
            }
            walk.markStart(walk.parseCommit(head));
            String[] current = {path};
            if (path != null) {
                FollowFilter follow = FollowFilter.create(path, repository.getConfig().get(DiffConfig.KEY));
                follow.setRenameCallback(new RenameCallback() {
                    @Override
                    public void renamed(DiffEntry entry) {
                        current[0] = entry.getOldPath();
                    }
                });
                walk.setTreeFilter(follow);
            }
            List<LogEntry> entries = new ArrayList<>();
            for (RevCommit commit : walk) {
                if (entries.size() >= max) {
                    break;
                }
                String at = path == null ? null : pathIn(commit, current[0], path);
                entries.add(new LogEntry(commit.getName(), when(commit), commit.getAuthorIdent().getName(),
                        commit.getFullMessage().strip(), at, patch ? patch(commit, path == null ? null : at) : null));
            }
            return entries;
        } catch (IOException e) {
            throw failure(Phrase.of("git.do.history"), e);
        }
    }

    /**
     * The file as it was in {@code revision} (a commit id or its start, HEAD~2, a tag...), found
     * under its name of that time even if it was renamed since.
     */
    FileVersion fileAt(String path, String revision) {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = commit(walk, path, revision);
            List<String> names = new ArrayList<>();
            names.add(path);
            log(path, Integer.MAX_VALUE, false).forEach(entry -> {
                if (entry.path() != null && !names.contains(entry.path())) {
                    names.add(entry.path());
                }
            });
            for (String name : names) {
                try (TreeWalk tree = TreeWalk.forPath(repository, name, commit.getTree())) {
                    if (tree != null) {
                        return new FileVersion(name, commit.getName(), when(commit), repository.open(tree.getObjectId(0)).getBytes());
                    }
                }
            }
            throw new CarnetException(Phrase.of("history.notYet", path, commit.abbreviate(7).name()));
        } catch (IOException e) {
            throw failure(Phrase.of("git.do.readAt", path, revision), e);
        }
    }

    /**
     * What {@code revision} changed in the file (under the name it had then, across renames), as a
     * unified diff; refuses a commit that did not change it.
     */
    String patch(String path, String revision) {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = commit(walk, path, revision);
            for (LogEntry entry : log(path, Integer.MAX_VALUE, false)) {
                if (entry.id().equals(commit.getName())) {
                    return patch(commit, entry.path());
                }
            }
            throw new CarnetException(Phrase.of("history.unchanged", commit.abbreviate(7).name(), path));
        } catch (IOException e) {
            throw failure(Phrase.of("git.do.readChanges", path, revision), e);
        }
    }

    private RevCommit commit(RevWalk walk, String path, String revision) throws IOException {
        ObjectId id;
        try {
            id = repository.resolve(revision);
        } catch (RevisionSyntaxException e) {
            id = null;
        }
        if (id == null) {
            throw new CarnetException(Phrase.of("history.noCommit", revision, path));
        }
        return walk.parseCommit(id);
    }

    /** The file's path in {@code commit}: its current name, or the older one a rename points to. */
    private String pathIn(RevCommit commit, String renamedFrom, String latest) throws IOException {
        try (TreeWalk tree = TreeWalk.forPath(repository, latest, commit.getTree())) {
            return tree != null ? latest : renamedFrom;
        }
    }

    private String patch(RevCommit commit, String path) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(out)) {
            formatter.setRepository(repository);
            formatter.setDetectRenames(true);
            if (path != null) {
                formatter.setPathFilter(PathFilter.create(path));
            }
            RevCommit parent = commit.getParentCount() > 0 ? commit.getParent(0) : null;
            if (parent != null) {
                try (RevWalk walk = new RevWalk(repository)) {
                    parent = walk.parseCommit(parent);
                }
            }
            formatter.format(parent == null ? null : parent.getTree(), commit.getTree());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The commit {@code ref} points at, if the ref exists (a branch, a remote-tracking branch). */
    Optional<LogEntry> tip(String ref) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = repository.resolve(ref);
            if (id == null) {
                return Optional.empty();
            }
            RevCommit commit = walk.parseCommit(id);
            return Optional.of(new LogEntry(commit.getName(), when(commit), commit.getAuthorIdent().getName(),
                    commit.getFullMessage().strip(), null, null));
        }
    }

    static OffsetDateTime when(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(author.getWhenAsInstant().getEpochSecond()), author.getZoneId());
    }

    private CarnetException failure(Phrase what, Exception e) {
        return GitFailure.of(repository, what, e);
    }
}
