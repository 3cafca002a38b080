package dev.carnet.vcs;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import org.eclipse.jgit.lib.Repository;

/** JGit failed at something: the one message every git step gives, {@code git: cannot <what> in <folder> (<JGit's words>)}. */
final class GitFailure {
    private GitFailure() {
    }

    /** @param what the step, a phrase of its own ({@code git.do.commit}) so that each language words it */
    static CarnetException of(Repository repository, Phrase what, Exception e) {
        return new CarnetException(Phrase.of("git.cannot", what, repository.getWorkTree(), e.getMessage()), e);
    }
}
