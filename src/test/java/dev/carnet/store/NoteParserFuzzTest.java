package dev.carnet.store;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.carnet.error.CarnetException;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Any bytes in a note file are read, or refused with carnet's one-line error: no other exception,
 * no hang. {@code mvn verify} replays the inputs in NoteParserFuzzTestInputs/ (Jazzer's regression
 * mode); {@code JAZZER_FUZZ=1 mvn -o test -Dtest=NoteParserFuzzTest} fuzzes for two minutes and
 * writes any input that breaks the rule there.
 */
class NoteParserFuzzTest {
    private static final Duration HANG = Duration.ofSeconds(10);
    private final NoteParser parser = new NoteParser(ZoneId.of("Europe/Paris"));

    @FuzzTest(maxDuration = "2m")
    // libFuzzer's dictionary format: line ends, quotes, backslashes and non-ASCII bytes as \xNN.
    @DictionaryEntries({"---\\x0a", "\\x0a---\\x0a", "title: ", "date: ", "tags: [", "slug: ", "aliases:\\x0a  - ", "image: ", "draft: true",
        "summary: ", "2024-06-01T10:00:00+02:00", "!!binary", "&a", "*a", "<<: ", "? ", "\\x5cu", "\\x22", "'", "- ", "{", "}"})
    void aNoteFileIsReadOrRefusedInCarnetsOwnWords(byte[] bytes) {
        assertTimeoutPreemptively(HANG, () -> {
            try {
                parser.parseNote("notes/2024/06-x.md", bytes);
            } catch (CarnetException expected) {
                // the note is named and the problem said: what the author gets
            }
            try {
                parser.parsePage("pages/about.md", bytes);
            } catch (CarnetException expected) {
                // same for a page
            }
        });
    }
}
