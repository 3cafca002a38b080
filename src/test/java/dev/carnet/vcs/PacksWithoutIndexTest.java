package dev.carnet.vcs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacksWithoutIndexTest {
    @TempDir
    Path packs;

    @Test
    void deletesOnlyThePackWhoseIndexIsMissingWithWhatWasMadeFromIt() throws Exception {
        Path whole = old(packs.resolve("pack-aaaa.pack"));
        old(packs.resolve("pack-aaaa.idx"));
        Path orphan = old(packs.resolve("pack-bbbb.pack"));
        Path reverse = old(packs.resolve("pack-bbbb.rev"));
        Path keep = old(packs.resolve("pack-bbbb.keep"));

        assertThat(PacksWithoutIndex.clear(packs)).isEqualTo(1);

        assertThat(orphan).doesNotExist();
        assertThat(reverse).doesNotExist();
        assertThat(whole).exists();
        assertThat(keep).as("a keep file may be the author's git's: left").exists();
    }

    @Test
    void aPackJustMovedInIsGivenTimeForItsIndex() throws Exception {
        Path pack = Files.writeString(packs.resolve("pack-cccc.pack"), "PACK");
        Thread indexer = new Thread(() -> {
            try {
                Thread.sleep(300);
                Files.writeString(packs.resolve("pack-cccc.idx"), "idx");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        indexer.start();

        assertThat(PacksWithoutIndex.clear(packs)).isZero();

        indexer.join();
        assertThat(pack).exists();
    }

    private static Path old(Path file) throws Exception {
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        return file;
    }
}
