package dev.carnet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 25 MB export (4,250 posts, 12,500 comments) imports in a JVM held to a 32 MB heap: the
 * export is read as a stream, twice, and never held whole. Runs the built jar as a person would.
 */
class LargeImportIT {
    private static final Path JAR = Path.of(System.getProperty("carnet.jar", "target/carnet-all.jar"));

    @TempDir
    Path dir;

    private String carnet(Path workingDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished in time").isTrue();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }

    @Test
    void aTwentyFiveMegabyteExportImportsInAThirtyTwoMegabyteHeap() throws Exception {
        Path export = dir.resolve("grand.xml");
        int posts = LargeExport.write(export, 25L * 1024 * 1024, 42);
        carnet(dir, "init", "blog", "--title", "Grand carnet", "--language", "en");
        Path blog = dir.resolve("blog");

        String report = carnet(blog, "import", "wordpress", export.toString());

        assertThat(report).contains("From grand.xml: " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(posts) + " posts");
        try (Stream<Path> notes = Files.walk(blog.resolve("notes"))) {
            assertThat(notes.filter(p -> p.toString().endsWith(".md")).count()).isEqualTo(posts);
        }
        assertThat(report).doesNotContain("OutOfMemoryError");
    }
}
