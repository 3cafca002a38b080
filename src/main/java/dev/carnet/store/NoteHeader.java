package dev.carnet.store;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes a note's front matter key by key, each value quoted so that it reads back as written
 * whatever it holds (a title with a colon, a summary with quotes, an accented tag), for notes that
 * carnet writes whole (an import). Empty values are left out rather than written empty.
 */
public final class NoteHeader {
    private final StringBuilder text = new StringBuilder("---\n");

    public NoteHeader text(String key, String value) {
        if (value != null && !value.isBlank()) {
            text.append(key).append(": ").append(YamlValues.text(value)).append('\n');
        }
        return this;
    }

    public NoteHeader dateTime(String key, OffsetDateTime value) {
        if (value != null) {
            text.append(key).append(": ").append(YamlValues.dateTime(value)).append('\n');
        }
        return this;
    }

    /** A flow list ({@code [a, "b c"]}); an empty list is written only when {@code keepEmpty}. */
    public NoteHeader list(String key, List<String> values, boolean keepEmpty) {
        if (!values.isEmpty() || keepEmpty) {
            text.append(key).append(": ").append(YamlValues.flowList(values)).append('\n');
        }
        return this;
    }

    /** {@code key: true}, only when true (false is every flag's default). */
    public NoteHeader flag(String key, boolean value) {
        if (value) {
            text.append(key).append(": true\n");
        }
        return this;
    }

    /** The whole note: this header, a blank line, then the body ending with one newline. */
    public String withBody(String body) {
        String b = body.strip();
        return text + "---\n\n" + (b.isEmpty() ? "" : b + "\n");
    }
}
