package dev.carnet.vcs;

import dev.carnet.config.TransportSettings;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/**
 * The blog's git repository for everyday work: status, commit, history. Only the author's content
 * is ever staged: notes/, pages/, comments/, static/, templates/, carnet.yml and redirects.yml —
 * never public/ or .carnet/.
 * Commits are never signed and run no hooks, whatever the user's git config says.
 */
public final class BlogRepository implements AutoCloseable {
    public static final List<String> CONTENT = List.of("notes", "pages", "comments", "static", "templates", "carnet.yml", "redirects.yml");

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
            throw new CarnetException(root.toString(), 0, Phrase.of("git.notRepository"), null);
        } catch (IOException e) {
            throw new CarnetException(root.toString(), 0, Phrase.of("git.cannotOpen", e.getMessage()), e);
        }
    }

    public static boolean isContent(String path) {
        if (path.endsWith(".mine") || isLeftover(path.substring(path.lastIndexOf('/') + 1))) {
            return false; // a .mine copy (the author's side of a sync conflict) or an editor's leftover: never committed
        }
        for (String area : CONTENT) {
            if (path.equals(area) || path.startsWith(area + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Files editors and carnet leave beside a note while it is open or after a crash: nano's
     * {@code .save}, vim's {@code .swp}/{@code .swo}, backups ending in {@code ~}, emacs locks
     * {@code .#x}, and carnet's own hidden {@code .x.md.123.tmp} before the rename. Never the author's text.
     */
    static boolean isLeftover(String name) {
        return name.endsWith(".save") || name.endsWith(".swp") || name.endsWith(".swo") || name.endsWith("~")
                || name.startsWith(".#") || (name.startsWith(".") && name.endsWith(".tmp"));
    }

    public RepoStatus status() {
        return new StatusReader(git).status();
    }

    /** The sync stopped on a conflict, if one is; its notes as carnet recorded them, else as git's index has them. */
    public Optional<StoppedSync> stoppedSync() {
        return new StatusReader(git).stoppedSync();
    }

    /**
     * Stages and commits {@code changes}, as {@link #status()} reported them (a second status would
     * walk the whole work tree again).
     */
    public CommitResult commit(String message, List<FileChange> changes, Identity fallback) {
        IndexLock.Held<CommitResult> held = indexLock().around(() -> {
            try {
                return Committer.commit(git, message, changes, fallback);
            } catch (GitAPIException | JGitInternalException e) {
                throw failure(Phrase.of("git.do.commit"), e);
            }
        });
        return held.value().withLockNotice(held.notice());
    }

    /** The history of the blog, or of one file across its renames, newest first. */
    public List<LogEntry> log(String path, int max, boolean patch) {
        return new History(repository).log(path, max, patch);
    }

    /** See {@link History#fileAt}. */
    public FileVersion fileAt(String path, String revision) {
        return new History(repository).fileAt(path, revision);
    }

    /** See {@link History#patch(String, String)}. */
    public String patch(String path, String revision) {
        return new History(repository).patch(path, revision);
    }

    private Identity identity(Identity fallback) {
        return GitRepository.identity(repository, fallback);
    }

    /** Who carnet's commits are by: git's user.name and user.email, else {@code fallback}'s. */
    public Identity committer(Identity fallback) {
        return identity(fallback);
    }

    /** Whether git's config names who commits (user.name and user.email); else carnet's fallback is used. */
    public boolean hasIdentity() {
        return GitRepository.hasIdentity(repository);
    }

    /** Writes {@code files} as the pages branch's next commit (see {@link PagesBranch}). */
    public PagesCommit writePages(String branch, Map<String, byte[]> files, String message, boolean keepHistory,
                                  Identity fallback, Instant when, ZoneId zone, boolean dryRun) {
        return new PagesBranch(repository).write(branch, files, message, keepHistory,
                PagesBranch.person(identity(fallback), when, zone), dryRun);
    }

    /**
     * The file at {@code path} of the site last published on {@code branch}: the local branch's,
     * then {@code remote}'s as last fetched (published from another clone), those that exist.
     */
    public List<byte[]> publishedFiles(String branch, String remote, String path) {
        PagesBranch pages = new PagesBranch(repository);
        List<byte[]> found = new ArrayList<>(2);
        pages.file(Constants.R_HEADS + branch, path).ifPresent(found::add);
        pages.file(Constants.R_REMOTES + remote + "/" + branch, path).ifPresent(found::add);
        return found;
    }

    public void restorePages(PagesCommit commit) {
        new PagesBranch(repository).restore(commit.branch(), commit.id(), commit.previous());
    }

    /** See {@link PagesBranch#madeByCarnet}. */
    public boolean pagesMadeByCarnet(String branch, String tip, Predicate<String> carnetMessage) {
        return new PagesBranch(repository).madeByCarnet(branch, tip, carnetMessage);
    }

    /** Moves the local pages branch to the remote's {@code tip}, carnet's own (see {@link #pagesMadeByCarnet}). */
    public void adoptPages(String branch, String tip) {
        new PagesBranch(repository).adopt(branch, tip);
    }

    /**
     * The commit of {@code branch} that {@code remote} had when carnet last pushed or fetched it
     * (its remote-tracking branch), if any: what readers see, unlike the local branch.
     */
    public Optional<LogEntry> lastPushed(String remote, String branch) {
        return commitOf(Constants.R_REMOTES + remote + "/" + branch);
    }

    /** The newest commit of {@code branch}, if the branch exists (for the date of the last publish). */
    public Optional<LogEntry> lastCommit(String branch) {
        return commitOf(Constants.R_HEADS + branch);
    }

    private Optional<LogEntry> commitOf(String ref) {
        try {
            return new History(repository).tip(ref);
        } catch (IOException e) {
            throw failure(Phrase.of("git.do.read", Repository.shortenRefName(ref)), e);
        }
    }

    /** The branch the author writes on (main, master, ...): the one checked out. */
    public String currentBranch() {
        try {
            return Branches.current(repository);
        } catch (IOException e) {
            throw new CarnetException(Phrase.of("git.cannotReadBranch", e.getMessage()), e);
        }
    }

    public boolean hasBranch(String branch) {
        try {
            return repository.resolve(Constants.R_HEADS + branch) != null;
        } catch (IOException e) {
            throw failure(Phrase.of("git.do.readBranch", branch), e);
        }
    }

    public Optional<String> remoteUrl(String remote) {
        String url = repository.getConfig().getString("remote", remote, "url");
        return Optional.ofNullable(url);
    }

    /** Points {@code remote} at {@code url}, adding it when missing. */
    public void setRemote(String remote, String url) {
        try {
            RemoteConfig.set(git, remote, url);
        } catch (URISyntaxException e) {
            throw new CarnetException(Phrase.of("git.notAnAddress", Remotes.masked(url)));
        } catch (GitAPIException | IOException e) {
            throw failure(Phrase.of("git.do.setRemote", remote), e);
        }
    }

    /**
     * Pushes the branches to {@code remote}, all or none (see {@link RemotePush}), and reports,
     * branch by branch, what the remote said. {@code force} branches replace the remote's (the
     * pages branch with history: single).
     */
    public PushResult push(String remote, List<String> branches, Set<String> force, TransportSettings transport) {
        String url = remoteUrl(remote).orElse(remote);
        LocalRemoteLeftovers.clear(url, git.getRepository().getWorkTree().toPath());
        try (Transports transports = new Transports(transport)) {
            return transports.run(remote, url, () -> new RemotePush(git, transports, remote).push(branches, force));
        }
    }

    /**
     * Puts back to the branch's version the notes a sync killed as its replay ended left as they
     * were before it (see {@code MainSync}): before a sync looks for uncommitted changes.
     */
    public void settleKilledReplay(String remote) {
        try {
            new MainSync(git).leftBehindByAKilledReplay();
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw failure(Phrase.of("git.do.sync", remote), e);
        }
    }

    /** Fetches, then fast-forwards or rebases main onto the remote's; see {@link MainSync}. */
    public SyncResult sync(String remote, TransportSettings transport) {
        String url = remoteUrl(remote).orElse(remote);
        LocalRemoteLeftovers.clear(url, git.getRepository().getWorkTree().toPath());
        try (Transports transports = new Transports(transport)) {
            return transports.run(remote, url, () -> indexLock().around(() -> {
                try {
                    return new MainSync(git).sync(remote, transports);
                } catch (TransportException e) {
                    throw new IllegalStateException(e);
                } catch (IOException | GitAPIException | JGitInternalException e) {
                    throw failure(Phrase.of("git.do.sync", remote), e);
                }
            }).value());
        }
    }

    /** Deletes what a sync killed as its replay began or ended left of it; see {@link MainSync#clearEndedReplay()}. */
    public void clearEndedSync(String remote) {
        try {
            new MainSync(git).clearEndedReplay();
        } catch (IOException e) {
            throw failure(Phrase.of("git.do.sync", remote), e);
        }
    }

    /** A sync killed while it replayed commits, which the next sync undoes and does again; see {@link MainSync#interrupted()}. */
    public boolean interruptedSync() {
        try {
            return new MainSync(git).interrupted();
        } catch (IOException e) {
            return false;
        }
    }

    /** Continues ({@code abort} false) or abandons a sync stopped on a conflict. */
    public SyncResult resumeSync(boolean abort) {
        return indexLock().around(() -> {
            try {
                return new MainSync(git).resume(abort);
            } catch (IOException | GitAPIException | JGitInternalException e) {
                throw failure(Phrase.of(abort ? "git.do.abort" : "git.do.continue"), e);
            }
        }).value();
    }

    private CarnetException failure(Phrase what, Exception e) {
        return GitFailure.of(repository, what, e);
    }

    /** Every step that writes git's index: a killed carnet's stale {@code index.lock} is cleared first. */
    private IndexLock indexLock() {
        return new IndexLock(repository.getDirectory().toPath(), repository.getWorkTree().toPath());
    }

    @Override
    public void close() {
        git.close();
    }
}
