package dev.carnet.store;

import dev.carnet.config.SafeYaml;
import dev.carnet.config.YamlMap;
import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.error.Utf8Text;
import dev.carnet.model.Redirect;
import dev.carnet.model.SitePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The blog's {@code redirects.yml}: old address → new one, one per line
 * ({@code /category/ateliers/: /tags/ateliers/}). Optional; the author or an import writes it.
 * Whether a target is a page the build writes is the build's to say.
 */
public final class RedirectsFile {
    public static final String NAME = "redirects.yml";

    private RedirectsFile() {
    }

    /** The redirects in file order; none when the file does not exist. */
    public static List<Redirect> read(Blog blog) {
        Path file = blog.root().resolve(NAME);
        if (!Files.exists(file)) {
            return List.of();
        }
        new InsideTheBlog(blog.root()).checkIfLinked(file);
        String text;
        try {
            text = Utf8Text.decode(Files.readAllBytes(file), NAME);
        } catch (IOException e) {
            throw new CarnetException(NAME, 0, Phrase.of("file.cannotRead", e.getMessage()), e);
        }
        return parse(text);
    }

    static List<Redirect> parse(String text) {
        YamlMap yaml = SafeYaml.parseMapping(text, NAME, 1, NAME);
        List<Redirect> redirects = new ArrayList<>();
        for (String from : yaml.keys()) {
            int line = yaml.line(from);
            if (!(yaml.raw(from) instanceof String to)) {
                throw new CarnetException(NAME, line, Phrase.of("redirects.notText", from), null);
            }
            String problem = SitePaths.problem(from);
            if (problem != null) {
                throw new CarnetException(NAME, line, Phrase.of("redirects.badFrom", from, Phrase.of(problem)), null);
            }
            String target = to.strip();
            String targetProblem = target.startsWith("/") ? SitePaths.problem(target)
                    : SitePaths.isWebUrl(target) ? null : "redirects.targetShape";
            if (targetProblem != null) {
                throw new CarnetException(NAME, line, Phrase.of("redirects.badTarget", target, from, Phrase.of(targetProblem)), null);
            }
            redirects.add(new Redirect(from, target, NAME, line));
        }
        return redirects;
    }
}
