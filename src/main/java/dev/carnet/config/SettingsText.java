package dev.carnet.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * The whole text of settings made of records (carnet.yml's {@link BlogConfig}), field by field,
 * read by reflection, for a cache to be salted with every setting. A record's own
 * {@code toString} is linked through {@code invokedynamic} at its first call: 55 ms of CPU for
 * carnet.yml's eight records on a fresh JVM, which every build paid before its first note.
 */
public final class SettingsText {
    private SettingsText() {
    }

    /** {@code value} and everything in it, as {@code Name[field=value, ...]}; lists and maps in their own order. */
    public static String of(Object value) {
        StringBuilder text = new StringBuilder(512);
        append(text, value);
        return text.toString();
    }

    private static void append(StringBuilder text, Object value) {
        if (value instanceof Record record) {
            text.append(record.getClass().getSimpleName()).append('[');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                text.append(component.getName()).append('=');
                append(text, field(record, component));
                text.append(", ");
            }
            text.append(']');
        } else if (value instanceof List<?> list) {
            text.append('[');
            for (Object item : list) {
                append(text, item);
                text.append(", ");
            }
            text.append(']');
        } else if (value instanceof Map<?, ?> map) {
            text.append('{');
            map.forEach((key, item) -> {
                append(text, key);
                text.append('=');
                append(text, item);
                text.append(", ");
            });
            text.append('}');
        } else {
            text.append(value);
        }
    }

    private static Object field(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(component + " of " + record.getClass().getName(), e);
        }
    }
}
