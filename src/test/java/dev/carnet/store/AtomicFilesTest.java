package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aWriteClearsTheTemporaryFilesKilledWritesOfTheSameFileLeftButNotAYoungOne() throws Exception {
        Path note = dir.resolve("06-juin.md");
        Fixtures.write(note, "avant");
        Path killed = dir.resolve(".06-juin.md.123456.tmp");
        Path young = dir.resolve(".06-juin.md.789.tmp");
        Path other = dir.resolve(".07-juillet.md.42.tmp");
        for (Path leftover : new Path[] {killed, young, other}) {
            Files.writeString(leftover, "à moitié");
        }
        FileTime longAgo = FileTime.from(Files.getLastModifiedTime(note).toInstant().minus(Duration.ofMinutes(10)));
        Files.setLastModifiedTime(killed, longAgo);
        Files.setLastModifiedTime(other, longAgo);

        AtomicFiles.write(note, "après".getBytes(StandardCharsets.UTF_8));

        assertThat(note).hasContent("après");
        assertThat(killed).doesNotExist();
        assertThat(young).exists();
        assertThat(other).exists();
    }
}
