package dev.carnet.service;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.model.Note;
import dev.carnet.store.AtomicFiles;
import dev.carnet.store.Blog;
import dev.carnet.store.NoteStore;
import dev.carnet.store.WriterLock;
import dev.carnet.vcs.BlogRepository;
import dev.carnet.vcs.CommitResult;
import dev.carnet.vcs.FileVersion;
import dev.carnet.vcs.FileChange;
import dev.carnet.vcs.GitShutdown;
import dev.carnet.vcs.Identity;
import dev.carnet.vcs.LogEntry;
import dev.carnet.vcs.Remotes;
import dev.carnet.vcs.StoppedSync;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The blog's history for the front ends: what changed, commit it, look back. */
public final class GitService {
    private final Blog blog;
    private final NoteStore store;

    /** At the program's start: a signal that stops carnet leaves git's locks to the next run (see {@code GitShutdown}). */
    public static void atProgramStart() {
        GitShutdown.leaveLocksToTheNextRun();
    }

    public GitService(Blog blog) {
        this.blog = blog;
        this.store = new NoteStore(blog);
    }

    /** The branch the notes are on (main, master, ...), even while a sync is stopped. */
    public String branch() {
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            return repository.currentBranch();
        }
    }

    public BlogStatus status() {
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            return VcsValues.status(repository.status());
        }
    }

    /** Changes, commits not pushed or pulled, last publish, a stopped sync: what a status line shows. */
    public GitSummary summary() {
        return summary(null);
    }

    /** The same, from a status already read ({@link #status()} walks the whole work tree). */
    public GitSummary summary(BlogStatus known) {
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            BlogStatus status = known != null ? known : VcsValues.status(repository.status());
            var publish = blog.config().publish();
            String remote = publish.remote();
            Optional<String> url = repository.remoteUrl(remote).map(Remotes::masked);
            Optional<LogEntry> built = repository.lastCommit(publish.branch());
            Optional<LogEntry> pushed = repository.lastPushed(remote, publish.branch());
            return new GitSummary(status.changes().stream().map(ChangedFile::path).collect(Collectors.toSet()),
                    status.upstream(), status.ahead(), status.behind(), pushed.map(e -> local(e.when())).orElse(null),
                    url.isPresent() ? remote : null, url.orElse(null),
                    status.sync() == null ? List.of() : status.sync().conflicts(), status.sync() != null,
                    built.map(e -> local(e.when())).orElse(null),
                    built.isPresent() && !built.get().id().equals(pushed.map(LogEntry::id).orElse(null)));
        }
    }

    /**
     * The sync stopped on a conflict, if one is. Cheap when none is (a folder looked up, JGit not
     * loaded): tag, edit and the other quick commands ask it every time.
     */
    public Optional<SyncState> syncInProgress() {
        if (StoppedSync.of(blog.root()).isEmpty()) {
            return Optional.empty();
        }
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            return repository.stoppedSync().map(s -> new SyncState(s.conflicts()));
        }
    }

    /** The last publish: the newest commit of the pages branch. */
    public Optional<HistoryEntry> lastPublish() {
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            return repository.lastCommit(blog.config().publish().branch()).map(this::local);
        }
    }

    /** Commit times in the blog's time zone ({@code timezone}), as every other date carnet shows. */
    private OffsetDateTime local(OffsetDateTime when) {
        return when.atZoneSameInstant(blog.config().timezone()).toOffsetDateTime();
    }

    private HistoryEntry local(LogEntry e) {
        return new HistoryEntry(e.id(), local(e.when()), e.author(), e.message(), e.path(), e.patch());
    }

    /** The changes with note titles, notes first. */
    public List<ChangeView> changes(BlogStatus status) {
        List<ChangeView> views = new ArrayList<>();
        for (ChangedFile change : status.changes()) {
            boolean isNote = change.path().startsWith("notes/") && change.path().endsWith(".md");
            views.add(new ChangeView(change.path(), change.kind(), isNote ? title(change) : null, isNote));
        }
        views.sort((a, b) -> Boolean.compare(b.note(), a.note()));
        return views;
    }

    /** Commits every change of the author's content; empty when there was nothing to commit. */
    public Optional<Committed> commitAll(String message) {
        CommitReport result = commit(message, List.of());
        return result.nothingToCommit() ? Optional.empty() : Optional.of(new Committed(result.shortId(), result.files(), result.lockNotice()));
    }

    /** The message carnet commit would write for what changed now; empty when nothing changed. */
    public Optional<String> proposedMessage() {
        List<ChangeView> changes = changes(status());
        return changes.isEmpty() ? Optional.empty() : Optional.of(describe(changes));
    }

    /**
     * Commits the given blog-relative paths (every change of the author's content when empty),
     * with {@code message} or one written from what changed.
     */
    public CommitReport commit(String message, List<String> paths) {
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            BlogStatus status = VcsValues.status(repository.status());
            if (status.sync() != null) {
                // A commit now would land in the middle of the replayed ones, on no branch.
                throw new CarnetException(Phrase.of("commit.syncStopped", status.sync().where()));
            }
            Set<String> wanted = Set.copyOf(paths); // an import commits thousands of files: no list scans
            List<ChangeView> selected = changes(status).stream()
                    .filter(c -> wanted.isEmpty() || wanted.contains(c.path()))
                    .toList();
            if (selected.isEmpty()) {
                return new CommitReport(null, 0, null);
            }
            String text = message != null && !message.isBlank() ? message.strip() : describe(selected);
            var author = blog.config().author();
            Identity fallback = CommitIdentity.fallback(author.name(), author.email());
            CommitResult result = repository.commit(text,
                    selected.stream().map(c -> new FileChange(c.path(), VcsValues.kind(c.kind()))).toList(), fallback);
            return new CommitReport(result.id(), result.committed().size(),
                    IdentityNotice.of(result.fallbackAuthor(), result.author()).orElse(null), result.lockNotice());
        }
    }

    public List<HistoryEntry> log(String path, int max, boolean patch) {
        if (max < 1) {
            throw new CarnetException(Phrase.of("log.count"));
        }
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            return repository.log(path, max, patch).stream().map(this::local).toList();
        }
    }

    /**
     * Brings back the note as it was in {@code revision}, as a change to commit: history is never
     * rewritten. Refuses when the note has changes not committed (they would be lost).
     */
    public RestoredVersion restore(String path, String revision) {
        // Under the writer lock: a save between the check and the write would be overwritten.
        return WriterLock.aroundWrites(blog.root(), () -> restoreAlone(path, revision));
    }

    private RestoredVersion restoreAlone(String path, String revision) {
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            if (repository.status().changes().stream().anyMatch(c -> c.path().equals(path))) {
                throw new CarnetException(Phrase.of("restore.uncommitted", path));
            }
            FileVersion version = repository.fileAt(path, revision);
            AtomicFiles.write(blog.resolve(path), version.content());
            return new RestoredVersion(version.path(), version.commit(), local(version.when()));
        }
    }

    /** The note's commits, newest first (at most {@code max}), following its renames. */
    public List<NoteRevision> revisions(String path, int max) {
        return log(path, max, false).stream()
                .map(e -> new NoteRevision(e.id(), e.when(), e.author(), e.message().lines().findFirst().orElse(""), e.path()))
                .toList();
    }

    /**
     * What commit {@code revision} changed in the note, as diff lines to show: the hunks
     * ({@code @@ ... @@}, then lines starting with {@code +}, {@code -} or a space), without git's
     * file headers.
     */
    public List<String> diff(String path, String revision) {
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            return diffLines(repository.patch(path, revision));
        }
    }

    /** A unified diff without the header lines naming files and blobs, which say nothing to an author. */
    static List<String> diffLines(String patch) {
        return patch.lines()
                .filter(l -> !l.startsWith("diff --git") && !l.startsWith("index ") && !l.startsWith("--- ")
                        && !l.startsWith("+++ ") && !l.startsWith("new file mode") && !l.startsWith("deleted file mode"))
                .toList();
    }

    /** {@code Notes de juin 2024: edit; new: Notes de juillet 2024; pages: about.md; settings}. */
    static String describe(List<ChangeView> changes) {
        List<String> parts = new ArrayList<>();
        changes.stream().filter(c -> c.note() && c.kind() == ChangeKind.MODIFIED)
                .forEach(c -> parts.add(c.label() + ": edit"));
        add(parts, "new", changes, c -> c.note() && c.kind() == ChangeKind.NEW, ChangeView::label);
        add(parts, "delete", changes, c -> c.note() && c.kind() == ChangeKind.DELETED, ChangeView::label);
        add(parts, "pages", changes, c -> c.path().startsWith("pages/"), c -> c.path().substring("pages/".length()));
        add(parts, "comments", changes, c -> c.path().startsWith("comments/"), c -> c.path().substring("comments/".length()));
        add(parts, "static", changes, c -> c.path().startsWith("static/"), c -> c.path().substring("static/".length()));
        add(parts, "templates", changes, c -> c.path().startsWith("templates/"), c -> c.path().substring("templates/".length()));
        if (changes.stream().anyMatch(c -> c.path().equals("carnet.yml"))) {
            parts.add("settings");
        }
        if (changes.stream().anyMatch(c -> c.path().equals("redirects.yml"))) {
            parts.add("redirects");
        }
        return String.join("; ", parts);
    }

    private static void add(List<String> parts, String label, List<ChangeView> changes,
                            Predicate<ChangeView> which, Function<ChangeView, String> name) {
        String names = changes.stream().filter(which).map(name).collect(Collectors.joining(", "));
        if (!names.isEmpty()) {
            parts.add(label + ": " + names);
        }
    }

    private String title(ChangedFile change) {
        if (change.kind() == ChangeKind.DELETED) {
            return null;
        }
        try {
            Note note = store.read(change.path());
            return note.title();
        } catch (CarnetException e) {
            return null; // a note being written may not parse yet: show its path
        }
    }
}
