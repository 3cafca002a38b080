package dev.carnet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.carnet.Fixtures;
import dev.carnet.store.Blog;
import dev.carnet.store.NoteParser;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Notes no one writes by hand, but a paste, an import or an attacker can: nested ten thousand
 * deep, or larger than a book. The build stops in seconds with one line naming the note, never an
 * OutOfMemoryError or a StackOverflowError. (HugeNoteIT builds a 50 MB note in a small heap.)
 */
class HugeInputsTest {
    private static final Duration BOUNDED = Duration.ofSeconds(30);
    private static final String HEADER = "---\ntitle: \"Profond\"\ndate: 2024-09-01T10:00:00+02:00\n---\n\n";

    @TempDir
    Path dir;
    Blog blog;

    @BeforeEach
    void sampleBlog() {
        Fixtures.copy("site-blog", dir);
        blog = Blog.open(dir);
    }

    private void build() {
        assertTimeoutPreemptively(BOUNDED, () -> new SiteBuilder(blog, SiteBuilderTest.CLOCK).build(BuildOptions.PUBLISHED, new MemorySink()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"- ", "* ", "1. ", "> - ", "- > ", "+ 1) "})
    void aListNestedTenThousandDeepStopsTheBuildNamingTheNoteOnOneLine(String level) {
        Fixtures.write(dir.resolve("notes/2024/09-profond.md"), HEADER + level.repeat(10_000) + "x\n");
        assertThatThrownBy(this::build)
                .hasMessageStartingWith("notes/2024/09-profond.md:6: quotes or lists nested too deep")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aNoteLargerThanTheLimitStopsTheBuildNamingTheNoteAndItsSize() {
        String paragraph = "Une ligne de texte assez ordinaire, répétée pour faire une très longue note.\n\n";
        Fixtures.write(dir.resolve("notes/2024/09-enorme.md"), HEADER + paragraph.repeat(NoteParser.MAX_BYTES / paragraph.length() + 1));
        assertThatThrownBy(this::build)
                .hasMessageStartingWith("notes/2024/09-enorme.md: is 4.").hasMessageContaining(" MB; a note may be at most 4 MB: split it")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aNoteJustUnderTheLimitIsBuilt() {
        String paragraph = "Une ligne de texte assez *ordinaire* : voir [ici](https://exemple.fr/) !\n\n";
        Fixtures.write(dir.resolve("notes/2024/09-longue.md"), HEADER + paragraph.repeat((NoteParser.MAX_BYTES - 200) / paragraph.length()));
        build();
    }
}
