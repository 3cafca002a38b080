package dev.carnet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The command line's and the errors' bundles: the same keys in every language, every pattern
 * well formed, and every key the code names written in English (the language of last resort).
 */
class BundlesTest {
    private static final List<String> LANGUAGES = List.of("en", "fr");

    /** {@code Phrase.of("key"}, {@code .step("key"} (a phase of long work), {@code .text("key"}, {@code .format("key"}, and both keys of {@code cond ? "a" : "b"}. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(Phrase\\.of|\\.step|\\.text|\\.format)\\(([^\";]*?\\?\\s*)?\"([\\w.]+)\"(\\s*:\\s*\"([\\w.]+)\")?");
    /** {@code case NEW -> "status.kind.new"}: keys chosen by a switch. */
    private static final Pattern SWITCH_KEY = Pattern.compile("->\\s*\"([a-z]+\\.[\\w.]+)\"");

    private static Properties bundle(String name, String language) throws IOException {
        Properties words = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/dev/carnet/i18n/" + name + "_" + language + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }

    @ParameterizedTest
    @ValueSource(strings = {"errors", "cli"})
    void everyLanguageHasTheSameKeysAndEveryPatternFormats(String name) throws IOException {
        Set<String> english = bundle(name, "en").stringPropertyNames();
        for (String language : LANGUAGES) {
            Properties words = bundle(name, language);
            assertThat(words.stringPropertyNames()).as(name + "_" + language).containsExactlyInAnyOrderElementsOf(english);
            for (String key : english) {
                // Numbers fill every argument: a plain {0} takes them, a choice or number pattern needs them.
                Object[] arguments = {0, 1, 3, 12345, 2, 5, 7, 9};
                for (int n : new int[] {0, 1, 3}) {
                    arguments[0] = n;
                    String text = new MessageFormat(words.getProperty(key), Locale.forLanguageTag(language)).format(arguments);
                    assertThat(text).as(name + "_" + language + ": " + key).doesNotContainPattern("\\{\\d").doesNotContain("''");
                }
            }
        }
    }

    @Test
    void frenchTextsUseFrenchTypography() throws IOException {
        for (String name : List.of("errors", "cli", "import", "serve")) {
            Properties french = bundle(name, "fr");
            for (String key : french.stringPropertyNames()) {
                String text = french.getProperty(key);
                // "carnet: " before a message is the program's name, as compilers write theirs: not French punctuation.
                assertThat(text).as(key).doesNotContainPattern(" [:;?!]").doesNotStartWith("carnet\u00a0:").doesNotContain("« ").doesNotContain(" »")
                        .as(key + ": the typographic apostrophe").doesNotContainPattern("\\p{L}'\\p{L}");
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        Set<String> errors = bundle("errors", "en").stringPropertyNames();
        // The command line's own words, and those of the import's report and of the preview (bundles of their own).
        Set<String> cli = new TreeSet<>(bundle("cli", "en").stringPropertyNames());
        cli.addAll(bundle("import", "en").stringPropertyNames());
        cli.addAll(bundle("serve", "en").stringPropertyNames());
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/carnet"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                boolean inCli = source.toString().contains("/cli/");
                Matcher use = KEY_USE.matcher(code);
                while (use.find()) {
                    boolean phrase = use.group(1).equals("Phrase.of") || use.group(1).equals(".step");
                    if (!phrase && !inCli) {
                        continue; // the text UI's and the site's words have their own tests
                    }
                    for (String key : Arrays.asList(use.group(3), use.group(5))) {
                        if (key != null && !key.endsWith(".")) { // "progress." + phase: a family of keys, not one
                            found++;
                            if (!(phrase ? errors : cli).contains(key)) {
                                missing.add(source.getFileName() + ": " + key);
                            }
                        }
                    }
                }
                Matcher chosen = SWITCH_KEY.matcher(code);
                while (inCli && chosen.find()) {
                    found++;
                    if (!cli.contains(chosen.group(1))) {
                        missing.add(source.getFileName() + ": " + chosen.group(1));
                    }
                }
            }
        }
        assertThat(found).as("keys found in the code").isGreaterThan(200);
        assertThat(missing).isEmpty();
    }
}
