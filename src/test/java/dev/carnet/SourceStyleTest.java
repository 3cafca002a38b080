package dev.carnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the code review asked of every file of src/main, kept so. */
class SourceStyleTest {
    private static final Path MAIN = Path.of("src/main/java");
    /** {@code java.util.Map} written out in code: an import says it once, at the top. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.@\"])((?:java|javax|dev|com|org)(?:\\.[a-z][a-z0-9_]*)+)\\.([A-Z]\\w*)");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void noClassIsLongerThanThreeHundredLines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path source : sources()) {
            long lines = Files.readAllLines(source).size();
            if (lines > 300) {
                long_.add(MAIN.relativize(source) + ": " + lines);
            }
        }
        assertThat(long_).isEmpty();
    }

    /** Allowed only where an import cannot do: a class of the file's own package has the same simple name. */
    @Test
    void codeNamesClassesByImportNotByFullName() throws IOException {
        List<String> written = new ArrayList<>();
        for (Path source : sources()) {
            Path folder = source.getParent();
            int number = 0;
            for (String line : Files.readAllLines(source)) {
                number++;
                String code = line.strip();
                if (code.startsWith("import ") || code.startsWith("package ") || code.startsWith("*") || code.startsWith("/*")
                        || code.startsWith("//")) {
                    continue;
                }
                Matcher name = QUALIFIED.matcher(line);
                while (name.find()) {
                    boolean inText = line.substring(0, name.start()).chars().filter(c -> c == '"').count() % 2 == 1;
                    boolean clash = Files.exists(folder.resolve(name.group(2) + ".java"));
                    if (!inText && !clash) {
                        written.add(MAIN.relativize(source) + ":" + number + ": " + name.group());
                    }
                }
            }
        }
        assertThat(written).isEmpty();
    }
}
