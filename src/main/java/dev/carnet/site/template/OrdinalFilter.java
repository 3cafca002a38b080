package dev.carnet.site.template;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code {{ note.dateHuman | ordinal }}}: a date as a French page prints it, {@code 1<sup>er</sup>
 * juillet 2024}. The text is escaped first; only the ordinal's letters are put in {@code <sup>}.
 * Dates in other languages, and text that holds no ordinal, come out escaped and unchanged.
 */
final class OrdinalFilter implements Filter {
    /** "1er" as a word: a day of the month (1er juillet), never inside another word. */
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\p{L}\\p{N}])(1)(er)(?![\\p{L}\\p{N}])");

    static AbstractExtension extension() {
        return new AbstractExtension() {
            @Override
            public Map<String, Filter> getFilters() {
                return Map.of("ordinal", new OrdinalFilter());
            }
        };
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        if (input == null) {
            return null;
        }
        String escaped = HtmlText.escape(input.toString());
        // Most dates are not the first of a month: no expression for them.
        return new SafeString(escaped.contains("1er") ? ORDINAL.matcher(escaped).replaceAll("$1<sup>$2</sup>") : escaped);
    }
}
