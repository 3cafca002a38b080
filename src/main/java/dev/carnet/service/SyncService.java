package dev.carnet.service;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.store.Blog;
import dev.carnet.store.WriterLock;
import dev.carnet.vcs.BlogRepository;
import dev.carnet.vcs.FileChange;
import dev.carnet.vcs.PushResult;
import dev.carnet.vcs.SyncResult;
import dev.carnet.config.TransportSettings;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code carnet sync}: the remote's commits in, the author's commits out, never a merge commit. */
public final class SyncService {
    private final Blog blog;
    private final TransportSettings transport;

    public SyncService(Blog blog, TransportSettings transport) {
        this.blog = blog;
        this.transport = transport;
    }

    public enum Step { SYNC, CONTINUE, ABORT }

    /** Syncs and says what happened in one line; a conflict is an error saying what to do. */
    public Phrase syncInOneLine() {
        SyncReport result = sync(Step.SYNC);
        return switch (result.outcome()) {
            case UP_TO_DATE -> Phrase.of("outcome.sync.upToDate");
            case FAST_FORWARD -> Phrase.of("outcome.sync.pulled", result.pulled());
            case PUSHED_ONLY -> Phrase.of("outcome.sync.pushed");
            case REBASED -> Phrase.of("outcome.sync.rebased", result.pulled(), result.replayed());
            case CONFLICT -> throw new CarnetException(Phrase.of("sync.conflictInUi", String.join(", ", result.conflicts())));
            default -> Phrase.of("raw", result.outcome().toString().toLowerCase(Locale.ROOT));
        };
    }

    /**
     * Under the blog's remote lock (another publish or sync waits its turn); the step that changes
     * the work tree also under its writer lock, so that a note saved meanwhile from a text UI or a
     * {@code carnet tag} in another shell is written before or after the replay, never inside it.
     */
    public SyncReport sync(Step step) {
        return WriterLock.aroundRemote(blog.root(), () -> syncAlone(step));
    }

    private SyncReport syncAlone(Step step) {
        String remote = blog.config().publish().remote();
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            if (repository.remoteUrl(remote).isEmpty()) {
                throw new CarnetException(Phrase.of("sync.noRemote", remote));
            }
            SyncResult result = WriterLock.aroundWrites(blog.root(), () -> switch (step) {
                case SYNC -> {
                    repository.clearEndedSync(remote);
                    boolean interrupted = repository.interruptedSync();
                    if (repository.stoppedSync().isPresent() && !interrupted) {
                        throw new CarnetException(Phrase.of("sync.stillStopped", new SyncState(repository.stoppedSync().get().conflicts()).where()));
                    }
                    if (!interrupted) {
                        repository.settleKilledReplay(remote);
                    }
                    var changes = interrupted ? List.<FileChange>of() : repository.status().changes();
                    if (!changes.isEmpty()) {
                        throw new CarnetException(Phrase.of("sync.commitFirstNamed", changes.get(0).path()));
                    }
                    SyncResult synced = repository.sync(remote, transport.withTimeout(blog.config().publish().timeout()));
                    if (synced.outcome() != SyncResult.Outcome.CONFLICT) {
                        // And after: a sync that first undid a killed one replays afresh over what that one left.
                        repository.settleKilledReplay(remote);
                    }
                    yield synced;
                }
                case CONTINUE -> repository.resumeSync(false);
                case ABORT -> repository.resumeSync(true);
            });
            if (step == Step.SYNC) {
                // The fetch brought the pages branch another clone published: its addresses too are kept.
                PublishedMemory.refresh(blog, repository);
            }
            if (result.outcome() == SyncResult.Outcome.CONFLICT || result.outcome() == SyncResult.Outcome.ABORTED
                    || result.outcome() == SyncResult.Outcome.UP_TO_DATE || result.outcome() == SyncResult.Outcome.FAST_FORWARD) {
                return VcsValues.sync(result);
            }
            String branch = repository.currentBranch();
            PushResult push = repository.push(remote, List.of(branch), Set.of(), transport.withTimeout(blog.config().publish().timeout()));
            if (!push.accepted()) {
                throw new CarnetException(Phrase.of("sync.cannotPush", branch, remote,
                        PublishService.reasons(push, blog.config().publish().branch(), Phrase.of("push.behindSync"))));
            }
            return VcsValues.sync(result.pushed(true));
        }
    }
}
