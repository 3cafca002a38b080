package dev.carnet.cli;

import dev.carnet.service.BlogServices;
import dev.carnet.service.NoteService;
import dev.carnet.service.UiLanguage;
import dev.carnet.service.Wording;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "carnet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Monthly notes in Markdown, kept in git, published as a static site.",
            "Run a command inside a blog folder (or give it with -C DIR)."},
        commandListHeading = "%nCommands:%n",
        footer = {"", "Without a command, carnet opens the text UI (carnet tui).",
            "Start with: carnet demo   (a demo blog to try every command)",
            "       or: carnet init my-blog && cd my-blog && carnet new"})
public final class CarnetCommand implements Callable<Integer> {
    /** The commands, in the order the help lists them (added by {@link CarnetCli}, only the one run when it is known). */
    static final List<Class<?>> COMMANDS = List.of(
            InitCommand.class, NewCommand.class, ListCommand.class, ShowCommand.class, EditCommand.class,
            TagCommand.class, TagsCommand.class, SearchCommand.class, BuildCommand.class, CheckCommand.class, StatusCommand.class, CommitCommand.class,
            LogCommand.class, RestoreCommand.class, SyncCommand.class, PublishCommand.class, RemoteCommand.class, TuiCommand.class,
            DemoCommand.class, ImportCommand.class, ServeCommand.class,
            picocli.CommandLine.HelpCommand.class);

    private final CliContext context;
    private Wording words;

    @Spec
    CommandSpec spec;

    @Option(names = "-C", paramLabel = "DIR", description = "Run as if carnet was started in DIR (like git -C).")
    Path directory;

    // Inherited, so that it is accepted after the command too (carnet sync --continue --verbose), as git takes -v.
    @Option(names = "--verbose", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Show the full details (stack trace) of an error; before or after the command.")
    boolean verbose;

    CarnetCommand(CliContext context) {
        this.context = context;
    }

    boolean verbose() {
        return verbose;
    }

    /** The context with -C applied. */
    CliContext context() {
        return directory == null ? context : context.withWorkingDir(context.workingDir().resolve(directory).normalize());
    }

    BlogServices blog() {
        return BlogServices.find(context().workingDir());
    }

    NoteService notes() {
        return blog().notes(context.clock());
    }

    /**
     * What the command line says, in the author's language ({@link UiLanguage}: the text UI's rule),
     * chosen at the first word; a folder outside any blog, or a carnet.yml that cannot be read,
     * leaves the environment to choose.
     */
    Wording text() {
        if (words == null) {
            Locale language;
            try {
                language = UiLanguage.of(context().env(), blog());
            } catch (RuntimeException e) {
                // Not only a CarnetException: this runs in the error handler too, which must not fail in turn.
                language = UiLanguage.withoutBlog(context().env());
            }
            words = Wording.of("cli", language);
        }
        return words;
    }

    /** Without a command: the text UI. */
    @Override
    public Integer call() {
        return TuiCommand.open(this);
    }
}
