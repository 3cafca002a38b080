package dev.carnet.importer;

import dev.carnet.config.SafeYaml;
import dev.carnet.error.CarnetException;
import dev.carnet.store.NoteDrafts;
import java.util.Map;
import java.util.Set;

/**
 * {@code redirects.yml} as the import leaves it: the author's file (or an earlier import's) kept
 * line for line, with the old addresses it does not have yet added at its end. An address the
 * file already names keeps the target written there: the author may have pointed it elsewhere.
 */
final class RedirectsText {
    static final String NAME = "redirects.yml";
    private static final String HEADER = "# Old WordPress addresses and where they lead now; written by carnet import wordpress, edit freely\n";

    private RedirectsText() {
    }

    /**
     * @param existing the file's text, or null when there is none
     * @param known the old addresses it names ({@link #keys}), null when it is not readable YAML
     * @return the new text; {@code existing} itself when it is not readable YAML (the build reports
     *     it, naming its line; the import must not add to a file it cannot read)
     */
    static String merged(String existing, Set<String> known, Map<String, String> redirects) {
        if (known == null) {
            return existing;
        }
        StringBuilder text = new StringBuilder(existing == null ? HEADER : existing);
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        redirects.forEach((old, target) -> {
            if (!known.contains(old)) {
                text.append(NoteDrafts.yamlText(old)).append(": ").append(NoteDrafts.yamlText(target)).append('\n');
            }
        });
        return text.toString();
    }

    /** The old addresses the file names, or null when it cannot be read. */
    static Set<String> keys(String text) {
        try {
            return SafeYaml.parseMapping(text, NAME, 1, NAME).keys();
        } catch (CarnetException e) {
            return null;
        }
    }
}
