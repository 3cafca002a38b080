package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.store.FileClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a site's folder holds, found from its folders' stamps: only a folder whose stamp changed is read. */
class SiteFoldersTest {
    private static final List<String> FILES = List.of("index.html", "feed.xml", "2024/index.html",
            "2024/06/juin/index.html", "2024/07/juillet/index.html", "tags/ateliers/index.html");

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;
    Path site;
    Map<String, InputStamps.Stamp> stamps;

    @BeforeEach
    void aSiteReadOnce() throws IOException {
        site = dir.resolve("public");
        for (String file : FILES) {
            Files.createDirectories(site.resolve(file).getParent());
            Files.writeString(site.resolve(file), file);
        }
        Files.writeString(site.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
        age(site);
        SiteFolders.Listing first = SiteFolders.list(site, Map.of(), List.of());
        assertThat(first.files()).containsExactlyInAnyOrderElementsOf(FILES);
        assertThat(first.folders()).containsOnlyKeys("", "2024", "2024/06", "2024/06/juin", "2024/07", "2024/07/juillet",
                "tags", "tags/ateliers");
        assertThat(first.read()).isEqualTo(8);
        stamps = first.folders();
    }

    /**
     * The folders' times an hour ago (their files' stay, the marker's too: it is the same site): a
     * change now gives a folder another time, whatever the clock's tick.
     */
    static void age(Path root) throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isDirectory).toList()) {
                Files.setLastModifiedTime(path, hourAgo);
            }
        }
    }

    @Test
    void foldersWhoseStampsHoldAreNotReadAndHoldWhatTheLastBuildLeft() throws IOException {
        SiteFolders.Listing again = SiteFolders.list(site, stamps, FILES);

        assertThat(again.read()).isZero();
        assertThat(again.files()).containsExactlyInAnyOrderElementsOf(FILES);
        assertThat(again.folders()).isEqualTo(stamps);
    }

    @Test
    void aFilePutByHandIsFoundInTheOneFolderItChanged() throws IOException {
        Files.writeString(site.resolve("2024/06/brouillon.html"), "à la main");

        SiteFolders.Listing again = SiteFolders.list(site, stamps, FILES);

        assertThat(again.read()).isEqualTo(1);
        assertThat(again.files()).containsExactlyInAnyOrderElementsOf(
                Stream.concat(FILES.stream(), Stream.of("2024/06/brouillon.html")).toList());
    }

    @Test
    void aFolderMadeByHandIsReadWhole() throws IOException {
        Files.createDirectories(site.resolve("ancien/2019"));
        Files.writeString(site.resolve("ancien/2019/index.html"), "ancien site");

        SiteFolders.Listing again = SiteFolders.list(site, stamps, FILES);

        assertThat(again.files()).contains("ancien/2019/index.html").doesNotContain(OutputFolder.MARKER);
        assertThat(again.folders()).containsKeys("ancien", "ancien/2019");
    }

    @Test
    void aFileDeletedByHandIsNoLongerListed() throws IOException {
        Files.delete(site.resolve("2024/07/juillet/index.html"));

        SiteFolders.Listing again = SiteFolders.list(site, stamps, FILES);

        assertThat(again.files()).doesNotContain("2024/07/juillet/index.html").contains("2024/06/juin/index.html");
    }

    @Test
    void aFolderReplacedByALinkIsAFileToDeleteAndWhatItLeadsToIsNeverListed() throws IOException {
        Files.createDirectories(elsewhere.resolve("juin"));
        Files.writeString(elsewhere.resolve("juin/index.html"), "à garder");
        Files.writeString(elsewhere.resolve("garder.txt"), "à garder");
        try (Stream<Path> walk = Files.walk(site.resolve("2024/06"))) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        Files.createSymbolicLink(site.resolve("2024/06"), elsewhere);

        SiteFolders.Listing again = SiteFolders.list(site, stamps, FILES);

        assertThat(again.files()).contains("2024/06").doesNotContain("2024/06/juin/index.html", "2024/06/garder.txt");
        assertThat(again.folders()).doesNotContainKeys("2024/06", "2024/06/juin");
        Files.delete(site.resolve("2024/06")); // the link, before JUnit cleans up
    }

    @Test
    void theNextBuildReadsTheFoldersThisOneChangedOrMadeOrThatChangedTooLately() {
        FileClock now = FileClock.of(dir.resolve(".carnet"));
        Map<String, InputStamps.Stamp> withALateOne = new LinkedHashMap<>(stamps);
        withALateOne.put("tags/ateliers", new InputStamps.Stamp(4096, Long.MAX_VALUE - 1, 7));
        Set<String> touched = new HashSet<>();
        SiteFolders.foldersOf("2024/06/juin/index.html", touched);
        SiteFolders.foldersOf("2024/08/aout/index.html", touched);

        Map<String, InputStamps.Stamp> next = SiteFolders.forNextBuild(withALateOne, touched, now);

        assertThat(next).containsOnlyKeys("", "2024", "2024/06", "2024/06/juin", "2024/07", "2024/07/juillet", "2024/08",
                "2024/08/aout", "tags", "tags/ateliers");
        for (String folder : List.of("", "2024", "2024/06", "2024/06/juin", "2024/08", "2024/08/aout")) {
            assertThat(next.get(folder)).as(folder).isEqualTo(SiteFolders.UNKNOWN);
        }
        assertThat(next.get("tags/ateliers")).as("changed after the clock").isEqualTo(SiteFolders.UNKNOWN);
        assertThat(next.get("2024/07/juillet")).isEqualTo(stamps.get("2024/07/juillet")).isNotEqualTo(SiteFolders.UNKNOWN);
        List<String> order = List.copyOf(next.keySet());
        for (String folder : order) {
            assertThat(order.indexOf(SiteFolders.parent(folder))).as("the folder %s is in comes first", folder)
                    .isLessThanOrEqualTo(order.indexOf(folder));
        }
    }

    @Test
    void aSiteWrittenWholeIsStampedFolderByFolderParentsFirst() {
        Map<String, InputStamps.Stamp> found = SiteFolders.stamped(site, FILES);

        assertThat(found).isEqualTo(stamps);
        assertThat(List.copyOf(found.keySet())).startsWith("", "2024").containsSubsequence("2024/06", "2024/06/juin");
    }
}
