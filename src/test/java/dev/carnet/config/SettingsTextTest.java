package dev.carnet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text a cache is salted with holds every setting, down to those in nested records and lists. */
class SettingsTextTest {
    private static final String BASE = "title: Carnet\nlanguage: fr\ntimezone: Europe/Paris\n";

    @Test
    void theSameSettingsGiveTheSameTextInEveryRun() {
        assertThat(SettingsText.of(ConfigLoader.parse(BASE))).isEqualTo(SettingsText.of(ConfigLoader.parse(BASE)));
    }

    @Test
    void anySettingChangedDownToANestedOneChangesTheText() {
        String base = SettingsText.of(ConfigLoader.parse(BASE));
        for (String change : List.of("site:\n  perPage: 7", "author:\n  links:\n    - label: Site\n      url: https://example.org",
                "markdown:\n  typography: none", "publish:\n  include: [\"x.key\"]", "notes:\n  monthlyTitle: \"Carnet de {month}\"")) {
            assertThat(SettingsText.of(ConfigLoader.parse(BASE + change + "\n"))).as(change).isNotEqualTo(base);
        }
        assertThat(SettingsText.of(ConfigLoader.parse("timezone: Europe/Paris\ntitle: Carnet\nlanguage: fr\n")))
                .as("the same settings in another order").isEqualTo(base);
    }

    @Test
    void recordsListsAndMapsAreWrittenFieldByField() {
        record Inner(String name, List<Integer> numbers) {
        }
        record Outer(Inner inner, Map<String, Boolean> flags) {
        }

        assertThat(SettingsText.of(new Outer(new Inner("a", List.of(1, 2)), Map.of("x", true))))
                .isEqualTo("Outer[inner=Inner[name=a, numbers=[1, 2, ], ], flags={x=true, }, ]");
    }
}
