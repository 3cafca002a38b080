package dev.carnet.site.template;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The template engine behind one interface: Pebble with autoescaping and strict variables. A
 * blog's {@code templates/} folder overrides its theme file by file; a built-in theme other than
 * the default ({@code themes/NAME/} in the jar) holds only the files it changes, the others are the default's.
 */
public final class Templates {
    public static final String THEME_PREFIX = "dev/carnet/templates/";
    private static final String THEMES_PREFIX = "dev/carnet/themes/";
    private static final String DEFAULT_THEME = "carnet";
    private static final String SUFFIX = ".peb";

    private final PebbleEngine engine;
    private final Path overrides;
    private final boolean blogHasOwn;

    /**
     * @param theme a built-in theme's name ({@code BlogConfig.THEMES})
     * @param known reads the attributes of the values the site gives its templates
     */
    public Templates(Path blogTemplates, String theme, Attributes known) {
        this.overrides = blogTemplates;
        this.blogHasOwn = hasTemplates(blogTemplates);
        List<Loader<?>> loaders = new ArrayList<>();
        if (Files.isDirectory(blogTemplates)) {
            FileLoader own = new FileLoader();
            own.setPrefix(blogTemplates.toAbsolutePath().toString());
            own.setSuffix(SUFFIX);
            own.setCharset("UTF-8");
            loaders.add(own);
        }
        if (!DEFAULT_THEME.equals(theme)) {
            loaders.add(classpath(THEMES_PREFIX + theme));
        }
        loaders.add(classpath(THEME_PREFIX.substring(0, THEME_PREFIX.length() - 1)));
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .extension(OrdinalFilter.extension(), KnownAttributes.extension(known))
                .addEscapingStrategy("html", HtmlText::escape)
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
    }

    private static ClasspathLoader classpath(String prefix) {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(prefix);
        loader.setSuffix(SUFFIX);
        loader.setCharset("UTF-8");
        return loader;
    }

    /**
     * A file of a built-in theme, from the theme itself, else from the default one, or null.
     *
     * @param file its path in the theme, {@code assets/style.css}
     */
    public static InputStream themeFile(String theme, String file) {
        InputStream own = DEFAULT_THEME.equals(theme) ? null : Templates.class.getResourceAsStream("/" + THEMES_PREFIX + theme + "/" + file);
        return own != null ? own : Templates.class.getResourceAsStream("/" + THEME_PREFIX + file);
    }

    /** Whether the blog overrides any template of the theme (only the theme's are known to print values as they are). */
    public boolean blogHasOwn() {
        return blogHasOwn;
    }

    private static boolean hasTemplates(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(SUFFIX));
        } catch (IOException e) {
            return true;
        }
    }

    /** Renders {@code name} (e.g. {@code note}) as the UTF-8 bytes of its file; errors name the template file and line. */
    public byte[] page(String name, Map<String, Object> context) {
        try {
            PebbleTemplate template = engine.getTemplate(name);
            Utf8Writer out = new Utf8Writer(32 * 1024);
            template.evaluate(out, context);
            return out.toBytes();
        } catch (PebbleException e) {
            throw new CarnetException(where(e.getFileName() != null ? e.getFileName() : name),
                    e.getLineNumber() != null ? e.getLineNumber() : 0, Phrase.of("raw", e.getPebbleMessage()), e);
        } catch (IOException e) {
            throw new CarnetException("templates/" + name + SUFFIX, 0, Phrase.of("template.cannotRender", e.getMessage()), e);
        }
    }

    private String where(String template) {
        String file = template.endsWith(SUFFIX) ? template : template + SUFFIX;
        String name = file.substring(file.lastIndexOf('/') + 1);
        return Files.isRegularFile(overrides.resolve(name)) ? "templates/" + name : "templates/" + name + " (default theme)";
    }
}
