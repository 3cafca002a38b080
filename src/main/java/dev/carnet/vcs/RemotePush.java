package dev.carnet.vcs;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * Pushes branches all or none: one atomic push (the remote takes every branch or none), or, where
 * the server cannot do that, one branch after the other in the order given, stopping at the first
 * refusal. So a site is never online while the main it was built from is refused.
 */
final class RemotePush {
    private final Git git;
    private final Transports transports;
    private final String remote;

    RemotePush(Git git, Transports transports, String remote) {
        this.git = git;
        this.transports = transports;
        this.remote = remote;
    }

    PushResult push(List<String> branches, Set<String> force) {
        try {
            return push(branches, force, branches.size() > 1);
        } catch (TransportException e) {
            if (!String.valueOf(e.getMessage()).contains("tomic push not supported")) {
                throw new IllegalStateException(e);
            }
        }
        List<PushResult.RefResult> refs = new ArrayList<>();
        for (String branch : branches) {
            if (refs.stream().allMatch(PushResult.RefResult::accepted)) {
                try {
                    refs.addAll(push(List.of(branch), force, false).refs());
                } catch (TransportException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                refs.add(new PushResult.RefResult(branch, PushResult.Status.NOT_PUSHED, null));
            }
        }
        return new PushResult(remote, refs);
    }

    private PushResult push(List<String> branches, Set<String> force, boolean atomic) throws TransportException {
        List<RefSpec> specs = new ArrayList<>();
        for (String branch : branches) {
            String ref = Constants.R_HEADS + branch;
            specs.add(new RefSpec((force.contains(branch) ? "+" : "") + ref + ":" + ref));
        }
        StaleFetchLocks.clear(git.getRepository().getDirectory().toPath());
        try {
            Iterable<org.eclipse.jgit.transport.PushResult> results = transports.configure(git.push())
                    .setRemote(remote).setRefSpecs(specs).setAtomic(atomic).setProgressMonitor(transports.progress()).call();
            List<PushResult.RefResult> refs = new ArrayList<>();
            for (org.eclipse.jgit.transport.PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    Ref before = result.getAdvertisedRef(update.getRemoteName());
                    refs.add(new PushResult.RefResult(Repository.shortenRefName(update.getRemoteName()),
                            status(update), update.getMessage(),
                            before == null || before.getObjectId() == null ? null : before.getObjectId().name()));
                }
            }
            return new PushResult(remote, refs);
        } catch (TransportException e) {
            throw e;
        } catch (GitAPIException e) {
            throw new CarnetException(Phrase.of("git.cannotPush", remote, e.getMessage()), e);
        }
    }

    private static PushResult.Status status(RemoteRefUpdate update) {
        return switch (update.getStatus()) {
            case OK -> PushResult.Status.OK;
            case UP_TO_DATE -> PushResult.Status.UP_TO_DATE;
            case REJECTED_NONFASTFORWARD -> PushResult.Status.REJECTED_NON_FAST_FORWARD;
            case REJECTED_REMOTE_CHANGED -> PushResult.Status.REJECTED_REMOTE_CHANGED;
            // JGit's words when an atomic push dropped a branch because of another one ("transaction
            // aborted"); git's receive-pack speaks of an "atomic push failure".
            case REJECTED_OTHER_REASON -> String.valueOf(update.getMessage()).matches("(?i).*(transaction aborted|atomic).*")
                    ? PushResult.Status.NOT_PUSHED : PushResult.Status.REJECTED_OTHER;
            default -> PushResult.Status.REJECTED_OTHER;
        };
    }
}
