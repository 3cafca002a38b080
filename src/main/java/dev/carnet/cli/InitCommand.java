package dev.carnet.cli;

import dev.carnet.service.BlogInitializer;
import dev.carnet.service.Wording;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a blog.",
            "Writes carnet.yml, notes/, pages/about.md, static/ and a .gitignore, then makes a git repository with a first commit. An existing carnet blog is left as it is; any other non-empty folder is refused."})
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Folder of the new blog (default: the current folder).")
    Path dir;

    @Option(names = "--title", paramLabel = "T", description = "Title of the blog (default: Carnet).")
    String title;

    @Option(names = "--language", paramLabel = "LANG", description = "Language of the notes, BCP 47: fr, en, ... (default: fr).")
    String language;

    @Option(names = "--base-url", paramLabel = "URL", description = "Public address of the site, e.g. https://someone.github.io/blog/")
    String baseUrl;

    @Override
    public Integer call() {
        CliContext context = root.context();
        // Chosen before the blog exists: the folder's environment speaks, not the new carnet.yml.
        Wording text = root.text();
        Path target = dir == null ? context.workingDir() : context.workingDir().resolve(dir).normalize();
        var identity = BlogInitializer.gitIdentity().orElse(null);
        var result = new BlogInitializer().init(target,
                new BlogInitializer.Settings(title, language, baseUrl, context.clock().getZone(), identity));
        if (!result.created()) {
            context.out().println(text.format("init.already", result.root()));
            return CarnetCli.OK;
        }
        var commit = result.commit();
        context.out().println(text.format("init.created", result.title(), result.root()));
        context.out().println(text.format("init.firstCommit", commit.id(), commit.files(), commit.author().name(), commit.author().email()));
        String cd = target.equals(context.workingDir()) ? "" : "cd " + Paths.display(context.workingDir(), target) + " && ";
        context.out().println(text.format("init.next", cd));
        return CarnetCli.OK;
    }
}
