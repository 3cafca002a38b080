package dev.carnet.vcs;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/**
 * The branch the author writes on: whatever the repository is on ({@code main}, or
 * {@code master} in most repositories made before 2020), never a name carnet assumes.
 */
final class Branches {
    private Branches() {
    }

    /** The current branch, or HEAD's commit id when it is on none (for a status, which must not fail). */
    static String currentOrHead(Repository repository) throws IOException {
        try {
            return current(repository);
        } catch (CarnetException detached) {
            return repository.getBranch();
        }
    }

    /**
     * The current branch's short name; while a sync is stopped HEAD is detached on the replayed
     * commits, and the branch is the one the rebase will move (git's {@code head-name}).
     *
     * @throws CarnetException when HEAD is on no branch, saying how to go back to one
     */
    static String current(Repository repository) throws IOException {
        for (String folder : new String[] {"rebase-merge", "rebase-apply"}) {
            Path headName = repository.getDirectory().toPath().resolve(folder).resolve("head-name");
            if (Files.isRegularFile(headName)) {
                String ref = Files.readString(headName).strip();
                if (ref.startsWith(Constants.R_HEADS)) {
                    return ref.substring(Constants.R_HEADS.length());
                }
            }
        }
        String full = repository.getFullBranch();
        if (full != null && full.startsWith(Constants.R_HEADS)) {
            return full.substring(Constants.R_HEADS.length());
        }
        throw new CarnetException(full == null ? Phrase.of("git.detachedNowhere")
                : Phrase.of("git.detached", full.substring(0, Math.min(7, full.length()))));
    }
}
