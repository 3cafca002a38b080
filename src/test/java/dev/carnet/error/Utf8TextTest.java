package dev.carnet.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
    @Test
    void agreesWithTheJdksStrictDecoderOnRandomBytes() {
        Random random = new Random(17);
        byte[] sample = "Élodie a dit « été » — 🙂 ok".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = sample.clone();
            for (int k = random.nextInt(3); k > 0; k--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            if (random.nextInt(4) == 0) {
                bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            }
            assertThat(readable(bytes)).as(java.util.Arrays.toString(bytes)).isEqualTo(strictlyValid(bytes));
        }
    }

    @Test
    void refusesOverlongFormsAndSurrogates() {
        assertThat(readable(new byte[] {(byte) 0xc0, (byte) 0xaf})).isFalse();
        assertThat(readable(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80})).isFalse();
        assertThat(readable(new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80})).isFalse();
    }

    @Test
    void keepsAReplacementCharacterThatIsReallyInTheFile() {
        assertThat(Utf8Text.decode("a \uFFFD b".getBytes(StandardCharsets.UTF_8), "x.md")).isEqualTo("a \uFFFD b");
    }

    private static boolean readable(byte[] bytes) {
        try {
            Utf8Text.decode(bytes, "x.md");
            return true;
        } catch (dev.carnet.error.CarnetException e) {
            return false;
        }
    }

    @Test
    void dropsAByteOrderMarkAndNamesTheLineOfABadByte() {
        assertThat(Utf8Text.decode("\uFEFFtitre".getBytes(StandardCharsets.UTF_8), "x.md")).isEqualTo("titre");
        byte[] latin1 = "a\nb\nCafé\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Utf8Text.decode(latin1, "x.md")).hasMessage("x.md:3: invalid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    private static boolean strictlyValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
