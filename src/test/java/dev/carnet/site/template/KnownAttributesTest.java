package dev.carnet.site.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.error.CarnetException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownAttributesTest {
    /** A value Pebble can read too: {@code word()} is a public method. */
    public record Value(String word) {
        public String word(String end) {
            return word + end;
        }
    }

    private static final Attributes SHOUTING = (target, name) ->
            target instanceof Value v && name.equals("word") ? v.word().toUpperCase() : Attributes.UNKNOWN;

    @TempDir
    Path blog;

    private String render(String template, Attributes known) throws IOException {
        Files.writeString(blog.resolve("t.peb"), template);
        return new String(new Templates(blog, "carnet", known).page("t", Map.of("v", new Value("mot"))), StandardCharsets.UTF_8);
    }

    @Test
    void readsWhatItKnowsInsteadOfPebble() throws IOException {
        assertThat(render("{{ v.word }}", SHOUTING)).isEqualTo("MOT");
        assertThat(render("{{ v.word }}", Attributes.NONE)).isEqualTo("mot");
    }

    @Test
    void leavesCallsWithArgumentsAndUnknownNamesToPebble() throws IOException {
        assertThat(render("{{ v.word(\"s\") }}", SHOUTING)).isEqualTo("mots");
        assertThatThrownBy(() -> render("{{ v.absent }}", SHOUTING))
                .isInstanceOf(CarnetException.class).hasMessageContaining("absent");
    }

    @Test
    void escapesWhatItReads() throws IOException {
        Attributes markup = (target, name) -> name.equals("word") ? "<b>" : Attributes.UNKNOWN;
        assertThat(render("{{ v.word }}", markup)).isEqualTo("&lt;b&gt;");
    }
}
