package dev.carnet.service;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.importer.ImportSettings;
import dev.carnet.importer.WordPressImport;
import dev.carnet.model.ImportProgress;
import dev.carnet.model.ImportReport;
import dev.carnet.model.Plural;
import dev.carnet.store.Blog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Brings a WordPress blog in: the import itself, then one commit of everything it wrote. */
public final class ImportService {
    private final Blog blog;
    private final Clock clock;

    ImportService(Blog blog, Clock clock) {
        this.blog = blog;
        this.clock = clock;
    }

    /**
     * Imports {@code export} and commits what it wrote (unless a dry run, or nothing changed).
     *
     * @return the report, and the commit's short id or null
     */
    public ImportDone wordPress(Path export, ImportRequest request, ImportProgress progress) {
        if (!Files.isRegularFile(export)) {
            throw new CarnetException(export.toString(), 0, Phrase.of("import.noExport"), null);
        }
        request.uploads().ifPresent(dir -> {
            if (!Files.isDirectory(dir)) {
                throw new CarnetException(dir.toString(), 0, Phrase.of("import.uploads"), null);
            }
        });
        ImportSettings settings = new ImportSettings(request.uploads(), request.categoriesAsTags(), request.comments(),
                request.overwrite(), request.dryRun(), blog.config().timezone(), blog.config().monthlyTitle(), clock,
                blog.config().language());
        ImportReport report = new WordPressImport(blog.root(), settings).run(export, export.getFileName().toString(), progress);
        if (request.dryRun() || report.written().isEmpty() && report.alreadyThere().isEmpty()) {
            return new ImportDone(report, null);
        }
        // The files already as the import writes them too: an import killed before its commit wrote
        // some, which would otherwise stay out of every commit (git sees no change to them this time).
        List<String> paths = new ArrayList<>(report.written());
        paths.addAll(report.alreadyThere());
        CommitReport commit = new GitService(blog).commit("Import from WordPress: " + Plural.count(report.posts(), "post")
                + ", " + Plural.count(report.pages(), "page") + ", " + Plural.count(report.comments(), "comment"), paths);
        return new ImportDone(report, commit.nothingToCommit() ? null : commit.shortId());
    }
}
