package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB note (a paste gone wrong) in a JVM held to a 256 MB heap: build and check refuse it in
 * one line naming it, quickly, and a note just under the 4 MB limit builds in the same heap.
 * Runs the built jar as a person would.
 */
class HugeNoteIT {
    private static final Path JAR = Path.of(System.getProperty("carnet.jar", "target/carnet-all.jar"));
    private static final String PARAGRAPH = "le centre social ouvre un atelier de réparation : venez avec vos ordinateurs"
            + " et vos questions, voir [le programme](https://exemple.fr/atelier) et *la carte* !\n\n";

    @TempDir
    Path dir;

    private record Run(int exit, String output, long millis) {
    }

    private Run carnet(Path workingDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
    }

    private Path blogWithANoteOf(long bytes) throws Exception {
        assertThat(carnet(dir, "init", "blog", "--title", "Gros carnet", "--language", "en").exit()).isZero();
        Path blog = dir.resolve("blog");
        Path note = blog.resolve("notes/2024/06-longue.md");
        Files.createDirectories(note.getParent());
        try (Writer writer = Files.newBufferedWriter(note, StandardCharsets.UTF_8)) {
            writer.write("---\ntitle: \"Très longue\"\ndate: 2024-07-01T09:30:00+02:00\n---\n\n");
            for (long written = 0; written + 200 < bytes; written += PARAGRAPH.getBytes(StandardCharsets.UTF_8).length) {
                writer.write(PARAGRAPH);
            }
        }
        return blog;
    }

    @Test
    void aFiftyMegabyteNoteIsRefusedByBuildAndCheckInOneLineNamingIt() throws Exception {
        Path blog = blogWithANoteOf(50L << 20);

        for (String command : List.of("build", "check")) {
            Run run = carnet(blog, command);
            assertThat(run.exit()).as(run.output()).isNotZero();
            assertThat(run.output()).contains("notes/2024/06-longue.md: is 50.0 MB; a note may be at most 4 MB")
                    .doesNotContain("OutOfMemoryError", "StackOverflowError", "\tat ");
            assertThat(run.millis()).as(command + " took").isLessThan(20_000);
        }
    }

    @Test
    void aNoteJustUnderTheLimitBuildsInASmallHeap() throws Exception {
        Path blog = blogWithANoteOf((4L << 20) - 4096);

        Run run = carnet(blog, "build");

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(Files.size(blog.resolve("public/2024/07/longue/index.html"))).isGreaterThan(4L << 20);
    }
}
