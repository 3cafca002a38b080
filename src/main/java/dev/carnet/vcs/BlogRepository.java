package dev.carnet.vcs;

import dev.carnet.config.TransportSettings;
import dev.carnet.error.CarnetException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.FollowFilter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The blog's git repository for everyday work: status, commit, history. Only the author's content
 * is ever staged: notes/, pages/, static/, templates/ and carnet.yml — never public/ or .carnet/.
 * Commits are never signed and run no hooks, whatever the user's git config says.
 */
public final class BlogRepository implements AutoCloseable {
    public static final List<String> CONTENT = List.of("notes", "pages", "static", "templates", "carnet.yml");

    private final Git git;
    private final Repository repository;

    private BlogRepository(Git git) {
        this.git = git;
        this.repository = git.getRepository();
    }

    public static BlogRepository open(Path root) {
        try {
            return new BlogRepository(Git.open(root.toFile()));
        } catch (RepositoryNotFoundException e) {
            throw new CarnetException(root + ": not a git repository (carnet init makes one; or run git init)");
        } catch (IOException e) {
            throw new CarnetException(root + ": cannot open the git repository (" + e.getMessage() + ")", e);
        }
    }

    public static boolean isContent(String path) {
        if (path.endsWith(".mine")) {
            return false; // the author's side of a sync conflict, kept next to the note: never committed
        }
        for (String area : CONTENT) {
            if (path.equals(area) || path.startsWith(area + "/")) {
                return true;
            }
        }
        return false;
    }

    public RepoStatus status() {
        try {
            String branch = repository.getBranch();
            BranchTrackingStatus tracking = BranchTrackingStatus.of(repository, branch);
            return new RepoStatus(branch, changes(git.status().call()),
                    tracking == null ? null : Repository.shortenRefName(tracking.getRemoteTrackingBranch()),
                    tracking == null ? 0 : tracking.getAheadCount(), tracking == null ? 0 : tracking.getBehindCount(),
                    countCommits());
        } catch (IOException | GitAPIException e) {
            throw failure("read the status", e);
        }
    }

    /**
     * Stages and commits {@code changes}, as {@link #status()} reported them (a second status would
     * walk the whole work tree again).
     */
    public CommitResult commit(String message, List<FileChange> changes, Identity fallback) {
        try {
            if (changes.isEmpty()) {
                return CommitResult.nothing();
            }
            AddCommand add = git.add();
            AddCommand update = git.add().setUpdate(true);
            for (FileChange change : changes) {
                add.addFilepattern(change.path());
                update.addFilepattern(change.path());
            }
            add.call();
            update.call();
            Identity who = identity(fallback);
            PersonIdent person = new PersonIdent(who.name(), who.email());
            CommitCommand commit = git.commit().setMessage(message).setAuthor(person).setCommitter(person)
                    .setSign(false).setNoVerify(true);
            for (FileChange change : changes) {
                commit.setOnly(change.path());
            }
            RevCommit created = commit.call();
            return new CommitResult(created.getName(), changes, who);
        } catch (GitAPIException e) {
            throw failure("commit", e);
        }
    }

    /** The history of the blog, or of one file across its renames, newest first. */
    public List<LogEntry> log(String path, int max, boolean patch) {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return List.of();
            }
            walk.markStart(walk.parseCommit(head));
            String[] current = {path};
            if (path != null) {
                FollowFilter follow = FollowFilter.create(path, repository.getConfig().get(DiffConfig.KEY));
                follow.setRenameCallback(new org.eclipse.jgit.revwalk.RenameCallback() {
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
            throw failure("read the history", e);
        }
    }

    /**
     * The file as it was in {@code revision} (a commit id or its start, HEAD~2, a tag...), found
     * under its name of that time even if it was renamed since.
     */
    public FileVersion fileAt(String path, String revision) {
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
                try (org.eclipse.jgit.treewalk.TreeWalk tree = org.eclipse.jgit.treewalk.TreeWalk.forPath(repository, name, commit.getTree())) {
                    if (tree != null) {
                        return new FileVersion(name, commit.getName(), when(commit), repository.open(tree.getObjectId(0)).getBytes());
                    }
                }
            }
            throw new CarnetException(path + " did not exist yet in " + commit.abbreviate(7).name()
                    + " (carnet log " + path + " lists its versions)");
        } catch (IOException e) {
            throw failure("read " + path + " at " + revision, e);
        }
    }

    /**
     * What {@code revision} changed in the file (under the name it had then, across renames), as a
     * unified diff; refuses a commit that did not change it.
     */
    public String patch(String path, String revision) {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = commit(walk, path, revision);
            for (LogEntry entry : log(path, Integer.MAX_VALUE, false)) {
                if (entry.id().equals(commit.getName())) {
                    return patch(commit, entry.path());
                }
            }
            throw new CarnetException(commit.abbreviate(7).name() + " did not change " + path
                    + " (carnet log " + path + " lists its commits)");
        } catch (IOException e) {
            throw failure("read the changes of " + path + " in " + revision, e);
        }
    }

    private RevCommit commit(RevWalk walk, String path, String revision) throws IOException {
        ObjectId id;
        try {
            id = repository.resolve(revision);
        } catch (org.eclipse.jgit.errors.RevisionSyntaxException e) {
            id = null;
        }
        if (id == null) {
            throw new CarnetException("no commit '" + revision + "' (carnet log " + path + " lists them)");
        }
        return walk.parseCommit(id);
    }

    /** The file's path in {@code commit}: its current name, or the older one a rename points to. */
    private String pathIn(RevCommit commit, String renamedFrom, String latest) throws IOException {
        try (org.eclipse.jgit.treewalk.TreeWalk tree = org.eclipse.jgit.treewalk.TreeWalk.forPath(repository, latest, commit.getTree())) {
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

    private static OffsetDateTime when(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(author.getWhenAsInstant().getEpochSecond()), author.getZoneId());
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
            if (isContent(path) && !path.endsWith("/.gitkeep")) {
                byPath.putIfAbsent(path, kind);
            }
        }
    }

    private Identity identity(Identity fallback) {
        return GitRepository.identity(repository, fallback);
    }

    /** Writes {@code files} as the pages branch's next commit (see {@link PagesBranch}). */
    public PagesCommit writePages(String branch, Map<String, byte[]> files, String message, boolean keepHistory,
                                  Identity fallback, Instant when, ZoneId zone, boolean dryRun) {
        return new PagesBranch(repository).write(branch, files, message, keepHistory,
                PagesBranch.person(identity(fallback), when, zone), dryRun);
    }

    public void restorePages(PagesCommit commit) {
        new PagesBranch(repository).restore(commit.branch(), commit.id(), commit.previous());
    }

    /** The newest commit of {@code branch}, if the branch exists (for the date of the last publish). */
    public Optional<LogEntry> lastCommit(String branch) {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = repository.resolve(Constants.R_HEADS + branch);
            if (id == null) {
                return Optional.empty();
            }
            RevCommit commit = walk.parseCommit(id);
            return Optional.of(new LogEntry(commit.getName(), when(commit), commit.getAuthorIdent().getName(),
                    commit.getFullMessage().strip(), null, null));
        } catch (IOException e) {
            throw failure("read branch " + branch, e);
        }
    }

    public boolean hasBranch(String branch) {
        try {
            return repository.resolve(Constants.R_HEADS + branch) != null;
        } catch (IOException e) {
            throw failure("read branch " + branch, e);
        }
    }

    public Optional<String> remoteUrl(String remote) {
        String url = repository.getConfig().getString("remote", remote, "url");
        return Optional.ofNullable(url);
    }

    /** Points {@code remote} at {@code url}, adding it when missing. */
    public void setRemote(String remote, String url) {
        try {
            if (remoteUrl(remote).isPresent()) {
                git.remoteSetUrl().setRemoteName(remote).setRemoteUri(new URIish(url)).call();
            } else {
                git.remoteAdd().setName(remote).setUri(new URIish(url)).call();
            }
            // main follows the remote's main, so status can count commits not pushed and not pulled.
            var config = repository.getConfig();
            config.setString("branch", GitRepository.MAIN_BRANCH, "remote", remote);
            config.setString("branch", GitRepository.MAIN_BRANCH, "merge", Constants.R_HEADS + GitRepository.MAIN_BRANCH);
            config.save();
        } catch (URISyntaxException e) {
            throw new CarnetException("'" + Remotes.masked(url) + "' is not a git address (e.g. git@github.com:you/blog.git"
                    + " or https://codeberg.org/you/blog.git)");
        } catch (GitAPIException | IOException e) {
            throw failure("set remote " + remote, e);
        }
    }

    /**
     * Pushes the branches to {@code remote} and reports, branch by branch, what the remote said.
     * {@code force} branches replace the remote's (the pages branch with history: single).
     */
    public PushResult push(String remote, List<String> branches, Set<String> force, TransportSettings transport) {
        List<RefSpec> specs = new ArrayList<>();
        for (String branch : branches) {
            String ref = Constants.R_HEADS + branch;
            specs.add(new RefSpec((force.contains(branch) ? "+" : "") + ref + ":" + ref));
        }
        String url = remoteUrl(remote).orElse(remote);
        try (Transports transports = new Transports(transport)) {
            return transports.run(remote, url, () -> {
                try {
                    Iterable<org.eclipse.jgit.transport.PushResult> results = transports.configure(git.push())
                            .setRemote(remote).setRefSpecs(specs).setProgressMonitor(transports.progress()).call();
                    List<PushResult.RefResult> refs = new ArrayList<>();
                    for (org.eclipse.jgit.transport.PushResult result : results) {
                        for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                            refs.add(new PushResult.RefResult(Repository.shortenRefName(update.getRemoteName()),
                                    status(update.getStatus()), update.getMessage()));
                        }
                    }
                    return new PushResult(remote, refs);
                } catch (TransportException e) {
                    throw new IllegalStateException(e);
                } catch (GitAPIException e) {
                    throw failure("push to " + remote, e);
                }
            });
        }
    }

    /** Fetches, then fast-forwards or rebases main onto the remote's; see {@link MainSync}. */
    public SyncResult sync(String remote, TransportSettings transport) {
        String url = remoteUrl(remote).orElse(remote);
        try (Transports transports = new Transports(transport)) {
            return transports.run(remote, url, () -> {
                try {
                    return new MainSync(git).sync(remote, transports);
                } catch (TransportException e) {
                    throw new IllegalStateException(e);
                } catch (IOException | GitAPIException e) {
                    throw failure("sync with " + remote, e);
                }
            });
        }
    }

    /** Continues ({@code abort} false) or abandons a sync stopped on a conflict. */
    public SyncResult resumeSync(boolean abort) {
        try {
            return new MainSync(git).resume(abort);
        } catch (IOException | GitAPIException e) {
            throw failure((abort ? "abort" : "continue") + " the sync", e);
        }
    }

    private static PushResult.Status status(RemoteRefUpdate.Status status) {
        return switch (status) {
            case OK -> PushResult.Status.OK;
            case UP_TO_DATE -> PushResult.Status.UP_TO_DATE;
            case REJECTED_NONFASTFORWARD -> PushResult.Status.REJECTED_NON_FAST_FORWARD;
            case REJECTED_REMOTE_CHANGED -> PushResult.Status.REJECTED_REMOTE_CHANGED;
            default -> PushResult.Status.REJECTED_OTHER;
        };
    }

    private CarnetException failure(String what, Exception e) {
        return new CarnetException("git: cannot " + what + " in " + repository.getWorkTree() + " (" + e.getMessage() + ")", e);
    }

    @Override
    public void close() {
        git.close();
    }
}
