package dev.carnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** install.sh and the launcher, run as a person would, on the jar this build just made. */
class InstallIT {
    private static final Path BASEDIR = Path.of(System.getProperty("carnet.basedir", "."));
    private static final Path JAR = Path.of(System.getProperty("carnet.jar", "target/carnet-all.jar"));

    @TempDir
    Path prefix;
    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
    }

    private Run run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.remove("VISUAL");
        env.put("EDITOR", "true");
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time: " + String.join(" ", command)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run install(String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BASEDIR.resolve("install.sh").toString(), "--prefix", prefix.toString(),
                "--jar", JAR.toString()));
        command.addAll(List.of(extra));
        return run(home, command.toArray(String[]::new));
    }

    @Test
    void installsALauncherThatWorksFromAnyFolderAndPassesExitCodesThrough() throws Exception {
        Run installed = install();
        assertThat(installed.exit()).as(installed.err()).isZero();
        assertThat(installed.out()).contains("Installed carnet in " + prefix,
                "is not on your PATH", "export PATH=\"" + prefix.resolve("bin") + ":$PATH\"");
        Path carnet = prefix.resolve("bin/carnet");
        assertThat(Files.isExecutable(carnet)).isTrue();
        assertThat(prefix.resolve("lib/carnet/carnet.jar")).exists();
        assertThat(prefix.resolve("lib/carnet/carnet.jsa")).as("class-data archive for fast start").exists();

        Run version = run(Path.of("/"), carnet.toString(), "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("carnet ");
        assertThat(version.err()).isEmpty();

        Run demo = run(home, carnet.toString(), "demo");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.err()).as("no SLF4J or JVM warnings").isEmpty();
        assertThat(home.resolve("carnet-demo/carnet.yml")).exists();

        Run search = run(home.resolve("carnet-demo/notes"), carnet.toString(), "search", "médiation", "numérique");
        assertThat(search.exit()).isZero();
        assertThat(search.out()).contains("Notes de");

        assertThat(run(home, carnet.toString(), "list").exit()).isEqualTo(1);
        assertThat(run(home, carnet.toString(), "no-such-command").exit()).isEqualTo(2);
    }

    @Test
    void reinstallsIdempotentlyIgnoresAStaleArchiveAndUninstalls() throws Exception {
        assertThat(install().exit()).isZero();
        assertThat(install().exit()).isZero();
        Path carnet = prefix.resolve("bin/carnet");
        Files.setLastModifiedTime(prefix.resolve("lib/carnet/carnet.jar"), FileTime.from(Instant.now().plusSeconds(60)));
        Run stale = run(home, carnet.toString(), "--version");
        assertThat(stale.exit()).isZero();
        assertThat(stale.err()).as("a stale archive is ignored silently").isEmpty();

        Run removed = install("--uninstall");
        assertThat(removed.out()).isEqualTo("carnet removed from " + prefix + "\n");
        assertThat(carnet).doesNotExist();
        assertThat(prefix.resolve("lib/carnet")).doesNotExist();
        assertThat(install("--uninstall").out()).isEqualTo("carnet is not installed in " + prefix + "\n");
    }

    @Test
    void theArchiveHoldsTheClassesABuildLoads() throws Exception {
        assertThat(install().exit()).isZero();
        Path carnet = prefix.resolve("bin/carnet");
        assertThat(run(home, carnet.toString(), "demo").exit()).isZero();
        Path lib = prefix.resolve("lib/carnet");
        // The launcher's own flags, with the class loading logged: where each class came from.
        Run build = run(home, "java", "-XX:SharedArchiveFile=" + lib.resolve("carnet.jsa"), "-Xshare:auto", "-Xlog:cds=off",
                "-Xlog:class+load=info", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn128m", "-jar", lib.resolve("carnet.jar").toString(),
                "-C", home.resolve("carnet-demo").toString(), "build");
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.out()).contains("dev.carnet.site.SiteBuilder source: shared objects file",
                "com.vladsch.flexmark.parser.Parser source: shared objects file",
                "io.pebbletemplates.pebble.PebbleEngine source: shared objects file");
    }
}
