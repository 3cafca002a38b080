package dev.carnet.site.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The writer's bytes are those of the text written, encoded by the JDK, however Pebble cuts it into writes. */
class Utf8WriterTest {
    @Provide
    Arbitrary<List<String>> writes() {
        // ASCII, Latin-1, the rest of the BMP, pairs of surrogates and lone halves, in pieces of any size.
        Arbitrary<String> piece = Arbitraries.strings().withChars("a<é«»\u00a0\u202f’…")
                .withCharRange('\ud800', '\udfff').withCharRange('\u0000', '\u007f').withCharRange('\u0080', '\uffff').ofMaxLength(40);
        Arbitrary<String> emoji = Arbitraries.of("😀", "\ud83d", "\ude00", "👩‍💻");
        return Arbitraries.oneOf(piece, piece, emoji).list().ofMaxSize(12);
    }

    @Property(tries = 3000)
    void writesWhatTheJdkEncodes(@ForAll("writes") List<String> writes) {
        Utf8Writer writer = new Utf8Writer(8);
        int kind = 0;
        for (String text : writes) {
            switch (kind++ % 4) {
                case 0 -> writer.write(text);
                case 1 -> writer.write(("[" + text + "]").toCharArray(), 1, text.length());
                case 2 -> writer.write("<" + text + ">", 1, text.length());
                default -> text.chars().forEach(writer::write);
            }
        }
        assertThat(writer.toBytes()).isEqualTo(String.join("", writes).getBytes(StandardCharsets.UTF_8));
    }

    @Example
    void joinsASurrogatePairSplitAcrossTwoWrites() {
        Utf8Writer writer = new Utf8Writer(1);
        writer.write("a\ud83d");
        writer.write("\ude00b");
        assertThat(new String(writer.toBytes(), StandardCharsets.UTF_8)).isEqualTo("a😀b");
    }

    @Example
    void writesALoneHalfAsTheJdkDoes() {
        Utf8Writer writer = new Utf8Writer(1);
        writer.write("a\ud83d");
        assertThat(writer.toBytes()).isEqualTo("a?".getBytes(StandardCharsets.UTF_8));
    }
}
