package dev.carnet.vcs;

import java.util.List;
import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The commit seam of {@link BlogRepository}: stages exactly the changes status reported and
 * commits only those, never signed and without hooks, whatever the user's git config says.
 */
final class Committer {
    private Committer() {
    }

    static CommitResult commit(Git git, String message, List<FileChange> changes, Identity fallback) throws GitAPIException {
        if (changes.isEmpty()) {
            return CommitResult.nothing();
        }
        // New and changed files, then deleted ones (add --update): a deletion is staged only by the second.
        AddCommand add = git.add();
        AddCommand update = git.add().setUpdate(true);
        for (FileChange change : changes) {
            add.addFilepattern(change.path());
            update.addFilepattern(change.path());
        }
        add.call();
        update.call();
        Identity who = GitRepository.identity(git.getRepository(), fallback);
        PersonIdent person = new PersonIdent(who.name(), who.email());
        CommitCommand commit = git.commit().setMessage(message).setAuthor(person).setCommitter(person)
                .setSign(false).setNoVerify(true);
        for (FileChange change : changes) {
            commit.setOnly(change.path());
        }
        RevCommit created = commit.call();
        return new CommitResult(created.getName(), changes, who, !GitRepository.hasIdentity(git.getRepository()));
    }
}
