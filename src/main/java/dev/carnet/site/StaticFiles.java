package dev.carnet.site;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.store.InsideTheBlog;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of {@code static/} that go to the site. A link leading out of the blog stops the
 * build (a link to {@code ~/.ssh/id_ed25519} would publish the key); a file that looks like a
 * secret is left out with a warning unless {@code publish.include} names it.
 */
final class StaticFiles {
    /** Names that hold secrets far more often than anything a reader should get. */
    private static final Pattern SECRET = Pattern.compile("\\.env(\\..*)?|.*\\.key|.*\\.pem|id_.*|.*\\.p12|.*\\.pfx|\\.netrc|\\.npmrc|\\.pypirc");
    /** Folders whose content is a secret or a repository, whatever its name. */
    private static final List<String> SECRET_FOLDERS = List.of(".git", ".ssh", ".gnupg", ".aws");

    /** A file to copy: where it goes in the site, and where it is. */
    record Selected(String sitePath, Path file) {
    }

    record Selection(List<Selected> files, List<Phrase> warnings) {
    }

    private StaticFiles() {
    }

    static Selection select(Path blogRoot, List<String> include) {
        Path root = blogRoot.resolve("static");
        if (!Files.isDirectory(root)) {
            return new Selection(List.of(), List.of());
        }
        InsideTheBlog inside = new InsideTheBlog(blogRoot);
        inside.checkIfLinked(root);
        List<PathMatcher> included = include.stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        List<Selected> files = new ArrayList<>();
        List<Phrase> warnings = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals(".gitkeep") || name.equals(".DS_Store")) {
                    continue;
                }
                if (Files.isSymbolicLink(file)) {
                    inside.check(file);
                }
                Path relative = root.relativize(file);
                String sitePath = relative.toString().replace(File.separatorChar, '/');
                if (looksSecret(relative) && included.stream().noneMatch(m -> m.matches(relative))) {
                    warnings.add(Phrase.of("warning.secretNotPublished", sitePath));
                    continue;
                }
                files.add(new Selected(sitePath, file));
            }
        } catch (IOException e) {
            throw new CarnetException("static/", 0, Phrase.of("site.cannotList", e.getMessage()), e);
        }
        return new Selection(files, warnings);
    }

    /** The file of {@code static/} a site path names ({@code images/x.jpg}), if it is one and stays inside. */
    static Optional<Path> file(Path blogRoot, String sitePath) {
        Path statics = blogRoot.resolve("static").toAbsolutePath().normalize();
        Path file = statics.resolve(sitePath).normalize();
        return file.startsWith(statics) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    static boolean looksSecret(Path relative) {
        for (Path part : relative) {
            if (SECRET_FOLDERS.contains(part.toString())) {
                return true;
            }
        }
        return SECRET.matcher(relative.getFileName().toString()).matches();
    }
}
