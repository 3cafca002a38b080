package dev.carnet.cli;

import dev.carnet.error.Phrase;
import dev.carnet.error.UsageException;
import dev.carnet.model.Messages;
import dev.carnet.service.BlogServices;
import dev.carnet.service.UiLanguage;
import dev.carnet.service.ImportDone;
import dev.carnet.service.ImportRequest;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Bring an existing blog in (see: carnet import wordpress --help).",
        subcommands = ImportCommand.WordPress.class)
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    CarnetCommand root;

    @Override
    public Integer call() {
        throw new UsageException(Phrase.of("import.what"));
    }

    @Command(name = "wordpress", mixinStandardHelpOptions = true,
            description = {"Import a WordPress export (Tools → Export → All content): every post, page, tag, draft, image, comment and old address, then one commit.",
                "Posts become notes/YYYY/MM-<slug>.md, pages pages/<slug>.md, approved comments comments/YYYY/MM-<slug>.yml (never e-mail addresses). Old permalinks become aliases (redirect pages); old tag, category and feed addresses go in redirects.yml.",
                "Rerunning updates what the last import wrote and never duplicates; a note you changed since is kept unless --overwrite."})
    static final class WordPress implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Parameters(index = "0", paramLabel = "EXPORT", description = "The WXR file WordPress exported (an .xml file).")
        Path export;

        @Option(names = "--uploads", paramLabel = "DIR",
                description = "A copy of the old blog's wp-content/uploads: the images notes use are copied into static/images/.")
        Path uploads;

        @Option(names = "--categories", paramLabel = "tags|skip", defaultValue = "tags",
                description = "What categories become: tags (default), or nothing (skip).")
        String categories;

        @Option(names = "--no-comments", negatable = false, description = "Leave readers' comments out.")
        boolean noComments;

        @Option(names = "--overwrite", description = "Replace notes changed since the last import (or not written by it).")
        boolean overwrite;

        @Option(names = {"-n", "--dry-run"}, description = "Print the report, write and commit nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            CliContext context = parent.root.context();
            if (!categories.equals("tags") && !categories.equals("skip")) {
                throw new UsageException(Phrase.of("import.categories", categories));
            }
            BlogServices blog = parent.root.blog();
            Messages words = Messages.of("import", UiLanguage.of(context.env(), blog));
            Path file = context.workingDir().resolve(export);
            ImportRequest request = new ImportRequest(Optional.ofNullable(uploads).map(context.workingDir()::resolve),
                    categories.equals("tags"), !noComments, overwrite, dryRun);
            ProgressBar bar = new ProgressBar(context, words, file.getFileName().toString());
            ImportDone done;
            try {
                done = blog.imports(context.clock()).wordPress(file, request, bar);
            } finally {
                bar.finish();
            }
            new ImportReportText(words, file.getFileName().toString()).print(done, context.out());
            return CarnetCli.OK;
        }
    }
}
