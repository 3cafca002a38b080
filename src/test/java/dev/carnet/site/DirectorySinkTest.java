package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySinkTest {
    @TempDir
    Path dir;

    @Test
    void aSwapKilledBetweenItsTwoRenamesIsFinishedByTheNextBuildBeforeAnythingIsDeleted() throws Exception {
        Path target = dir.resolve("public");
        Path scratch = dir.resolve(".carnet");
        // What a kill between the renames leaves: the old site moved aside, the new one complete but not in place.
        Fixtures.write(scratch.resolve(".public.carnet-old/index.html"), "ancien site");
        Fixtures.write(scratch.resolve(".public.carnet-next/index.html"), "nouveau site");
        Fixtures.write(scratch.resolve(".public.carnet-next/" + OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
        assertThat(target).doesNotExist();

        DirectorySink sink = new DirectorySink(target, scratch);
        sink.open();
        assertThat(target.resolve("index.html")).hasContent("nouveau site");

        sink.abort(); // the next build fails: the recovered site stays
        assertThat(target.resolve("index.html")).hasContent("nouveau site");

        sink.open();
        sink.accept(OutputFile.text("index.html", "troisième site", List.of()));
        sink.commit();
        assertThat(target.resolve("index.html")).hasContent("troisième site");
        assertThat(Files.exists(scratch.resolve(".public.carnet-old"))).isFalse();
    }
}
