package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XxHash64Test {
    /** Each value printed by the reference implementation: printf '%s' TEXT | xxhsum -H64. */
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
        ''                                                      | ef46db3751d8e999
        a                                                       | d24ec4f1a98c6e5b
        abc                                                     | 44bc2cf5ad770999
        Notes de juin 2024 — médiation numérique, «ateliers»!   | 5d3c2ddcadf32ee9
        """)
    void matchesTheReferenceImplementation(String text, String hex) {
        assertThat(Long.toHexString(XxHash64.hash(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(hex);
    }

    @Test
    void matchesTheReferenceOnLongInputsThroughEveryStripeAndTail() {
        assertThat(Long.toHexString(XxHash64.hash("x".repeat(100).getBytes(StandardCharsets.US_ASCII)))).isEqualTo("92f0de5a88a3c094");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append((char) (32 + i % 90));
        }
        assertThat(Long.toHexString(XxHash64.hash(text.toString().getBytes(StandardCharsets.US_ASCII)))).isEqualTo("3620535e9a6ff2db");
    }

    @Test
    void tellsApartEveryOneByteEditOfANote() {
        byte[] note = new byte[3000];
        new Random(7).nextBytes(note);
        Set<Long> seen = new HashSet<>();
        seen.add(XxHash64.hash(note));
        for (int i = 0; i < note.length; i++) {
            byte before = note[i];
            note[i] ^= 0x20;
            seen.add(XxHash64.hash(note));
            note[i] = before;
        }
        assertThat(seen).hasSize(note.length + 1);
    }
}
