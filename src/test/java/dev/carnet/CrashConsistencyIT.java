package dev.carnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.cli.CarnetCli;
import dev.carnet.cli.CliContext;
import dev.carnet.importer.LargeExport;
import dev.carnet.store.Blog;
import dev.carnet.store.NoteStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * carnet as a separate JVM, killed at seeded random moments of a command (SIGKILL, and SIGHUP as a
 * dropped SSH connection sends), on a blog of 120 notes in a git repository (and a WordPress export
 * of a few hundred posts for {@code import}); and the text UI in a real terminal (tmux), killed
 * while it saves a note, or its terminal closed. After every kill:
 * each note is byte for byte its old or its new version, the notes all read, the system's
 * {@code git fsck} passes, {@code public/} is the old or the new site, and running the same
 * command again succeeds and gives the result an unbroken run gives, after which
 * {@code carnet status} works. The rerun and the status run in this JVM, through the command
 * line's own entry: what is tried is what the killed process left, and a rerun that needs no
 * JVM start of its own keeps the trials short. Half the kills are aimed from the command's start,
 * half from its first change of the blog (seen by {@link FirstChange}), and the suite prints where
 * they fell: before any change, in the middle, or once all was done.
 * Trials: {@code -Dcarnet.crash.trials=N} a command with SIGKILL (default 10, to keep {@code mvn
 * verify} under ten minutes on two cores; 30 for the full run of docs/RELIABILITY.md), a sixth of that with
 * SIGHUP; each failure prints its seed and delay, and {@code -Dcarnet.crash.seed=S} replays a run,
 * {@code -Dcarnet.crash.ops=sync,tags-rename} tries only those.
 */
class CrashConsistencyIT {
    private static final Path JAR = Path.of(System.getProperty("carnet.jar", "target/carnet-all.jar")).toAbsolutePath();
    private static final int TRIALS = Integer.getInteger("carnet.crash.trials", 10);
    private static final long SEED = Long.getLong("carnet.crash.seed", 20261202L);
    /** {@code -Dcarnet.crash.ops=sync,import}: only these commands (all by default). */
    private static final List<String> ONLY = List.of(System.getProperty("carnet.crash.ops", "").split(","));
    private static final int NOTES = 120;
    /** The text UI's save: {@code d} on the note it opens on marks it a draft. */
    private static final String UI = "text UI save";

    @TempDir
    static Path work;
    static Path template;
    static Path archive;

    /**
     * One command to kill: what it runs and what to do to the blog first.
     *
     * @param adds the command writes new notes (an import): a killed run may have written some of them
     */
    record Op(String name, List<String> args, Consumer<Path> prepare, boolean adds) {
        Op(String name, List<String> args, Consumer<Path> prepare) {
            this(name, args, prepare, false);
        }

        boolean ui() {
            return name.equals(UI);
        }
    }

    @AfterAll
    static void stopTheTerminals() {
        if (CrashTerminal.available()) {
            CrashTerminal.stopServer();
        }
    }

    @BeforeAll
    static void blogInGitAndBuilt() throws Exception {
        template = work.resolve("template");
        Files.createDirectories(template.resolve("notes/2024"));
        Files.writeString(template.resolve("carnet.yml"), "title: \"Carnet\"\nlanguage: fr\ntimezone: Europe/Paris\n"
                + "baseUrl: https://example.org/\nauthor:\n  name: \"A. Author\"\n  email: author@example.org\n");
        for (int i = 0; i < NOTES; i++) {
            String tags = i % 3 == 0 ? "[atelier, \"médiation numérique\"]" : "[formation]";
            Files.writeString(template.resolve(String.format("notes/2024/%02d-note-%03d.md", 1 + i % 12, i)),
                    "---\ntitle: \"Note " + i + " : l’atelier\"\ndate: 2024-" + String.format("%02d", 1 + i % 12)
                            + "-10T10:00:00+02:00\ntags: " + tags + "\n---\n\n" + ("Un paragraphe de la note " + i + ". ").repeat(40)
                            + "\n\n## Suite\n\n- un\n- deux\n");
        }
        Files.writeString(template.resolve(".gitignore"), "public/\n.carnet/\n");
        // A WordPress export of a few hundred posts beside the blogs (../export-crash.xml from each).
        LargeExport.write(work.resolve("export-crash.xml"), 300 * 1024, 7);
        git(template, "init", "-q", "-b", "main");
        git(template, "add", "-A");
        git(template, "commit", "-q", "-m", "start");
        // A class-data archive of this jar: each trial's JVM starts in a third of the time.
        archive = work.resolve("carnet.jsa");
        Run built = run(template, List.of("-XX:ArchiveClassesAtExit=" + archive), List.of("build"));
        assertThat(template.resolve("public/index.html")).as(built.out()).exists();
    }

    private static final List<Op> OPS = List.of(
            new Op("tag", List.of("tag", "notes/2024/06-note-005.md", "+crash"), blog -> { }),
            new Op("tags rename", List.of("tags", "rename", "atelier", "ateliers"), blog -> { }),
            new Op("commit", List.of("commit", "-m", "Notes touchées"), CrashConsistencyIT::touchEveryFifthNote),
            new Op("build", List.of("build"), CrashConsistencyIT::touchEveryFifthNote),
            new Op("publish", List.of("publish"), blog -> {
                touchEveryFifthNote(blog);
                git(blog, "commit", "-q", "-a", "-m", "Notes touchées");
                withRemote(blog);
            }),
            new Op("sync", List.of("sync"), blog -> {
                withRemote(blog);
                committedElsewhere(blog);
                touchEveryFifthNote(blog);
                git(blog, "commit", "-q", "-a", "-m", "Notes touchées");
            }),
            new Op("import", List.of("import", "wordpress", "../export-crash.xml"), blog -> { }, true),
            new Op(UI, List.of(), blog -> { }));

    @Test
    void everyKillLeavesOldOrNewAndTheRerunFinishes() throws Exception {
        // Two trials at a time (each on its own copy): the suite's time halves on two cores.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Op op : OPS) {
                String name = op.name().replace(' ', '-');
                if (!ONLY.equals(List.of("")) && !ONLY.contains(name) || op.ui() && !CrashTerminal.available()) {
                    if (op.ui() && !CrashTerminal.available()) {
                        System.out.println("CrashConsistencyIT: tmux is not installed (.ci/run installs it): the text UI is not tried");
                    }
                    continue;
                }
                long opStart = System.nanoTime();
                Path expected = fresh("expected-" + name, op);
                Aim aim;
                if (op.ui()) {
                    aim = Aim.of(uiSaves(expected, name));
                } else {
                    // The shorter of two pairs: the first warms the disk's cache; and the trials, whose other lane is
                    // often checking rather than running carnet, run faster than a pair of carnets at once.
                    Aim warm = unbroken(fresh("warm-" + name, op), fresh("warm-alongside-" + name, op), op, pool);
                    Aim timed = unbroken(expected, fresh("expected-alongside-" + name, op), op, pool);
                    aim = new Aim(Math.min(warm.total(), timed.total()), Math.min(warm.window(), timed.window()));
                }
                Map<String, String> before = tree(fresh("before-" + name, op));
                Map<String, String> after = tree(expected);
                Map<String, String> between = op.name().equals("sync") ? remotesNotes(fresh("between-" + name, op)) : Map.of();
                List<Future<String>> trials = new ArrayList<>();
                for (String signal : List.of("KILL", "HUP")) {
                    int count = signal.equals("KILL") ? TRIALS : Math.max(1, TRIALS / 6);
                    for (int trial = 0; trial < count; trial++) {
                        // Each trial its own seed, so that one failure reruns alone with the same delay.
                        Random random = new Random(SEED + 1000L * OPS.indexOf(op) + (signal.equals("KILL") ? 0 : 500) + trial);
                        // Every other trial from the command's start (most of a short command is the JVM starting),
                        // the others from its first change to a little after its end; the UI's, from the key.
                        boolean fromChange = op.ui() || trial % 2 == 1;
                        long delay = (long) (fromChange ? aim.window() * 1.15 * random.nextDouble()
                                : aim.total() * (0.2 + 0.9 * random.nextDouble()));
                        String what = op.name() + ", SIG" + signal + " " + delay + " ms after its " + (fromChange ? "first change" : "start")
                                + " (" + aim + "), trial " + trial + ", seed " + SEED;
                        Path blog = work.resolve("trial-" + name + "-" + signal + "-" + trial);
                        trials.add(pool.submit(() -> (fromChange ? "from change, " : "from start, ")
                                + trial(op, blog, signal, delay, fromChange, before, after, between, what)));
                    }
                }
                Map<String, Integer> outcomes = new TreeMap<>();
                for (Future<String> trial : trials) {
                    try {
                        outcomes.merge(trial.get(), 1, Integer::sum);
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof AssertionError failure ? failure : new AssertionError(e.getCause());
                    }
                }
                System.out.printf("CrashConsistencyIT: %s (%s), %d trials in %d s, killed %s%n", op.name(), aim, trials.size(),
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - opStart), outcomes);
            }
        } finally {
            // The other trial still running would hold files of the folder JUnit is about to delete.
            pool.shutdownNow();
            pool.awaitTermination(2, TimeUnit.MINUTES);
        }
    }

    /** @return where the kill fell: "before" (nothing changed yet), "after" (all done), or "during" */
    private static String trial(Op op, Path blog, String signal, long delay, boolean fromChange, Map<String, String> before, Map<String, String> after,
            Map<String, String> between, String what) throws Exception {
        fresh(blog.getFileName().toString(), op);
        boolean ended = false;
        if (op.ui()) {
            uiKilledAt(blog, signal, delay);
        } else {
            ended = !killedAt(blog, op, signal, delay, fromChange);
        }
        String keep = System.getProperty("carnet.crash.keep");
        if (keep != null) {
            // -Dcarnet.crash.keep=DIR: the blog as the kill left it, to look at when the trial fails.
            new ProcessBuilder("cp", "-a", blog.toString(), Path.of(keep).resolve(blog.getFileName()).toString()).start().waitFor();
            if (Files.isDirectory(origin(blog))) {
                new ProcessBuilder("cp", "-a", origin(blog).toString(), Path.of(keep).resolve(origin(blog).getFileName()).toString()).start().waitFor();
            }
        }
        String outcome = oldOrNew(blog, before, after, between, op.adds(), what);
        outcome = ended ? "ended before the kill" : outcome;
        assertThat(new NoteStore(Blog.open(blog)).load().problems()).as(what).isEmpty();
        Run fsck = git(blog, "fsck", "--no-progress");
        assertThat(fsck.exit()).as(what + ": git fsck\n" + fsck.out()).isZero();
        if (op.ui()) {
            uiSavesAgain(blog, before, what);
        } else {
            Run again = inProcess(blog, op.args());
            assertThat(again.exit()).as(what + ": the rerun\n" + again.out()).isZero();
        }
        assertThat(tree(blog)).as(what + ": after the rerun").isEqualTo(after);
        Run status = inProcess(blog, List.of("status"));
        assertThat(status.exit()).as(what + ": carnet status\n" + status.out()).isZero();
        Fixtures.delete(blog);
        Fixtures.delete(origin(blog));
        return outcome;
    }

    /**
     * How long an unbroken run takes beside another, as each trial runs: measured alone, it is
     * shorter, and the kills all fell before the command had changed anything (the whole suite
     * once killed every {@code tag}, {@code commit} and {@code build} before its first write).
     */
    private static Aim unbroken(Path blog, Path alongside, Op op, ExecutorService pool) throws Exception {
        Future<Aim> other = pool.submit(() -> timed(alongside, op));
        Aim one = timed(blog, op);
        Aim two = other.get();
        Aim aim = new Aim(Math.min(one.total(), two.total()), Math.min(one.window(), two.window()));
        Fixtures.delete(alongside);
        Fixtures.delete(origin(alongside));
        return aim;
    }

    /** How long an unbroken run takes from its start, and from its first change of the blog, to its end (ms). */
    record Aim(long total, long window) {
        static Aim of(long millis) {
            return new Aim(millis, millis);
        }

        @Override
        public String toString() {
            return "unbroken: " + total + " ms, " + window + " from its first change";
        }
    }

    private static Aim timed(Path blog, Op op) throws Exception {
        try (FirstChange change = new FirstChange(blog)) {
            long start = System.nanoTime();
            Process process = start(blog, List.of(), op.args());
            firstChange(process, change);
            long changed = System.nanoTime();
            // Timed to the process's end, not to its output's: a child it started may hold that open longer.
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            long end = System.nanoTime();
            assertThat(process.exitValue()).as(op.name() + "\n" + out.get(60, TimeUnit.SECONDS)).isZero();
            return new Aim(TimeUnit.NANOSECONDS.toMillis(end - start), TimeUnit.NANOSECONDS.toMillis(end - changed));
        }
    }

    private static void firstChange(Process process, FirstChange change) throws InterruptedException {
        long until = System.currentTimeMillis() + 120_000;
        while (!change.await(20) && process.isAlive() && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
    }

    /** The text UI opened on the blog, {@code d} pressed (a draft now), closed: how long the save took to show. */
    private static long uiSaves(Path blog, String name) {
        try (CrashTerminal terminal = ui(blog, name)) {
            terminal.waitFor(" change");
            long start = System.nanoTime();
            drafted(terminal, blog, notes(blog), name);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            quit(terminal);
            assertThat(terminal.exitStatus()).isZero();
            return millis;
        }
    }

    private static void uiKilledAt(Path blog, String signal, long delay) throws InterruptedException {
        try (CrashTerminal terminal = ui(blog, blog.getFileName().toString())) {
            terminal.waitFor(" change");
            terminal.keys("d");
            Thread.sleep(delay);
            terminal.kill(signal);
        }
    }

    /** As the author would after a dropped connection: open the UI again and, if the note is not a draft yet, press {@code d}. */
    private static void uiSavesAgain(Path blog, Map<String, String> before, String what) {
        try (CrashTerminal terminal = ui(blog, blog.getFileName() + "-again")) {
            terminal.waitFor(" change");
            Map<String, String> old = new TreeMap<>(before);
            old.keySet().removeIf(key -> !key.startsWith("notes/"));
            drafted(terminal, blog, old, what);
            quit(terminal);
            assertThat(terminal.exitStatus()).as(what + ": the text UI, again").isZero();
        }
    }

    /**
     * {@code d} until the note shows as a draft: a key sent while the UI is still settling its
     * terminal can be lost, and then is sent again (while the notes are still {@code old}).
     */
    private static void drafted(CrashTerminal terminal, Path blog, Map<String, String> old, String what) {
        for (int tries = 0; tries < 5 && notes(blog).equals(old); tries++) {
            terminal.keys("d");
            if (terminal.shows("[draft]", 3_000)) {
                return;
            }
        }
        assertThat(terminal.shows("[draft]", 5_000)).as(what + ": the note shows as a draft\n" + terminal.screen()).isTrue();
    }

    private static Map<String, String> notes(Path blog) {
        Map<String, String> notes = new TreeMap<>(tree(blog));
        notes.keySet().removeIf(key -> !key.startsWith("notes/"));
        return notes;
    }

    /** q, then Quit in the dialog that says the change is not committed, once the UI knows of it. */
    private static void quit(CrashTerminal terminal) {
        terminal.endWith("q", "Quit?", "Tab", "Enter");
    }

    private static CrashTerminal ui(Path blog, String session) {
        // The text UI's classes are not the build's: an archive of its own, made by the unbroken run.
        Path uiArchive = work.resolve("carnet-ui.jsa");
        String flag = Files.exists(uiArchive) ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=";
        return new CrashTerminal(session, blog, List.of("CARNET_LANG=en", "GIT_CONFIG_NOSYSTEM=1", "EDITOR=true"),
                command(List.of(flag + uiArchive), List.of()));
    }

    /** carnet in this JVM, as the command line runs it, in {@code dir}. */
    private static Run inProcess(Path dir, List<String> args) {
        StringWriter out = new StringWriter();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("CARNET_LANG", "en");
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(out, true), new BufferedReader(new StringReader("")),
                env, dir, Clock.systemDefaultZone(), false);
        int exit = CarnetCli.run(context, args.toArray(String[]::new));
        return new Run(exit, out.toString());
    }

    private static void touchEveryFifthNote(Path blog) {
        try (Stream<Path> notes = Files.list(blog.resolve("notes/2024"))) {
            for (Path note : notes.sorted().toList()) {
                if (note.getFileName().toString().hashCode() % 5 == 0) {
                    Files.writeString(note, Files.readString(note).replace("## Suite", "## Suite et fin"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The notes as the remote's main has them: what the work tree holds between a replay's steps. */
    private static Map<String, String> remotesNotes(Path blog) {
        assertThat(git(blog, "fetch", "-q", "origin").exit()).isZero();
        assertThat(git(blog, "checkout", "-q", "--detach", "FETCH_HEAD").exit()).isZero();
        Map<String, String> notes = new TreeMap<>(tree(blog));
        notes.keySet().removeIf(key -> !key.startsWith("notes/"));
        return notes;
    }

    /** A bare remote beside the blog, holding its main as it is now. */
    private static void withRemote(Path blog) {
        Path origin = origin(blog);
        Fixtures.delete(origin);
        assertThat(git(blog.getParent(), "clone", "-q", "--bare", blog.toString(), origin.toString()).exit()).isZero();
        assertThat(git(blog, "remote", "add", "origin", origin.toString()).exit()).isZero();
    }

    private static Path origin(Path blog) {
        return blog.resolveSibling(blog.getFileName() + ".origin.git");
    }

    /** Someone else changes a note the blog does not touch, and pushes it: the sync must replay onto it. */
    private static void committedElsewhere(Path blog) {
        Path other = blog.resolveSibling(blog.getFileName() + ".other");
        Fixtures.delete(other);
        assertThat(git(blog.getParent(), "clone", "-q", origin(blog).toString(), other.toString()).exit()).isZero();
        try {
            Path note = other.resolve("notes/2024/02-note-001.md");
            Files.writeString(note, Files.readString(note) + "\nAjouté ailleurs.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(git(other, "commit", "-q", "-a", "-m", "Ailleurs").exit()).isZero();
        assertThat(git(other, "push", "-q", "origin", "main").exit()).isZero();
        Fixtures.delete(other);
    }

    /** A copy of the template (its git repository and built site included), prepared for the command. */
    private static Path fresh(String name, Op op) throws IOException {
        Path blog = work.resolve(name);
        Fixtures.delete(blog);
        Fixtures.delete(origin(blog));
        try (Stream<Path> walk = Files.walk(template)) {
            for (Path path : walk.toList()) {
                Path copy = blog.resolve(template.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                    Files.setLastModifiedTime(copy, Files.getLastModifiedTime(path));
                }
            }
        }
        op.prepare().accept(blog);
        return blog;
    }

    /** Killed {@code delay} ms after its start, or after its first change of the blog. */
    /** @return whether it was killed (not ended before) */
    private static boolean killedAt(Path blog, Op op, String signal, long delay, boolean fromChange) throws Exception {
        Process process;
        try (FirstChange change = new FirstChange(blog)) {
            process = start(blog, List.of(), op.args());
            if (fromChange) {
                firstChange(process, change);
            }
        }
        boolean killed = !process.waitFor(delay, TimeUnit.MILLISECONDS);
        if (killed) {
            if (signal.equals("KILL")) {
                process.destroyForcibly();
            } else {
                new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
            }
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        if (!killed && process.exitValue() != 0) {
            // It stopped by itself, failing: then it is no trial of a kill, and a failure to look at.
            throw new AssertionError(op.name() + " failed before its kill, exit " + process.exitValue() + ":\n"
                    + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return killed;
    }

    /**
     * Every note, the site and the git refs as they were before or as an unbroken run leaves them;
     * in the middle of a sync's replay a note may also be whole as the remote has it ({@code between}).
     */
    private static String oldOrNew(Path blog, Map<String, String> before, Map<String, String> after, Map<String, String> between,
            boolean adds, String what) {
        Map<String, String> now = tree(blog);
        for (Map.Entry<String, String> file : now.entrySet()) {
            if (file.getKey().startsWith("notes/") || file.getKey().startsWith("refs")) {
                List<String> allowed = new ArrayList<>(Arrays.asList(before.get(file.getKey()), after.get(file.getKey())));
                if (file.getKey().startsWith("notes/")) {
                    allowed.add(between.get(file.getKey()));
                }
                assertThat(file.getValue()).as(what + ": " + file.getKey()).isIn(allowed);
            }
        }
        List<String> notes = now.keySet().stream().filter(k -> k.startsWith("notes/")).toList();
        List<String> newNotes = after.keySet().stream().filter(k -> k.startsWith("notes/")).toList();
        if (adds) {
            // Some of the new notes may be missing; each one there is whole (checked above), none is extra, none lost.
            assertThat(newNotes).as(what).containsAll(notes);
            assertThat(notes).as(what).containsAll(before.keySet().stream().filter(k -> k.startsWith("notes/")).toList());
        } else {
            assertThat(notes).as(what).containsExactlyInAnyOrderElementsOf(newNotes);
        }
        String site = now.get("public");
        assertThat(site).as(what + ": public/ is the old or the new site").isIn(before.get("public"), after.get("public"));
        return now.equals(before) ? "before" : now.equals(after) ? "after" : "during";
    }

    /**
     * Note path → its bytes; "public" → a digest of the whole site; "refs …" → each branch's commit
     * trees and subjects (not their dates), here and on the remote when there is one.
     */
    private static Map<String, String> tree(Path blog) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(blog.resolve("notes"))) {
            // Not the hidden temporary file a killed atomic write leaves (the next write of that note clears it): not a note.
            for (Path file : walk.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")).toList()) {
                files.put(blog.relativize(file).toString(), HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
            StringBuilder site = new StringBuilder();
            Path pub = blog.resolve("public");
            if (Files.isDirectory(pub)) {
                try (Stream<Path> all = Files.walk(pub)) {
                    for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                        site.append(pub.relativize(file)).append(' ').append(Arrays.hashCode(Files.readAllBytes(file))).append('\n');
                    }
                }
            }
            files.put("public", site.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.put("refs", git(blog, "log", "--format=%T %s", "main").out());
        files.put("refs gh-pages", git(blog, "log", "--format=%T %s", "gh-pages", "--").out());
        if (Files.isDirectory(origin(blog))) {
            // Each branch of the remote on its own: a push of two branches is not one atomic step.
            for (String branch : List.of("main", "gh-pages")) {
                files.put("refs origin " + branch, git(origin(blog), "log", "--format=%T %s", branch, "--").out());
            }
        }
        return files;
    }

    record Run(int exit, String out) {
    }

    private static Process start(Path dir, List<String> jvm, List<String> args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(jvm, args)).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("CARNET_LANG", "en");
        return builder.start();
    }

    private static List<String> command(List<String> jvm, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        if (jvm.isEmpty() && archive != null && Files.exists(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(jvm);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(args);
        return command;
    }

    private static Run run(Path dir, List<String> jvm, List<String> args) {
        try {
            Process process = start(dir, jvm, args);
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Run(process.exitValue(), out);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static Run git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Run(process.exitValue(), out);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
