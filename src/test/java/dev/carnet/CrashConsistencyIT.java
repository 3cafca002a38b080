package dev.carnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.importer.LargeExport;
import dev.carnet.store.Blog;
import dev.carnet.store.NoteStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * carnet as a separate JVM, killed at seeded random moments of a command (SIGKILL, and SIGHUP as a
 * dropped SSH connection sends), on a blog of 300 notes in a git repository (and a WordPress export
 * of a few hundred posts for {@code import}). After every kill:
 * each note is byte for byte its old or its new version, the notes all read, the system's
 * {@code git fsck} passes, {@code public/} is the old or the new site, and running the same
 * command again succeeds and gives the result an unbroken run gives, after which
 * {@code carnet status} works. Trials: {@code -Dcarnet.crash.trials=N} a command with SIGKILL
 * (default 6, to keep {@code mvn verify} short; 30 for the full run of docs/RELIABILITY.md), a
 * sixth of that with SIGHUP; each failure prints its seed and delay, and
 * {@code -Dcarnet.crash.seed=S} replays a run, {@code -Dcarnet.crash.ops=sync,tags-rename} tries only those.
 */
class CrashConsistencyIT {
    private static final Path JAR = Path.of(System.getProperty("carnet.jar", "target/carnet-all.jar")).toAbsolutePath();
    private static final int TRIALS = Integer.getInteger("carnet.crash.trials", 3);
    private static final long SEED = Long.getLong("carnet.crash.seed", 20261202L);
    /** {@code -Dcarnet.crash.ops=sync,import}: only these commands (all by default). */
    private static final List<String> ONLY = List.of(System.getProperty("carnet.crash.ops", "").split(","));
    private static final int NOTES = 300;

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
        LargeExport.write(work.resolve("export-crash.xml"), 600 * 1024, 7);
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
            new Op("import", List.of("import", "wordpress", "../export-crash.xml"), blog -> { }, true));

    @Test
    void everyKillLeavesOldOrNewAndTheRerunFinishes() throws Exception {
        // Two trials at a time (each on its own copy): the suite's time halves on two cores.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Op op : OPS) {
                if (!ONLY.equals(List.of("")) && !ONLY.contains(op.name().replace(' ', '-'))) {
                    continue;
                }
                String name = op.name().replace(' ', '-');
                Path expected = fresh("expected-" + name, op);
                long start = System.nanoTime();
                assertThat(run(expected, List.of(), op.args()).exit()).isZero();
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                Map<String, String> before = tree(fresh("before-" + name, op));
                Map<String, String> after = tree(expected);
                Map<String, String> between = op.name().equals("sync") ? remotesNotes(fresh("between-" + name, op)) : Map.of();
                List<Future<?>> trials = new ArrayList<>();
                for (String signal : List.of("KILL", "HUP")) {
                    int count = signal.equals("KILL") ? TRIALS : Math.max(1, TRIALS / 6);
                    for (int trial = 0; trial < count; trial++) {
                        // Each trial its own seed, so that one failure reruns alone with the same delay.
                        Random random = new Random(SEED + 1000L * OPS.indexOf(op) + (signal.equals("KILL") ? 0 : 500) + trial);
                        // Most of a short command is the JVM starting: aim at the part where it writes.
                        long delay = (long) (millis * (0.3 + 0.8 * random.nextDouble()));
                        String what = op.name() + ", SIG" + signal + " after " + delay + " ms (of " + millis + "), trial " + trial
                                + ", seed " + SEED;
                        Path blog = work.resolve("trial-" + name + "-" + signal + "-" + trial);
                        trials.add(pool.submit(() -> {
                            trial(op, blog, signal, delay, before, after, between, what);
                            return null;
                        }));
                    }
                }
                for (Future<?> trial : trials) {
                    try {
                        trial.get();
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof AssertionError failure ? failure : new AssertionError(e.getCause());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void trial(Op op, Path blog, String signal, long delay, Map<String, String> before, Map<String, String> after,
            Map<String, String> between, String what) throws Exception {
        fresh(blog.getFileName().toString(), op);
        killedAt(blog, op, signal, delay);
        String keep = System.getProperty("carnet.crash.keep");
        if (keep != null) {
            // -Dcarnet.crash.keep=DIR: the blog as the kill left it, to look at when the trial fails.
            new ProcessBuilder("cp", "-a", blog.toString(), Path.of(keep).resolve(blog.getFileName()).toString()).start().waitFor();
        }
        oldOrNew(blog, before, after, between, op.adds(), what);
        assertThat(new NoteStore(Blog.open(blog)).load().problems()).as(what).isEmpty();
        Run fsck = git(blog, "fsck", "--no-progress");
        assertThat(fsck.exit()).as(what + ": git fsck\n" + fsck.out()).isZero();
        Run again = run(blog, List.of(), op.args());
        assertThat(again.exit()).as(what + ": the rerun\n" + again.out()).isZero();
        assertThat(tree(blog)).as(what + ": after the rerun").isEqualTo(after);
        Run status = run(blog, List.of(), List.of("status"));
        assertThat(status.exit()).as(what + ": carnet status\n" + status.out()).isZero();
        Fixtures.delete(blog);
        Fixtures.delete(origin(blog));
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

    private static void killedAt(Path blog, Op op, String signal, long delay) throws Exception {
        Process process = start(blog, List.of(), op.args());
        if (!process.waitFor(delay, TimeUnit.MILLISECONDS)) {
            if (signal.equals("KILL")) {
                process.destroyForcibly();
            } else {
                new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
            }
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    /**
     * Every note, the site and the git refs as they were before or as an unbroken run leaves them;
     * in the middle of a sync's replay a note may also be whole as the remote has it ({@code between}).
     */
    private static void oldOrNew(Path blog, Map<String, String> before, Map<String, String> after, Map<String, String> between,
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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        if (jvm.isEmpty() && archive != null && Files.exists(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(jvm);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("CARNET_LANG", "en");
        return builder.start();
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
