package dev.carnet.site;

import dev.carnet.config.ConfigLoader;
import dev.carnet.markdown.MarkdownRenderer;
import dev.carnet.site.feed.Feeds;
import dev.carnet.store.Blog;
import dev.carnet.store.CommentFiles;
import dev.carnet.store.FileClock;
import dev.carnet.store.NoteListing;
import dev.carnet.store.ParsedNotes;
import dev.carnet.store.ParsedNotesFile;
import dev.carnet.store.WriterLock;
import dev.carnet.store.XxHash64;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/**
 * {@code carnet build} into a folder, doing only what changed since the last build into it: when
 * no input file changed (and no note became due) nothing is read or written; otherwise every page
 * is planned, but only those whose key changed are rendered and written, and the files that no
 * longer belong are deleted. The output is the same, byte for byte, as a full build's.
 */
public final class IncrementalBuild {
    /** The notes' front matters as the last build parsed them, shared by the builds into every folder. */
    private static final String NOTES = "notes.index";

    private final Blog blog;
    private final Clock clock;

    public IncrementalBuild(Blog blog, Clock clock) {
        this.blog = blog;
        this.clock = clock;
    }

    /**
     * @param scratch a folder on the target's disk for the files of the build before they go in
     * @param clean ignore what the last build left: render and write everything
     */
    public BuildReport build(BuildOptions options, Path target, Path scratch, boolean clean) {
        return WriterLock.aroundBuild(blog.root(), () -> buildAlone(options, target, scratch, clean));
    }

    private BuildReport buildAlone(BuildOptions options, Path target, Path scratch, boolean clean) {
        long start = System.nanoTime();
        String identity = CarnetVersion.identity();
        Path indexFile = indexFile(target);
        if (identity == null || !options.cache()) {
            BuildIndex.forget(indexFile);
            return new SiteBuilder(blog, clock).build(options, new DirectorySink(target, scratch));
        }
        String salt = salt(identity, options, target);
        Path notesFile = notesFile(blog);
        // Read on the other core while this one walks the blog for the stamps (a tenth of a second each on 10,000 notes),
        // which then readies the Markdown renderer and the feeds' library while this one loads the notes; left unread when
        // nothing changed. Not before a full build: its many notes and feeds ready both, and both cores are busy.
        FutureTask<ParsedNotes> reading = new FutureTask<>(() -> clean ? new ParsedNotes() : ParsedNotesFile.read(notesFile, blog.config(), identity));
        Thread reader = new Thread(() -> {
            reading.run();
            if (awaited(reading).size() == 0) {
                return;
            }
            try {
                new MarkdownRenderer(SiteBuilder.markdownOptions(blog.config())).prepare();
                Feeds.prepare();
            } catch (RuntimeException ignored) {
                // only time was at stake: the build's own feeds say what is wrong, if anything
            }
        }, "carnet-notes-read");
        reader.setDaemon(true);
        reader.start();
        FileClock now = FileClock.of(indexFile.getParent());
        InputStamps.NoteFiles noteFiles = new InputStamps.NoteFiles();
        Map<String, InputStamps.Stamp> inputs = InputStamps.of(blog.root(), noteFiles);
        BuildIndex previous = clean ? null : BuildIndex.read(indexFile, salt);
        Path marker = target.resolve(OutputFolder.MARKER);
        if (previous != null && !previous.marker().equals(InputStamps.Stamp.of(marker))) {
            previous = null; // the folder was deleted or replaced since: what the index describes is gone
        }
        Set<String> changed = previous == null ? null : changed(previous, inputs);
        if (previous != null && changed.isEmpty() && clock.instant().toEpochMilli() < previous.nextChange()) {
            return upToDate(previous, start);
        }
        boolean notesOnly = changed != null
                && changed.stream().allMatch(path -> path.startsWith("notes/") || path.startsWith(CommentFiles.DIR + "/"));
        IncrementalSink sink = new IncrementalSink(target, scratch, previous, indexFile, notesOnly ? changed : null);
        SiteBuilder.BuiltSite[] built = new SiteBuilder.BuiltSite[1];
        ParsedNotes parsed = awaited(reading);
        NoteListing listed = noteFiles.listing();
        if (listed != null) {
            parsed.listed(listed); // the notes as the walk for the stamps found them: not walked again
        }
        // Written while the pages are made: the notes are all read once they are loaded.
        FutureTask<Void> keepNotes = new FutureTask<>(() -> ParsedNotesFile.write(parsed, notesFile, identity, now), null);
        boolean[] writing = {false};
        BuildReport report;
        try {
            report = new SiteBuilder(blog, clock, null, parsed, () -> {
                writing[0] = true;
                Thread writer = new Thread(keepNotes, "carnet-notes-index");
                writer.setDaemon(true);
                writer.start();
            }).build(options, sink, built);
        } finally {
            // Also after a failure past the load: the notes read are worth keeping, not cut off as carnet exits.
            if (writing[0]) {
                written(keepNotes);
            }
        }
        var due = built[0].content().nextPublication();
        BuildIndex.Counts counts = new BuildIndex.Counts(report.notes(), report.pages(), report.htmlFiles(), report.feeds(),
                report.otherFiles(), report.staticFiles());
        new BuildIndex(salt, InputStamps.Stamp.of(marker), due == null ? Long.MAX_VALUE : due.toEpochMilli(), counts,
                report.warnings(), settled(inputs, now), sink.outputs(), sink.listing(), sink.folders(now, indexFile.getParent()))
                .write(indexFile);
        return report.written(sink.written(), sink.untouched(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The notes ParsedNotesFile read, which it does without throwing (a cache that cannot be read is read again from the notes). */
    private static ParsedNotes awaited(FutureTask<ParsedNotes> reading) {
        try {
            return reading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            return new ParsedNotes();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ParsedNotes();
        }
    }

    /** Waits for notes.index, which ParsedNotesFile writes without throwing (a cache that cannot be written costs time only). */
    private static void written(FutureTask<Void> keepNotes) {
        try {
            keepNotes.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The input files added, changed or deleted since the last build. */
    private static Set<String> changed(BuildIndex previous, Map<String, InputStamps.Stamp> inputs) {
        Set<String> changed = new HashSet<>();
        inputs.forEach((path, stamp) -> {
            if (!stamp.equals(previous.inputs().get(path))) {
                changed.add(path);
            }
        });
        // Each file there now is as it was, and as many as then: none went.
        if (!changed.isEmpty() || previous.inputs().size() != inputs.size()) {
            previous.inputs().keySet().stream().filter(path -> !inputs.containsKey(path)).forEach(changed::add);
        }
        return changed;
    }

    private BuildReport upToDate(BuildIndex index, long start) {
        BuildIndex.Counts c = index.counts();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Map<String, Duration> phases = new LinkedHashMap<>();
        phases.put("up-to-date", took);
        return new BuildReport(c.notes(), 0, c.pages(), c.htmlFiles(), c.feeds(), c.otherFiles(), c.staticFiles(),
                index.warnings(), took, phases, 0, 0);
    }

    /** Where the notes' front matters are kept between builds (and for the preview's first build). */
    static Path notesFile(Blog blog) {
        return blog.root().resolve(".carnet/build").resolve(NOTES);
    }

    /** One index per output folder: {@code public/} and an {@code -o DIR} do not share keys. */
    private Path indexFile(Path target) {
        String folder = target.toAbsolutePath().normalize().toString();
        long hash = XxHash64.hash(folder.getBytes(StandardCharsets.UTF_8));
        return blog.root().resolve(".carnet/build").resolve(String.format("%s-%016x.index", target.getFileName(), hash));
    }

    /** What every key depends on besides the pages' own views: carnet, the options, the folder, the templates, carnet.yml. */
    private String salt(String identity, BuildOptions options, Path target) {
        Map<String, Long> files = new TreeMap<>();
        files.put(ConfigLoader.FILE_NAME, hashOf(blog.root().resolve(ConfigLoader.FILE_NAME)));
        Path templates = blog.root().resolve("templates");
        if (Files.isDirectory(templates)) {
            try (Stream<Path> walk = Files.walk(templates)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(blog.root().relativize(file).toString(), hashOf(file));
                }
            } catch (IOException e) {
                files.put("templates", (long) e.hashCode()); // unreadable now: nothing the last build made is reused
            }
        }
        return identity + "\n" + options.drafts() + " " + options.future() + "\n" + target.toAbsolutePath().normalize()
                + "\n" + Long.toHexString(XxHash64.hash(files.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static long hashOf(Path file) {
        try {
            return Files.isRegularFile(file) ? XxHash64.hash(Files.readAllBytes(file)) : 0;
        } catch (IOException e) {
            return e.hashCode();
        }
    }

    /**
     * The stamps to trust next time: a file changed just before the build is recorded as unknown,
     * so the next build reads it again rather than miss an edit that kept its stamp.
     */
    private static Map<String, InputStamps.Stamp> settled(Map<String, InputStamps.Stamp> inputs, FileClock now) {
        Map<String, InputStamps.Stamp> settled = new HashMap<>(inputs);
        settled.replaceAll((path, stamp) -> now.settled(stamp.modified()) ? stamp : new InputStamps.Stamp(-2, 0, 0));
        return settled;
    }
}
