package dev.carnet.service;

import dev.carnet.config.TransportSettings;
import dev.carnet.error.Phrase;
import dev.carnet.serve.Preview;
import dev.carnet.site.BuildOptions;
import dev.carnet.store.Blog;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One blog, opened, and the services that work on it: what a front end holds instead of the
 * store's {@link Blog}, so that it talks to service only (DESIGN.md §3).
 */
public final class BlogServices {
    private final Blog blog;

    BlogServices(Blog blog) {
        this.blog = blog;
    }

    /** The blog {@code start} is in (or is), looking up the folders as git does. */
    public static BlogServices find(Path start) {
        return new BlogServices(Blog.find(start));
    }

    public Path root() {
        return blog.root();
    }

    /** A blog-relative path ({@code notes/2024/06.md}) as a file. */
    public Path resolve(String relative) {
        return blog.resolve(relative);
    }

    public String title() {
        return blog.config().title();
    }

    public Locale language() {
        return blog.config().language();
    }

    /** Whether carnet.yml names the language (else {@link #language()} is the default). */
    public boolean languageGiven() {
        return blog.config().languageGiven();
    }

    /** The branch the site is published on ({@code publish.branch}). */
    public String pagesBranch() {
        return blog.config().publish().branch();
    }

    /** Where readers find the site ({@code baseUrl}), if carnet.yml says. */
    public Optional<URI> baseUrl() {
        return blog.config().base();
    }

    public NoteService notes(Clock clock) {
        return new NoteService(blog, clock);
    }

    public GitService git() {
        return new GitService(blog);
    }

    public SiteService site(Clock clock) {
        return new SiteService(blog, clock);
    }

    public PublishService publish(Clock clock, TransportSettings transport) {
        return new PublishService(blog, clock, transport);
    }

    public SyncService sync(TransportSettings transport) {
        return new SyncService(blog, transport);
    }

    public ImportService imports(Clock clock) {
        return new ImportService(blog, clock);
    }

    /**
     * Starts the live preview of the site ({@code carnet serve}) on 127.0.0.1.
     *
     * @param port 0 for any free one
     * @param log one line per build (done, or its problem)
     */
    public RunningPreview preview(Clock clock, boolean drafts, boolean future, int port, Function<Phrase, String> say,
            Consumer<String> log) {
        return new RunningPreview(Preview.start(blog.root(), clock, new BuildOptions(drafts, future), port, say, log));
    }

    public RemoteService remotes() {
        return new RemoteService(blog);
    }
}
