package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two carnet processes tagging one note at the same time, as two shells would: every tag lands. */
class TwoProcessesIT {
    private static final Path JAR = Path.of(System.getProperty("carnet.jar", "target/carnet-all.jar"));
    private static final String JUNE = "notes/2024/06-notes-de-juin-2024.md";

    @TempDir
    Path dir;

    @Test
    void twoCarnetTagRunsAtOnceLoseNoTag() throws Exception {
        Fixtures.blog(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 4; round++) {
            List<Process> running = new ArrayList<>();
            for (String writer : List.of("a", "b")) {
                running.add(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString(),
                        "tag", JUNE, "+" + writer + round).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
            }
            for (Process process : running) {
                assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(process.exitValue()).isZero();
            }
        }
        List<String> tags = new NoteStore(Blog.open(dir)).read(JUNE).meta().tags();
        for (int round = 0; round < 4; round++) {
            assertThat(tags).contains("a" + round, "b" + round);
        }
    }
}
