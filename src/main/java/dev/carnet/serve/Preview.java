package dev.carnet.serve;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.site.BuildMemory;
import dev.carnet.site.BuildOptions;
import dev.carnet.site.BuildReport;
import dev.carnet.site.SiteBuilder;
import dev.carnet.site.SiteUrls;
import dev.carnet.store.Blog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code carnet serve}: builds the site in memory, serves it on 127.0.0.1, and builds again on
 * every change of the author's files, one build at a time (changes during a build make one more).
 * A failed build keeps the last good site served and shows its problem in the page and the log.
 */
public final class Preview implements AutoCloseable {
    private final Path root;
    private final Clock clock;
    private final BuildOptions options;
    private final Consumer<String> log;
    private final Function<Phrase, String> say;
    private final ReloadEvents events = new ReloadEvents();
    private final ExecutorService builds = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "carnet-serve-build");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    /** The notes as last read and rendered: a save re-reads and renders one file, not ten thousand. */
    private final BuildMemory memory;
    private final PreviewServer server;
    private final SiteWatcher watcher;
    private final String basePath;
    private volatile SiteSnapshot current = SiteSnapshot.EMPTY;
    private volatile String problem;
    private long generation;

    private Preview(Path root, Clock clock, BuildOptions options, int port, Function<Phrase, String> say, Consumer<String> log)
            throws IOException {
        this.root = root;
        this.clock = clock;
        this.options = options;
        this.log = log;
        this.say = say;
        Blog blog = Blog.open(root);
        this.memory = BuildMemory.startingFrom(blog);
        this.basePath = new SiteUrls(blog.config().baseUrl()).basePath();
        this.server = new PreviewServer(port, basePath, () -> current, () -> problem, events, this::pageFailed);
        this.watcher = new SiteWatcher(root, this::rebuild, memory.watchedNotes());
    }

    /**
     * Starts serving at once (a page asked for before the first build is ready says so and
     * reloads itself when it is) and starts the first build.
     *
     * @param port 0 for any free one
     * @param say the reader's language, for what the preview tells in the page and the log
     * @param log where each build's outcome goes, one line each
     */
    public static Preview start(Path blogRoot, Clock clock, BuildOptions options, int port, Function<Phrase, String> say,
            Consumer<String> log) {
        try {
            Preview preview = new Preview(blogRoot, clock, options, port, say, log);
            preview.server.start();
            preview.rebuild();
            return preview;
        } catch (BindException e) {
            throw new CarnetException(Phrase.of("serve.portTaken", String.valueOf(port)), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:4000/blog/}: the site's address on this machine. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.port() + basePath);
    }

    public int port() {
        return server.port();
    }

    /** Asks for a build; one already asked for and not started yet covers this one too. */
    public void rebuild() {
        if (pending.compareAndSet(false, true)) {
            builds.execute(this::build);
        }
    }

    private void build() {
        pending.set(false);
        long start = System.nanoTime();
        try {
            PreviewSink sink = new PreviewSink();
            BuildReport report = new SiteBuilder(Blog.open(root), clock, memory).build(options, sink);
            SiteSnapshot built = SiteSnapshot.of(sink, generation + 1);
            // The home page now: the theme's mistakes (base.peb is every page's) show at once, not at the first visit.
            built.find("");
            // And the pages open in a browser, before their reload: a template's mistake there is this build's problem
            // (the last good site stays, the problem shown over it), not a page of error text, and the reload finds them made.
            server.recentPages().forEach(built::find);
            current = built;
            generation++;
            problem = null;
            events.send("reload", Long.toString(generation));
            StringBuilder phases = new StringBuilder();
            report.phases().forEach((phase, took) -> phases.append(phases.length() == 0 ? "" : ", ").append(phase).append(' ')
                    .append(took.toMillis()).append(" ms"));
            log.accept(say.apply(Phrase.of("serve.built", String.valueOf(sink.files().size() + sink.pages().size()),
                    String.valueOf((System.nanoTime() - start) / 1_000_000), phases.toString())));
        } catch (CarnetException e) {
            problem = say.apply(e.whole());
            events.send("problem", problem);
            log.accept(say.apply(Phrase.of("serve.stillServing", e.whole())));
        } catch (RuntimeException e) {
            problem = say.apply(Phrase.of("serve.bug", e.toString()));
            events.send("problem", problem);
            log.accept(problem);
        }
    }

    /** A page whose template fails, met on its first visit: told in the log, and the text to show in its place. */
    private String pageFailed(CarnetException e) {
        log.accept(say.apply(Phrase.of("serve.pageFailed", e.whole())));
        return say.apply(e.whole());
    }

    /**
     * Stops watching and serving, and lets a build under way end (a few seconds at most): the UI
     * that closes its preview, or a test that deletes the blog, finds no build still writing in it.
     */
    @Override
    public void close() {
        watcher.close();
        builds.shutdownNow();
        events.close();
        server.close();
        try {
            builds.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
