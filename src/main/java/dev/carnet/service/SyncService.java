package dev.carnet.service;

import dev.carnet.error.CarnetException;
import dev.carnet.store.Blog;
import dev.carnet.vcs.BlogRepository;
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
    public String syncInOneLine() {
        SyncReport result = sync(Step.SYNC);
        return switch (result.outcome()) {
            case UP_TO_DATE -> "already in sync";
            case FAST_FORWARD -> "pulled " + result.pulled() + " commits";
            case PUSHED_ONLY -> "pushed your commits";
            case REBASED -> "pulled " + result.pulled() + ", replayed your " + result.replayed() + ", pushed";
            case CONFLICT -> throw new CarnetException("both you and the remote changed " + String.join(", ", result.conflicts())
                    + ": each now holds both versions between <<<<<<< and >>>>>>> (yours also in .mine); fix them, then run"
                    + " carnet sync --continue (or --abort) in a shell");
            default -> result.outcome().toString().toLowerCase(Locale.ROOT);
        };
    }

    public SyncReport sync(Step step) {
        String remote = blog.config().publish().remote();
        try (BlogRepository repository = BlogRepository.open(blog.root())) {
            if (repository.remoteUrl(remote).isEmpty()) {
                throw new CarnetException("no remote '" + remote + "' to sync with; add one with: carnet remote set URL");
            }
            SyncResult result = switch (step) {
                case SYNC -> {
                    if (repository.stoppedSync().isPresent()) {
                        throw new CarnetException(new SyncState(repository.stoppedSync().get().conflicts()).notice()
                                .replace("a sync is stopped", "the last sync is still stopped"));
                    }
                    var changes = repository.status().changes();
                    if (!changes.isEmpty()) {
                        throw new CarnetException("sync needs your changes committed first (first: "
                                + changes.get(0).path() + "): run carnet commit, then carnet sync");
                    }
                    yield repository.sync(remote, transport.withTimeout(blog.config().publish().timeout()));
                }
                case CONTINUE -> repository.resumeSync(false);
                case ABORT -> repository.resumeSync(true);
            };
            if (result.outcome() == SyncResult.Outcome.CONFLICT || result.outcome() == SyncResult.Outcome.ABORTED
                    || result.outcome() == SyncResult.Outcome.UP_TO_DATE || result.outcome() == SyncResult.Outcome.FAST_FORWARD) {
                return VcsValues.sync(result);
            }
            String branch = repository.currentBranch();
            PushResult push = repository.push(remote, List.of(branch), Set.of(), transport.withTimeout(blog.config().publish().timeout()));
            if (!push.accepted()) {
                throw new CarnetException("sync could not push " + branch + " to " + remote + ": "
                        + PublishService.reasons(push, blog.config().publish().branch(), "someone pushed meanwhile; run carnet sync again")
                        + ". Your commits are safe here");
            }
            return VcsValues.sync(result.pushed(true));
        }
    }
}
