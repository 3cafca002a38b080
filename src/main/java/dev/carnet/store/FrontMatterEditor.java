package dev.carnet.store;

import dev.carnet.model.FrontMatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Rewrites only the front-matter keys whose value changed, line by line, so that the author's
 * comments, key order, quoting and unknown keys all survive, and the body is never touched.
 */
final class FrontMatterEditor {
    private final List<String> lines;

    FrontMatterEditor(List<String> headerLines) {
        this.lines = new ArrayList<>(headerLines);
    }

    List<String> apply(FrontMatter before, FrontMatter after) {
        if (!Objects.equals(before.title(), after.title())) {
            set("title", YamlValues.text(after.title()));
        }
        if (!Objects.equals(before.date(), after.date())) {
            set("date", after.date() == null ? null : YamlValues.dateTime(after.date()));
        }
        if (!before.tags().equals(after.tags())) {
            set("tags", YamlValues.flowList(after.tags()));
        }
        if (!Objects.equals(before.summary(), after.summary())) {
            set("summary", after.summary() == null ? null : YamlValues.text(after.summary()));
        }
        if (before.draft() != after.draft()) {
            set("draft", Boolean.toString(after.draft()));
        }
        return lines;
    }

    /** Replaces the key's line (and its continuation lines), appends it when absent, removes it on null. */
    private void set(String key, String yamlValue) {
        Pattern start = Pattern.compile("^(" + Pattern.quote(key) + "|\"" + Pattern.quote(key) + "\"|'"
                + Pattern.quote(key) + "')\\s*:(\\s|$).*");
        for (int i = 0; i < lines.size(); i++) {
            if (start.matcher(lines.get(i)).matches()) {
                int end = i + 1;
                for (int j = end; j < lines.size() && isContinuation(lines.get(j)); j++) {
                    if (!lines.get(j).isBlank()) {
                        end = j + 1; // blank lines stay unless more of the value follows them
                    }
                }
                lines.subList(i, end).clear();
                if (yamlValue != null) {
                    lines.add(i, key + ": " + yamlValue);
                }
                return;
            }
        }
        if (yamlValue != null) {
            lines.add(key + ": " + yamlValue);
        }
    }

    /** Indented lines and block-list items belong to the key above them. */
    private static boolean isContinuation(String line) {
        return line.isEmpty() || line.startsWith(" ") || line.startsWith("\t") || line.startsWith("- ")
                || line.equals("-");
    }
}
