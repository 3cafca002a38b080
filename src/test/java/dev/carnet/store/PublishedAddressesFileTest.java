package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.model.PublishedAddresses;
import dev.carnet.model.PublishedAddresses.Published;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedAddressesFileTest {
    private static final PublishedAddresses JUNE = PublishedAddresses.NONE
            .plus(List.of(new Published("notes/2024/06-juin.md", "/2024/07/juin/", "https://ex.org/2024/07/juin/")))
            .plus(List.of(new Published("notes/2024/06-juin.md", "/2024/06/juin/", "https://ex.org/2024/06/juin/")));

    @Test
    void aNoteKeepsItsFirstIdAndEveryAddressInOrderThroughTheFile() {
        PublishedAddresses read = PublishedAddressesFile.parse(PublishedAddressesFile.bytes(JUNE));

        assertThat(read).isEqualTo(JUNE);
        assertThat(read.of("notes/2024/06-juin.md").orElseThrow())
                .isEqualTo(new PublishedAddresses.Entry("https://ex.org/2024/07/juin/", List.of("/2024/07/juin/", "/2024/06/juin/")));
        assertThat(read.id("notes/2024/06-juin.md", "https://ex.org/2024/06/juin/")).isEqualTo("https://ex.org/2024/07/juin/");
        assertThat(read.id("notes/2024/05-mai.md", "https://ex.org/2024/06/mai/")).isEqualTo("https://ex.org/2024/06/mai/");
    }

    @Test
    void aLineCutShortOrEditedByHandIsLeftOutAndTheOthersKept() {
        String text = new String(PublishedAddressesFile.bytes(JUNE), StandardCharsets.UTF_8)
                + "notes/2024/05-mai.md\thttps://ex.org/2024/06/mai/\n"
                + "notes/2024/04-avril.md\tpas une adresse\t/2024/05/avril/\n"
                + "notes/2024/03-mars.md\thttps://ex.org/2024/04/mars/\t/2024/04/ma";

        PublishedAddresses read = PublishedAddressesFile.parse(text.getBytes(StandardCharsets.UTF_8));

        assertThat(read.byFile().keySet()).containsExactly("notes/2024/03-mars.md", "notes/2024/06-juin.md");
        assertThat(PublishedAddressesFile.parse("autre chose\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(PublishedAddresses.NONE);
    }

    @Test
    void twoClonesMemoriesMergeWithoutForgettingAnAddress() {
        PublishedAddresses elsewhere = PublishedAddresses.NONE
                .plus(List.of(new Published("notes/2024/06-juin.md", "/2024/07/juin/", "https://ex.org/2024/07/juin/")))
                .plus(List.of(new Published("notes/2024/06-juin.md", "/2024/07/notes-de-juin/", "https://ex.org/2024/07/notes-de-juin/"),
                        new Published("pages/about.md", "/about/", "https://ex.org/about/")));

        PublishedAddresses both = JUNE.merge(elsewhere);

        assertThat(both.of("notes/2024/06-juin.md").orElseThrow().paths())
                .containsExactly("/2024/07/juin/", "/2024/06/juin/", "/2024/07/notes-de-juin/");
        assertThat(both.of("pages/about.md")).isPresent();
    }
}
