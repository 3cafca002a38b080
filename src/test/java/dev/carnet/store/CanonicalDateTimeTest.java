package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** The canonical shape read by hand gives what {@code OffsetDateTime.parse} gives, and leaves it whatever that refuses. */
class CanonicalDateTimeTest {
    @Provide
    Arbitrary<String> nearlyCanonical() {
        // Each field a little past its range, so that dates that do not exist come up often.
        Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32)).as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        Arbitrary<String> time = Combinators.combine(Arbitraries.integers().between(0, 25), Arbitraries.integers().between(0, 61),
                Arbitraries.integers().between(0, 61)).as((h, m, s) -> String.format("%02d:%02d:%02d", h, m, s));
        Arbitrary<String> offset = Combinators.combine(Arbitraries.of("+", "-"), Arbitraries.integers().between(0, 19),
                Arbitraries.integers().between(0, 61)).as((sign, h, m) -> String.format("%s%02d:%02d", sign, h, m));
        return Combinators.combine(date, Arbitraries.of("T", "t", " "), time, offset).as((d, t, h, o) -> d + t + h + o);
    }

    @Property(tries = 3000)
    void readsAsTheJdkDoesOrLeavesIt(@ForAll("nearlyCanonical") String text) {
        assertSameAsJdk(text);
    }

    @Property(tries = 2000)
    void leavesAnyOtherTextOfTheSameLength(@ForAll("scrambled") String text) {
        assertSameAsJdk(text);
    }

    @Provide
    Arbitrary<String> scrambled() {
        return Arbitraries.strings().withChars("0123456789-:+T Z.").ofLength(25);
    }

    @Example
    void readsTheDatesCarnetWrites() {
        assertThat(CanonicalDateTime.parse("2024-06-30T10:00:00+02:00")).isEqualTo(OffsetDateTime.parse("2024-06-30T10:00:00+02:00"));
        assertThat(CanonicalDateTime.parse("2024-01-14T17:55:47-00:00")).isEqualTo(OffsetDateTime.parse("2024-01-14T17:55:47Z"));
        assertThat(CanonicalDateTime.parse("2024-02-30T10:00:00+02:00")).isNull();
        assertThat(CanonicalDateTime.parse("2024-06-30T10:00:00Z")).isNull();
    }

    private static void assertSameAsJdk(String text) {
        OffsetDateTime jdk;
        try {
            jdk = OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            jdk = null;
        }
        OffsetDateTime quick = CanonicalDateTime.parse(text);
        if (quick != null) {
            assertThat(quick).as(text).isEqualTo(jdk);
        } else if (text.length() == 25 && text.charAt(10) == 'T') {
            // What the hand reading leaves in the canonical shape, the JDK must refuse too.
            assertThat(jdk).as(text).isNull();
        }
    }
}
