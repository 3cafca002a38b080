package dev.carnet.store;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes front-matter values back as YAML that reads the same whatever the text holds. */
final class YamlValues {
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final Pattern PLAIN_SAFE = Pattern.compile("\\p{L}[\\p{L}\\p{N} _'-]*[\\p{L}\\p{N}]|\\p{L}");
    private static final List<String> RESERVED = List.of("y", "yes", "n", "no", "true", "false", "on", "off", "null");

    private YamlValues() {
    }

    static String text(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    // SnakeYAML refuses U+FFFE and U+FFFF in a file ("special characters are not allowed").
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029
                            || c == 0xfeff || c == 0xfffe || c == 0xffff) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** {@code [formation, "médiation numérique"]}: plain where YAML cannot misread, quoted elsewhere. */
    static String flowList(List<String> items) {
        return items.stream().map(YamlValues::listItem).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String listItem(String item) {
        boolean plain = PLAIN_SAFE.matcher(item).matches() && !item.contains(" ") && !item.contains("'")
                && !RESERVED.contains(item.toLowerCase(Locale.ROOT));
        return plain ? item : text(item);
    }

    static String dateTime(OffsetDateTime date) {
        return DATE_TIME.format(date);
    }
}
