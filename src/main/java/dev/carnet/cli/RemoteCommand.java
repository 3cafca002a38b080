package dev.carnet.cli;

import dev.carnet.service.RemoteService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "remote", mixinStandardHelpOptions = true,
        description = "Show or set the git remote the blog publishes to (publish.remote, default origin).",
        subcommands = {RemoteCommand.Set.class, RemoteCommand.Show.class})
final class RemoteCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Override
    public Integer call() {
        return show(root);
    }

    static int show(CarnetCommand root) {
        RemoteService remotes = root.blog().remotes();
        root.context().out().println(remotes.url()
                .map(url -> remotes.name() + "  " + url)
                .orElseGet(() -> root.text().format("remote.none", remotes.name())));
        return CarnetCli.OK;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the remote's address (tokens hidden).")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        RemoteCommand remote;

        @Override
        public Integer call() {
            return show(remote.root);
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Point the remote at URL, e.g. git@github.com:you/blog.git or https://codeberg.org/you/blog.git."})
    static final class Set implements Callable<Integer> {
        @ParentCommand
        RemoteCommand remote;

        @Parameters(paramLabel = "URL")
        String url;

        @Override
        public Integer call() {
            RemoteService remotes = remote.root.blog().remotes();
            remotes.set(url);
            remote.root.context().out().println(remote.root.text().format("remote.set", remotes.name(), remotes.url().orElse(url)));
            return CarnetCli.OK;
        }
    }
}
