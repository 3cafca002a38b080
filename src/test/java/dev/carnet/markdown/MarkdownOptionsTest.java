package dev.carnet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

class MarkdownOptionsTest {
    /** The render cache's salt holds this text: a setting missing from it would let an old rendering stand. */
    @Test
    void namesEverySettingWithItsValueAsARecordDoes() throws ReflectiveOperationException {
        for (boolean french : new boolean[] {true, false}) {
            for (boolean raw : new boolean[] {true, false}) {
                MarkdownOptions options = new MarkdownOptions(french, raw);
                StringBuilder expected = new StringBuilder("MarkdownOptions[");
                for (RecordComponent part : MarkdownOptions.class.getRecordComponents()) {
                    expected.append(expected.length() > 16 ? ", " : "").append(part.getName()).append('=')
                            .append(part.getAccessor().invoke(options));
                }
                assertThat(options.toString()).isEqualTo(expected.append(']').toString());
            }
        }
    }
}
