package dev.carnet.config;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Utf8Text;
import java.time.Duration;

/**
 * Any carnet.yml is loaded, or refused with carnet's one-line error naming the setting: no other
 * exception, no hang. {@code mvn verify} replays ConfigLoaderFuzzTestInputs/;
 * {@code JAZZER_FUZZ=1 mvn -o test -Dtest=ConfigLoaderFuzzTest} fuzzes for two minutes.
 */
class ConfigLoaderFuzzTest {
    private static final Duration HANG = Duration.ofSeconds(10);

    @FuzzTest(maxDuration = "2m")
    // libFuzzer's dictionary format: line ends, quotes, backslashes and non-ASCII bytes as \xNN.
    @DictionaryEntries({"title: ", "language: ", "timezone: ", "baseUrl: ", "author:\\x0a  ", "name: ", "links:\\x0a    - { label: ",
        "url: ", "site:\\x0a  ", "perPage: ", "feedItems: ", "share: [", "comments: ", "publish:\\x0a  ", "remote: ", "branch: ",
        "cname: ", "history: ", "timeout: ", "markdown:\\x0a  ", "typography: ", "rawHtml: ", "notes:\\x0a  ", "monthlyTitle: ",
        "{month}", "{year}", "https://", "javascript:", "Europe/Paris", "fr-CA", "&a", "*a", "<<: *a", "!!str"})
    void aConfigIsLoadedOrRefusedInCarnetsOwnWords(byte[] bytes) {
        assertTimeoutPreemptively(HANG, () -> {
            try {
                ConfigLoader.parse(Utf8Text.decode(bytes, ConfigLoader.FILE_NAME));
            } catch (CarnetException expected) {
                // one line naming carnet.yml and the setting
            }
        });
    }
}
