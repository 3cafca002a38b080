package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.Fixtures;
import dev.carnet.error.CarnetException;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Damaged notes of every kind get a one-line message naming the file, never a crash. */
class NoteParserRobustnessTest {
    private static final String PATH = "notes/2024/06-x.md";
    private static final byte[] INTERESTING = "-:\t\n\r\"'[]{}!&*#|>%@`,?\\\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8);

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

    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int limit = Math.min(bytes.length, 220); // mostly in the front matter
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            int at = random.nextInt(limit);
            bytes[at] = random.nextInt(5) == 0 ? (byte) random.nextInt(256) : INTERESTING[random.nextInt(INTERESTING.length)];
        }
        if (random.nextInt(10) == 0) {
            return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        return bytes;
    }
}
