package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carnet.config.SafeYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * carnet writes front-matter values itself rather than through SnakeYAML's emitter; these tests
 * prove that what it writes reads back as written, and pin why the emitter is not used.
 */
class YamlValuesTest {
    private static final int[] POOL = {'a', 'é', 'Œ', ' ', ' ', ' ', '"', '\'', '\\', ':', '#', '-', '[', ']', '{', '}', ',', '&', '*',
        '!', '|', '>', '%', '@', '`', '\n', '\t', '\r', 0x07, 0x1b, 0x7f, 0x85, 0x2028, 0x2029, 0xfeff, 0x1F600, '’', '«', '»', '0'};

    private static Object readBack(String key, String yamlValue) {
        return SafeYaml.parseMapping(key + ": " + yamlValue + "\n", "test.md", 2, "front matter").raw(key);
    }

    @Test
    void everyTextReadsBackAsWritten() {
        Random random = new Random(11);
        for (int n = 0; n < 10_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.appendCodePoint(POOL[random.nextInt(POOL.length)]);
            }
            String value = text.toString();
            assertThat(readBack("title", YamlValues.text(value))).as("text #%d %s", n, YamlValues.text(value)).isEqualTo(value);
        }
    }

    @Test
    void everyTagListReadsBackAsWritten() {
        Random random = new Random(12);
        for (int n = 0; n < 2_000; n++) {
            List<String> tags = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                StringBuilder tag = new StringBuilder();
                for (int i = random.nextInt(8); i >= 0; i--) {
                    tag.appendCodePoint(POOL[random.nextInt(POOL.length)]);
                }
                tags.add(tag.toString());
            }
            for (String word : List.of("yes", "No", "null", "true", "médiation numérique", "l'été", "42")) {
                if (random.nextInt(4) == 0) {
                    tags.add(word);
                }
            }
            assertThat(readBack("tags", YamlValues.flowList(tags))).as(YamlValues.flowList(tags)).isEqualTo(tags);
        }
    }

    /** Found by FrontMatterRoundTripTest: a title holding U+FFFE was written raw and the note no longer read. */
    @Test
    void theTwoNonCharactersSnakeYamlRefusesInAFileAreWrittenEscapedAndReadBack() {
        assertThat(YamlValues.text("a\ufffeb\uffff")).isEqualTo("\"a\\ufffeb\\uffff\"");
        assertThat(readBack("title", YamlValues.text("a\ufffeb\uffff"))).isEqualTo("a\ufffeb\uffff");
        assertThat(readBack("tags", YamlValues.flowList(List.of("\ufffe")))).isEqualTo(List.of("\ufffe"));
    }

    @Test
    void frenchSpacesAndQuotesStayReadableInTheFile() {
        assertThat(YamlValues.text("Bilan\u00a0: « réparer » ensemble\u00a0!")).isEqualTo("\"Bilan\u00a0: « réparer » ensemble\u00a0!\"");
        assertThat(YamlValues.text("L’atelier")).isEqualTo("\"L’atelier\"");
        assertThat(YamlValues.text("a\u0007b")).isEqualTo("\"a\\u0007b\"");
    }

    /**
     * Why not SnakeYAML's emitter: it writes a string holding one control character as
     * {@code !!binary} (a byte array, which carnet's loader refuses), and a no-break space, common
     * in French titles, as the escape {@code \_}. If a SnakeYAML upgrade changes this, we may switch.
     */
    @Test
    void snakeYamlsEmitterWouldWriteBinaryAndEscapeNoBreakSpaces() {
        DumperOptions options = new DumperOptions();
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        options.setAllowUnicode(true);
        options.setWidth(Integer.MAX_VALUE);
        Yaml yaml = new Yaml(options);
        assertThat(yaml.dump("a\u0007b")).startsWith("!!binary");
        assertThat(yaml.dump("Bilan\u00a0: fin")).isEqualTo("\"Bilan\\_: fin\"\n");
    }
}
