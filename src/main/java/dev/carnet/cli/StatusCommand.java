package dev.carnet.cli;

import dev.carnet.model.Plural;
import dev.carnet.service.ChangeView;
import dev.carnet.service.GitService;
import dev.carnet.vcs.FileChange;
import dev.carnet.vcs.RepoStatus;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show what changed since the last commit, and how the blog stands against its remote.",
            "Notes by title; commits not pushed and commits not pulled (as of the last fetch)."})
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Override
    public Integer call() {
        CliContext context = root.context();
        GitService git = new GitService(root.blog());
        RepoStatus status = git.status();
        var out = context.out();
        String remote = status.upstream() == null ? "no remote yet"
                : String.format(Locale.ROOT, "%s: %s not pushed, %d not pulled (as of the last fetch)", status.upstream(),
                        Plural.count(status.ahead(), "commit"), status.behind());
        out.println("On " + status.branch() + ", " + Plural.count(status.commits(), "commit") + "; " + remote);
        out.println(git.lastPublish()
                .map(p -> "Last published " + java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").format(p.when())
                        + root.blog().config().base().map(url -> " at " + url).orElse(""))
                .orElse("Not published yet (carnet publish)"));
        List<ChangeView> changes = git.changes(status);
        if (changes.isEmpty()) {
            out.println("Nothing changed since the last commit.");
            return CarnetCli.OK;
        }
        int width = changes.stream().mapToInt(c -> dev.carnet.model.TextWidth.of(c.label())).max().orElse(0);
        for (ChangeView change : changes) {
            String label = change.label();
            out.println("  " + kind(change.kind()) + (change.title() != null ? dev.carnet.model.TextWidth.pad(label, width) + "  " + change.path() : label));
        }
        out.println("Commit them with: carnet commit   (or carnet commit -m \"message\")");
        return CarnetCli.OK;
    }

    static String kind(FileChange.Kind kind) {
        return switch (kind) {
            case NEW -> "new     ";
            case MODIFIED -> "edited  ";
            case DELETED -> "deleted ";
        };
    }
}
