package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteListingTest {
    @TempDir
    Path dir;

    @Test
    void aWalkIsKeptUntilTold_andOnlyTheWrittenNotesAreStatedAgain() throws Exception {
        Path june = Files.writeString(dir.resolve("06-juin.md"), "juin");
        Path may = Files.writeString(dir.resolve("05-mai.md"), "mai");
        NoteListing listing = new NoteListing();
        assertThat(listing.reuse()).as("nothing walked yet").isNull();
        Map<Path, BasicFileAttributes> stats = new HashMap<>();
        stats.put(june, Files.readAttributes(june, BasicFileAttributes.class));
        stats.put(may, Files.readAttributes(may, BasicFileAttributes.class));
        listing.walked(new NoteListing.Walk(List.of(may, june), stats, Set.of()));

        Files.writeString(june, "juin, plus long");
        listing.touched(june);
        NoteListing.Walk kept = listing.reuse();

        assertThat(kept.files()).containsExactly(may, june);
        assertThat(kept.stats().get(june).size()).isEqualTo("juin, plus long".length());
        assertThat(kept.stats().get(may)).isSameAs(stats.get(may));
    }

    @Test
    void aNoteItDidNotFindOrAnythingUnknownMeansAWalk() throws Exception {
        Path june = Files.writeString(dir.resolve("06-juin.md"), "juin");
        NoteListing listing = new NoteListing();
        listing.reuse();
        listing.walked(new NoteListing.Walk(List.of(june), Map.of(june, Files.readAttributes(june, BasicFileAttributes.class)), Set.of()));
        listing.touched(Files.writeString(dir.resolve("07-juillet.md"), "juillet"));
        assertThat(listing.reuse()).isNull();
        listing.unknown();
        assertThat(listing.reuse()).isNull();
        assertThat(listing.reuse()).as("told nothing since").isNotNull();
    }
}
