package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.Fixtures;
import dev.carnet.error.CarnetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged notes of every kind get a one-line message naming the file, never a crash. */
class NoteParserRobustnessTest {
    private static final String PATH = "notes/2024/06-x.md";
    private static final byte[] INTERESTING = "-:\t\n\r\"'[]{}!&*#|>%@`,?\\\u00e9".getBytes(StandardCharsets.UTF_8);

    @Test
    void everyDamagedVariantOfANoteReadsOrFailsWithOneLineNamingTheFile() {
        byte[] original = Fixtures.bytes("blog/notes/2024/06-notes-de-juin-2024.md");
        NoteParser parser = new NoteParser(ZoneId.of("Europe/Paris"));
        Random random = new Random(20240601);
        int failures = 0;
        for (int round = 0; round < 3000; round++) {
            byte[] bytes = mutate(original, random);
            try {
                parser.parseNote(PATH, bytes);
            } catch (CarnetException e) {
                failures++;
                assertThat(e.getMessage()).startsWith(PATH + ":").doesNotContain("\n");
            }
        }
        assertThat(failures).as("the mutations do break notes").isGreaterThan(300);
    }

    @Test
    void aNoteWithTenThousandTagsIsRefusedInOneLineAndAThousandAreRead() {
        NoteParser parser = new NoteParser(ZoneId.of("Europe/Paris"));
        assertThatThrownBy(() -> parser.parseNote(PATH, withTags(10_000)))
                .isInstanceOf(CarnetException.class)
                .hasMessage(PATH + ":4: tags has 10000 tags; a note may have at most 1000 (each tag is a page listing its notes with all their tags)");
        assertThat(parser.parseNote(PATH, withTags(NoteParser.MAX_TAGS)).meta().tags()).hasSize(1000);
    }

    @Test
    void aNoteOrPageOverFourMegabytesIsRefusedInOneLineWithItsSizeAndOneAtTheLimitIsRead() {
        NoteParser parser = new NoteParser(ZoneId.of("Europe/Paris"));
        byte[] head = "---\ntitle: \"Grande\"\ndate: 2024-06-10T10:00:00+02:00\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] atLimit = Arrays.copyOf(head, NoteParser.MAX_BYTES);
        Arrays.fill(atLimit, head.length, atLimit.length, (byte) 'a');
        assertThat(parser.parseNote(PATH, atLimit).body()).hasSize(NoteParser.MAX_BYTES - head.length);
        byte[] over = Arrays.copyOf(atLimit, 50 << 20);
        assertThatThrownBy(() -> parser.parseNote(PATH, over)).isInstanceOf(CarnetException.class)
                .hasMessage(PATH + ": is 50.0 MB; a note may be at most 4 MB: split it in several notes, or put data files in static/");
        assertThatThrownBy(() -> parser.parsePage("pages/about.md", over)).hasMessageStartingWith("pages/about.md: is 50.0 MB");
    }

    @Test
    void taggingANoteThatHasAThousandTagsIsRefusedAndLeavesItAsItWas(@TempDir Path dir) {
        Fixtures.blog(dir);
        Path note = dir.resolve(PATH);
        Fixtures.write(note, new String(withTags(NoteParser.MAX_TAGS), StandardCharsets.UTF_8));
        String before = Fixtures.read(note);
        assertThatThrownBy(() -> new NoteStore(Blog.open(dir)).update(PATH, n -> n.withTags(append(n.tags(), "encore"))))
                .isInstanceOf(CarnetException.class).hasMessageContaining("has 1001 tags");
        assertThat(Fixtures.read(note)).isEqualTo(before);
    }

    private static List<String> append(List<String> tags, String tag) {
        List<String> more = new ArrayList<>(tags);
        more.add(tag);
        return more;
    }

    private static byte[] withTags(int count) {
        StringBuilder tags = new StringBuilder();
        for (int i = 0; i < count; i++) {
            tags.append(i == 0 ? "" : ", ").append("\"étiquette ").append(i).append('"');
        }
        return ("---\ntitle: \"Beaucoup\"\ndate: 2024-06-10T10:00:00+02:00\ntags: [" + tags + "]\n---\n\nTexte.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int limit = Math.min(bytes.length, 220); // mostly in the front matter
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            int at = random.nextInt(limit);
            bytes[at] = random.nextInt(5) == 0 ? (byte) random.nextInt(256) : INTERESTING[random.nextInt(INTERESTING.length)];
        }
        if (random.nextInt(10) == 0) {
            return Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        return bytes;
    }
}
