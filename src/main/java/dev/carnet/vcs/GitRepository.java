package dev.carnet.vcs;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.util.SystemReader;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/** The blog's git repository, through JGit; no JGit type leaves this package. */
public final class GitRepository {
    public static final String MAIN_BRANCH = "main";

    private GitRepository() {
    }

    public static boolean exists(Path dir) {
        return Files.isDirectory(dir.resolve(".git"));
    }

    /**
     * Makes {@code dir} a repository (reusing one that is there) and commits everything not
     * ignored, as the user of git's config or, when git has no identity, as {@code fallback}.
     * Never signs and never runs hooks: a first commit must not depend on the user's gpg agent.
     */
    /** The identity in the user's git config (~/.gitconfig), if there is one. */
    public static Optional<Identity> configuredIdentity() {
        try {
            UserConfig user = SystemReader.getInstance().getUserConfig().get(UserConfig.KEY);
            if (user.isAuthorNameImplicit()) {
                return Optional.empty();
            }
            return Optional.of(new Identity(user.getAuthorName(), user.isAuthorEmailImplicit() ? null : user.getAuthorEmail()));
        } catch (IOException | ConfigInvalidException e) {
            return Optional.empty();
        }
    }

    public static CommitSummary initAndCommitAll(Path dir, String message, Identity fallback) {
        try (Git git = exists(dir) ? Git.open(dir.toFile())
                : Git.init().setDirectory(dir.toFile()).setInitialBranch(MAIN_BRANCH).call()) {
            Identity who = identity(git.getRepository(), fallback);
            PersonIdent person = new PersonIdent(who.name(), who.email());
            git.add().addFilepattern(".").call();
            RevCommit commit = git.commit()
                    .setMessage(message)
                    .setAuthor(person)
                    .setCommitter(person)
                    .setSign(false)
                    .setNoVerify(true)
                    .setAllowEmpty(false)
                    .call();
            return new CommitSummary(commit.abbreviate(7).name(), countFiles(git.getRepository(), commit), who);
        } catch (GitAPIException | IOException e) {
            throw new CarnetException(Phrase.of("git.cannot", Phrase.of("git.do.firstCommit"), dir, e.getMessage()), e);
        }
    }

    /** Who commits in {@code repository}: git's user.name and user.email when set, else {@code fallback}. */
    static Identity identity(Repository repository, Identity fallback) {
        UserConfig user = repository.getConfig().get(UserConfig.KEY);
        String name = user.isAuthorNameImplicit() ? fallback.name() : user.getAuthorName();
        String email = user.isAuthorEmailImplicit() ? fallback.email() : user.getAuthorEmail();
        return new Identity(name, email);
    }

    static boolean hasIdentity(Repository repository) {
        UserConfig user = repository.getConfig().get(UserConfig.KEY);
        return !user.isAuthorNameImplicit() && !user.isAuthorEmailImplicit();
    }

    private static int countFiles(Repository repository, RevCommit commit) throws IOException {
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            int count = 0;
            while (walk.next()) {
                count++;
            }
            return count;
        }
    }
}
