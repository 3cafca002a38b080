package dev.carnet.vcs;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.IOException;
import org.eclipse.jgit.lib.Repository;

/** JGit failed at something: the one message every git step gives, {@code git: cannot <what> in <folder> (<JGit's words>)}. */
final class GitFailure {
    private GitFailure() {
    }

    /** @param what the step, a phrase of its own ({@code git.do.commit}) so that each language words it */
    static CarnetException of(Repository repository, Phrase what, Exception e) {
        return new CarnetException(Phrase.of("git.cannot", what, repository.getWorkTree(), reason(e)), e);
    }

    /**
     * JGit wraps a refusal of the file system ({@code No space left on device}, {@code Read-only
     * file system}) in exceptions whose own words only name the command that failed
     * ({@code Exception caught during execution of add command}): the innermost I/O error says why.
     */
    static String reason(Throwable e) {
        String reason = e.getMessage();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && cause.getMessage() != null) {
                reason = cause.getMessage();
            }
        }
        return reason;
    }
}
