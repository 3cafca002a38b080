package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.Fixtures;
import dev.carnet.error.CarnetException;
import dev.carnet.error.NoteNotFoundException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteLookupTest {
    @TempDir
    Path dir;
    Blog blog;

    @BeforeEach
    void sampleBlog() {
        Fixtures.blog(dir);
        Fixtures.write(dir.resolve("notes/2024/06-atelier-smartphone.md"),
                "---\ntitle: \"Atelier smartphone\"\ndate: 2024-06-20T18:00:00+02:00\n---\nx\n");
        blog = Blog.open(dir);
    }

    private String resolve(String reference, Path from) {
        return new NoteLookup(blog, new NoteStore(blog).load()).resolve(reference, from);
    }

    @Test
    void findsANoteByPathRelativeToWhereYouStand() {
        assertThat(resolve("06-notes-de-juin-2024.md", dir.resolve("notes/2024"))).isEqualTo("notes/2024/06-notes-de-juin-2024.md");
        assertThat(resolve("notes/2024/06-notes-de-juin-2024.md", dir)).isEqualTo("notes/2024/06-notes-de-juin-2024.md");
    }

    /** Found by NoteLookupEscapeTest: a NUL in a path threw the JDK's InvalidPathException, reported as a bug. */
    @Test
    void aPathHoldingANulCharacterIsNoNoteAndNoBlogFile() {
        assertThatThrownBy(() -> resolve("../\u0000.md", dir)).isInstanceOf(NoteNotFoundException.class)
                .hasMessageStartingWith("no note at ../");
        assertThatThrownBy(() -> blog.resolve("notes/\u0000.md")).isInstanceOf(CarnetException.class)
                .hasMessageContaining("not a file name");
    }

    @Test
    void findsANoteBySlugOrPrefix() {
        assertThat(resolve("notes-de-mai-2024", dir)).isEqualTo("notes/2024/05-notes-de-mai-2024.md");
        assertThat(resolve("atelier-f", dir)).isEqualTo("notes/2024/07-atelier-fablab.md");
        assertThat(resolve("Atelier Fablab", dir)).isEqualTo("notes/2024/07-atelier-fablab.md");
    }

    @Test
    void findsANoteByWholeWordsOfItsSlug() {
        assertThat(resolve("juin", dir)).isEqualTo("notes/2024/06-notes-de-juin-2024.md");
        assertThat(resolve("smartphone", dir)).isEqualTo("notes/2024/06-atelier-smartphone.md");
        assertThatThrownBy(() -> resolve("phone", dir)).hasMessageStartingWith("no note matches 'phone'");
    }

    @Test
    void findsTheOnlyNoteOfAMonth() {
        assertThat(resolve("2024-05", dir)).isEqualTo("notes/2024/05-notes-de-mai-2024.md");
    }

    @Test
    void listsTheCandidatesWhenAmbiguous() {
        assertThatThrownBy(() -> resolve("2024-06", dir))
                .isInstanceOf(NoteNotFoundException.class)
                .hasMessage("'2024-06' matches 2 notes: notes/2024/06-notes-de-juin-2024.md, "
                        + "notes/2024/06-atelier-smartphone.md; give the path or more of the slug");
        assertThatThrownBy(() -> resolve("atelier", dir))
                .hasMessage("'atelier' matches 2 notes: notes/2024/07-atelier-fablab.md, "
                        + "notes/2024/06-atelier-smartphone.md; give the path or more of the slug");
    }

    @Test
    void saysWhatToDoWhenNothingMatches() {
        assertThatThrownBy(() -> resolve("2023-01", dir))
                .hasMessage("no note for 2023-01 (create it with: carnet new --month 2023-01)");
        assertThatThrownBy(() -> resolve("inconnu", dir)).hasMessageStartingWith("no note matches 'inconnu'");
    }

    @Test
    void findsABrokenNoteSoItCanBeFixed() {
        Fixtures.write(dir.resolve("notes/2024/08-casse.md"), "---\ntitle: \"Cassée\"\n");
        assertThat(resolve("casse", dir)).isEqualTo("notes/2024/08-casse.md");
        assertThat(resolve("2024-08", dir)).isEqualTo("notes/2024/08-casse.md");
    }

    @Test
    void neverResolvesOutsideTheBlog() {
        assertThatThrownBy(() -> resolve("../../../etc/passwd.md", dir)).hasMessageContaining("outside the blog folder");
    }

    @Test
    void findsTheBlogFromASubfolderLikeGit() {
        assertThat(Blog.find(dir.resolve("notes/2024")).root()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThatThrownBy(() -> Blog.find(dir.getParent())).hasMessageStartingWith("not a carnet blog: no carnet.yml in ");
    }
}
