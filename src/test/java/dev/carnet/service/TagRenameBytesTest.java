package dev.carnet.service;

import dev.carnet.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.HostileText;
import dev.carnet.model.TagName;
import dev.carnet.store.Blog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * {@code carnet tags rename} changes the tags line of each note that has the tag and not one
 * other byte: not the author's comments, key order, quoting, line ends, a byte-order mark, nor a
 * body holding lines that look like front matter.
 * Rerun: {@code mvn -o test -Dtest=TagRenameBytesTest}.
 */
class TagRenameBytesTest {
    private static final String PATH = "notes/2024/06-x.md";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-01T08:00:00Z"), ZoneOffset.UTC);
    private Path root;

    @BeforeProperty
    void makeBlog() throws IOException {
        root = Files.createTempDirectory("carnet-rename");
        Files.writeString(root.resolve("carnet.yml"), "title: \"Essai\"\ntimezone: Europe/Paris\n");
        Files.createDirectories(root.resolve("notes/2024"));
    }

    @AfterProperty
    void removeBlog() {
        Fixtures.delete(root);
    }

    @Provide
    Arbitrary<String> tagLines() {
        return Arbitraries.of("tags: [atelier, vieux, \"médiation numérique\"]", "tags: [vieux]", "tags: vieux",
                "tags:\n- atelier\n- vieux", "tags:\n  - \"vieux\"\n  - l'été", "'tags' : [ Vieux ]  # renommé bientôt");
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(HostileText.text(12).map(t -> t.replace("\r", "")),
                Arbitraries.just("\n---\ntags: [vieux]\n---\n"), Arbitraries.just(""));
    }

    @Provide
    Arbitrary<String> newTags() {
        // A tag with nothing left of it (say "-") is refused; renaming a tag to itself writes nothing.
        return HostileText.text(4).filter(t -> t.strip().equals(t) && !TagName.key(t).isEmpty() && !TagName.same(t, "vieux"));
    }

    @Property(tries = 120)
    void renamingATagChangesTheTagsLineAndNoOtherByte(@ForAll("tagLines") String tags, @ForAll("bodies") String body,
                                                      @ForAll("newTags") String newTag, @ForAll boolean crlf, @ForAll boolean bom)
            throws IOException {
        String newline = crlf ? "\r\n" : "\n";
        String head = String.join(newline, "---", "# écrit à la main", "title: 'Notes : juin'", "date: 2024-07-01T09:30:00+02:00", "");
        String tail = String.join(newline, "", "summary: >", "  Deux lignes", "  de résumé", "draft: false", "---", "") + body.replace("\n", newline);
        String before = (bom ? "\ufeff" : "") + head + tags.replace("\n", newline) + tail;
        Path file = root.resolve(PATH);
        Files.write(file, before.getBytes(StandardCharsets.UTF_8));

        List<String> changed = new NoteService(Blog.open(root), CLOCK).renameTag("vieux", newTag);

        String after = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(changed).containsExactly(PATH);
        assertThat(after).startsWith((bom ? "\ufeff" : "") + head).endsWith(tail);
        String line = after.substring(head.length() + (bom ? 1 : 0), after.length() - tail.length());
        assertThat(line).startsWith("tags: [").doesNotContain(newline);
    }
}
