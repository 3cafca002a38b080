package dev.carnet.vcs;

import java.io.IOException;
import java.net.URISyntaxException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.URIish;

/** The remotes seam of {@link BlogRepository}: where the blog's remote is, in git's config. */
final class RemoteConfig {
    private RemoteConfig() {
    }

    /** Points {@code remote} at {@code url}, adding it when missing. */
    static void set(Git git, String remote, String url) throws URISyntaxException, GitAPIException, IOException {
        if (git.getRepository().getConfig().getString("remote", remote, "url") != null) {
            git.remoteSetUrl().setRemoteName(remote).setRemoteUri(new URIish(url)).call();
        } else {
            git.remoteAdd().setName(remote).setUri(new URIish(url)).call();
        }
        // The author's branch follows the remote's of the same name, so status can count commits not pushed and not pulled.
        String branch = Branches.current(git.getRepository());
        StoredConfig config = git.getRepository().getConfig();
        config.setString("branch", branch, "remote", remote);
        config.setString("branch", branch, "merge", Constants.R_HEADS + branch);
        config.save();
    }
}
