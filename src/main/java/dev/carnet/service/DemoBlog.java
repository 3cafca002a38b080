package dev.carnet.service;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import dev.carnet.store.Blog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code carnet demo}: a French blog of monthly notes over two years, ready to browse. */
public final class DemoBlog {
    private static final String BASE = "/dev/carnet/demo/";

    /** What demo did: {@code created} is false when an existing demo blog was reused. */
    public record Result(Blog blog, boolean created) {
        /** The demo blog's services, for a front end that must not hold the store's Blog. */
        public BlogServices services() {
            return new BlogServices(blog);
        }
    }

    public Result open(Path dir) {
        BlogInitializer.Result result = new BlogInitializer().init(dir,
                new BlogInitializer.Settings("Carnet de Julien", "fr", null, ZoneId.of("Europe/Paris"),
                        new Person("Julien Marchand", "julien@example.org")),
                content());
        return new Result(result.blog(), result.created());
    }

    static Map<String, String> content() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String path : resource("index.txt").split("\n")) {
            if (!path.isBlank()) {
                files.put(path.strip(), resource(path.strip()));
            }
        }
        return files;
    }

    private static String resource(String path) {
        try (InputStream in = DemoBlog.class.getResourceAsStream(BASE + path)) {
            if (in == null) {
                throw new CarnetException(Phrase.of("demo.missing", path));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CarnetException(Phrase.of("demo.cannotRead", path, e.getMessage()), e);
        }
    }
}
