package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.HostileText;
import dev.carnet.error.CarnetException;
import dev.carnet.model.Notebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Whatever a person types to name a note ({@code carnet show}, {@code edit}, {@code tag}), the
 * answer is a note or page of the blog, or carnet's refusal: never a file outside the blog,
 * never another exception.
 * Rerun: {@code mvn -o test -Dtest=NoteLookupEscapeTest}.
 */
class NoteLookupEscapeTest {
    private static final String[] PATHS = {"../", "..", "/", "\\", "..\\", "./", "notes/", "2024/", ".md", "/etc/passwd", "~",
        "%2e%2e%2f", "notes/2024/06-notes-de-juin-2024.md", "pages/about.md", "06-", "juin", "2024-06", "\u0000", "//", "*"};
    private Path root;
    private Blog blog;
    private Notebook notebook;

    @BeforeProperty
    void copyBlog() throws IOException {
        root = Files.createTempDirectory("carnet-lookup");
        blog = Blog.open(Fixtures.blog(root.resolve("blog")));
        Files.createDirectories(root.resolve("outside"));
        Files.writeString(root.resolve("outside/06-notes-de-juin-2024.md"), "---\ntitle: dehors\n---\n");
        notebook = new NoteStore(blog).load();
    }

    @AfterProperty
    void removeBlog() {
        Fixtures.delete(root);
    }

    @Provide
    Arbitrary<String> references() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PATHS), HostileText.text(2));
        return piece.list().ofMaxSize(6).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> workingDirs() {
        return Arbitraries.of("blog", "blog/notes/2024", "blog/pages", "outside", ".");
    }

    @Property(tries = 400)
    void aLookupAnswersANoteOfTheBlogOrRefusesInOneLine(@ForAll("references") String reference, @ForAll("workingDirs") String where) {
        String path;
        try {
            path = new NoteLookup(blog, notebook).resolve(reference, root.resolve(where));
        } catch (CarnetException refused) {
            return; // its message quotes what was typed, line breaks included
        }
        Path file = blog.root().resolve(path).normalize();
        assertThat(file.startsWith(blog.root())).as(file.toString()).isTrue();
        assertThat(path).matches("(notes|pages)/.+\\.md");
        assertThat(Files.isRegularFile(file)).isTrue();
    }

    @Property(tries = 400)
    void aBlogPathOutsideTheBlogIsRefused(@ForAll("references") String relative) {
        Path file;
        try {
            file = blog.resolve(relative);
        } catch (CarnetException refused) {
            return;
        }
        assertThat(file.startsWith(blog.root()) && !file.equals(blog.root())).as(file.toString()).isTrue();
    }
}
