package dev.carnet.cli;

import dev.carnet.Fixtures;
import dev.carnet.vcs.GitRepository;
import dev.carnet.vcs.Identity;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;

/** A fixture blog in {@code dir/blog}, committed once, and an empty bare remote beside it: where publish tests start. */
record CommittedBlog(Path blog, Path origin) {
    static CommittedBlog of(Path dir, String fixture) throws Exception {
        Path blog = Fixtures.copy(fixture, dir.resolve("blog"));
        Fixtures.write(blog.resolve(".gitignore"), "public/\n.carnet/\n");
        GitRepository.initAndCommitAll(blog, "Premier commit", new Identity("A. Author", "author@example.org"));
        Path origin = dir.resolve("origin.git");
        Git.init().setBare(true).setDirectory(origin.toFile()).setInitialBranch("main").call().close();
        return new CommittedBlog(blog, origin);
    }
}
