package dev.carnet.config;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one door to YAML: SnakeYAML's safe constructor, duplicate keys refused, global tags refused,
 * and no implicit timestamps (a bare {@code 2024-07-14} stays text, so that carnet reads it in the
 * blog's time zone instead of SnakeYAML's UTC midnight).
 */
public final class SafeYaml {
    /** Read-only after construction, so one serves every thread. */
    static final Resolver RESOLVER = new NoTimestampResolver();
    /** Read-only once made; SnakeYAML only reads it. */
    private static final LoaderOptions OPTIONS = options();

    private SafeYaml() {
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(1 << 20);
        return options;
    }

    /**
     * Parses a YAML mapping. {@code firstLine} is the file line of the text's first line, so that
     * errors point into the file (front matter starts on line 2).
     */
    public static YamlMap parseMapping(String text, String file, int firstLine, String what) {
        PlainYaml.Document plain = PlainYaml.read(text, RESOLVER);
        if (plain != null) {
            return new YamlMap(file, firstLine, plain.node(), plain.values());
        }
        try {
            Node node = compose(text);
            if (node == null) {
                return new YamlMap(file, firstLine, null, Map.of());
            }
            if (!(node instanceof MappingNode mapping)) {
                throw new CarnetException(file, firstLine + node.getStartMark().getLine(),
                        Phrase.of("yaml.notKeyValues", what), null);
            }
            @SuppressWarnings("unchecked")
            Map<Object, Object> values = (Map<Object, Object>) construct(node);
            Map<String, Object> byName = new LinkedHashMap<>();
            values.forEach((k, v) -> byName.put(String.valueOf(k), v));
            return new YamlMap(file, firstLine, mapping, byName);
        } catch (CarnetException e) {
            throw e; // said above, with its line
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() : 0;
            throw new CarnetException(file, firstLine + line, describe(e), null);
        } catch (YAMLException e) {
            throw new CarnetException(file, firstLine, describe(e), null);
        } catch (StackOverflowError | RuntimeException e) {
            // SnakeYAML's own limits should catch hostile input first; this is the last fence.
            throw new CarnetException(file, firstLine, Phrase.of("yaml.invalidBroken", e.getClass().getSimpleName()), null);
        }
    }

    /** SnakeYAML's node for the text's one document (null when it has none); {@link PlainYaml} must agree. */
    static Node compose(String text) {
        // The composer alone (no Yaml facade, no representer): this runs once per note.
        return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), OPTIONS), RESOLVER, OPTIONS).getSingleNode();
    }

    /** What SnakeYAML's safe constructor makes of {@code node}. */
    static Object construct(Node node) {
        return new ValueConstructor(OPTIONS).construct(node);
    }

    private static Phrase describe(YAMLException e) {
        String problem = e instanceof MarkedYAMLException marked && marked.getProblem() != null
                ? marked.getProblem() : String.valueOf(e.getMessage());
        if (problem.contains("\\t") || problem.contains("\t")) {
            return Phrase.of("yaml.tab");
        }
        if (problem.startsWith("Global tag is not allowed") || problem.startsWith("Global tags are not allowed")) {
            return Phrase.of("yaml.tag", shortTag(problem.substring(problem.indexOf(':') + 1).trim()));
        }
        if (problem.startsWith("found duplicate key")) {
            return Phrase.of("yaml.duplicate", problem.substring("found duplicate key".length()).trim());
        }
        if (problem.startsWith("could not determine a constructor for the tag")) {
            return Phrase.of("yaml.tag", shortTag(problem.substring("could not determine a constructor for the tag".length()).trim()));
        }
        return Phrase.of("yaml.invalid", problem.replace('\n', ' '));
    }

    private static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    /** Exposes the safe constructor's document construction, nothing more. */
    static final class ValueConstructor extends SafeConstructor {
        ValueConstructor(LoaderOptions options) {
            super(options);
            // The Yaml facade copies this from the options; without the facade, say it here.
            setAllowDuplicateKeys(options.isAllowDuplicateKeys());
        }

        Object construct(Node node) {
            return constructDocument(node);
        }
    }

    /** YAML 1.1 implicit types minus timestamps. */
    static final class NoTimestampResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }
}
