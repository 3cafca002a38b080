package dev.carnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MonthlyTitleTest {
    @Test
    void rendersFrenchMonthInTitle() {
        assertThat(MonthlyTitle.of(null, Locale.FRENCH).format(YearMonth.of(2024, 6))).isEqualTo("Notes de juin 2024");
        assertThat(MonthlyTitle.of(null, Locale.FRENCH).format(YearMonth.of(2023, 12))).isEqualTo("Notes de décembre 2023");
    }

    @Test
    void elidesDeBeforeAVowelInFrench() {
        assertThat(MonthlyTitle.of(null, Locale.FRENCH).format(YearMonth.of(2024, 4))).isEqualTo("Notes d'avril 2024");
        assertThat(MonthlyTitle.of(null, Locale.FRENCH).format(YearMonth.of(2024, 8))).isEqualTo("Notes d'août 2024");
        assertThat(MonthlyTitle.of(null, Locale.FRENCH).format(YearMonth.of(2024, 10))).isEqualTo("Notes d'octobre 2024");
    }

    @Test
    void rendersEnglishMonthCapitalised() {
        assertThat(MonthlyTitle.of(null, Locale.ENGLISH).format(YearMonth.of(2024, 6))).isEqualTo("Notes for June 2024");
    }

    @Test
    void followsThePatternFromCarnetYml() {
        assertThat(MonthlyTitle.of("Carnet — {month} {year}", Locale.FRENCH).format(YearMonth.of(2024, 6)))
                .isEqualTo("Carnet — juin 2024");
        assertThat(MonthlyTitle.of("{year}: {month}", Locale.GERMAN).format(YearMonth.of(2024, 3)))
                .isEqualTo("2024: März");
    }

    @Test
    void writesTheFirstOfTheMonthAsPremierInFrench() {
        assertThat(HumanDate.format(LocalDate.of(2024, 7, 1), Locale.FRENCH)).isEqualTo("1er juillet 2024");
        assertThat(HumanDate.format(LocalDate.of(2024, 7, 14), Locale.FRENCH)).isEqualTo("14 juillet 2024");
        assertThat(HumanDate.format(LocalDate.of(2024, 7, 1), Locale.ENGLISH)).isEqualTo("July 1, 2024");
    }
}
