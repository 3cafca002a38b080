package dev.carnet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carnet.error.CarnetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What the plain reading takes, SnakeYAML reads the same: nodes, tags, styles, lines and values;
 * what SnakeYAML refuses or reads otherwise, the plain reading leaves to it.
 */
class PlainYamlTest {
    /** Pieces of values, chosen for the ways YAML can read a line otherwise than it looks. */
    private static final List<String> PIECES = List.of("Notes de juin", "l'atelier", "atelier", "médiation numérique",
            "a: b", "a #b", "a#b", "C#", "10:30", "2024-06-30T10:00:00+02:00", "2024-06-30", "yes", "No", "on", "OFF", "true",
            "y", "n", "~", "null", "Null", "", "12", "-3", "0x1F", "1_000", "1.5", ".inf", "190:20:30", "<<", "[a, b]", "[]",
            "[ a , \"b c\" , 'd''e' ]", "[a,]", "[,a]", "[a [b]]", "[yes, ~, 3]", "[a: b]", "[a #b]", "{a: b}", "\"x\\\"y\"",
            "\"x\\ny\"", "\"\\\\\"", "'it''s'", "'a", "\"a", "*ref", "&anchor x", "!tag x", "!!str x", "|", ">", "@x", "`x", "%x",
            "-x", "- x", "?x", ":x", "a, b", "a [b]", "a{b}", "é€😀", "\u2028", "\u0085", "\ufeff", "\t", "a\tb", "a  ", "\"a\" #c",
            "\"a\"b", "[a] x", "x\\y", "'x\\y'", "\"\"", "''", "a:", "a :b", "https://example.org/a?b=c#d", "«\u00a0guillemets\u00a0»",
            "\u0007", "\ud800", "a\rb");

    @Provide
    Arbitrary<String> frontMatters() {
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(PIECES)),
                Tuple.of(1, Combinators.combine(Arbitraries.of(PIECES), Arbitraries.of(" ", "", ", ", ": ", " #", "'", "\""),
                        Arbitraries.of(PIECES)).as((a, s, b) -> a + s + b)),
                Tuple.of(1, Arbitraries.of(PIECES).list().ofMaxSize(3).map(items -> items.stream()
                        .map(i -> i.startsWith("\"") || i.startsWith("'") ? i : "\"" + i.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                        .collect(Collectors.joining(", ", "[", "]")))));
        Arbitrary<String> key = Arbitraries.of("title", "date", "tags", "summary", "draft", "slug", "aliases", "a", "b-c", "_x",
                "yes", "null", "1a", "Title", "x y", "\"q\"", "k ", "-k", "title");
        Arbitrary<String> keyLine = Combinators.combine(key, Arbitraries.of(": ", ":", ":  ", " : ", ":\t", ": ", ": "), value)
                .as((k, s, v) -> k + s + v);
        Arbitrary<String> item = Combinators.combine(Arbitraries.of("", " ", "  ", "    ", "  ", "  "), Arbitraries.of("- ", "-", "-  ", "- ", "- "),
                value).as((i, d, v) -> i + d + v);
        Arbitrary<String> list = Combinators.combine(key, item.list().ofMinSize(0).ofMaxSize(4))
                .as((k, items) -> k + ":" + items.stream().map(i -> "\n" + i).collect(Collectors.joining()));
        Arbitrary<String> other = Arbitraries.of("", "# a comment", "  # indented", "---", "...", "  x: y", "- a", "%YAML 1.1",
                "? k", "  continued", "\ttitle: x", "   ");
        Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(6, keyLine), Tuple.of(2, list),
                Tuple.of(1, other));
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(7), Arbitraries.of("\n", ""))
                .as((lines, last) -> String.join("\n", lines) + last);
    }

    @Property(tries = 4000)
    void readsAsSnakeYamlDoesOrLeavesIt(@ForAll("frontMatters") String text) {
        PlainYaml.Document plain = PlainYaml.read(text, SafeYaml.RESOLVER);
        Statistics.label("read plainly").collect(plain != null);
        assertSameAsSnakeYaml(text, plain);
        Statistics.label("read plainly").coverage(checker -> checker.check(true).percentage(p -> p > 3));
    }

    @Provide
    Arbitrary<String> likelyPlain() {
        Arbitrary<String> value = Arbitraries.of("\"Notes de juin\"", "atelier", "l'atelier", "'d''accord'", "\"a \\\"b\\\" c\"",
                "2024-06-30T10:00:00+02:00", "yes", "off", "~", "", "[a, \"b c\", 'd']", "[]", "a, b [c]", "C#", "10:30", "é€😀",
                "https://example.org/a?b=c#d", "12", "\"12\"");
        Arbitrary<String> item = Combinators.combine(Arbitraries.of("atelier", "\"b c\"", "'d'", "yes", "/p/?x=1", "12"), Arbitraries.of(" ", "  "))
                .as((v, s) -> "-" + s + v);
        Arbitrary<String> entry = Combinators.combine(Arbitraries.strings().withCharRange('a', 'f').ofMinLength(1).ofMaxLength(2),
                Arbitraries.of(": ", ":  ", ":"), value, item.list().ofMaxSize(3), Arbitraries.of("", "  ", "  ", "    "),
                Arbitraries.of("", "", "\n# note", "\n", "\n  # indented"))
                .as((k, sep, v, items, indent, extra) -> items.isEmpty() || !v.isEmpty() || !sep.startsWith(":")
                        ? k + (sep.equals(":") && !v.isEmpty() ? ": " : sep) + v + extra
                        : k + ":" + extra + items.stream().map(i -> "\n" + indent + i).collect(Collectors.joining()));
        return entry.list().ofMinSize(1).ofMaxSize(6).map(lines -> String.join("\n", lines) + "\n");
    }

    @Property(tries = 3000)
    void readsWellWrittenFrontMatterAsSnakeYamlDoes(@ForAll("likelyPlain") String text) {
        PlainYaml.Document plain = PlainYaml.read(text, SafeYaml.RESOLVER);
        Statistics.label("read plainly").collect(plain != null);
        assertSameAsSnakeYaml(text, plain);
        Statistics.label("read plainly").coverage(checker -> checker.check(true).percentage(p -> p > 40));
    }

    @Example
    void readsCarnetsOwnFrontMatterPlainly() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/yaml/plain-front-matter.yml"), StandardCharsets.UTF_8);
        PlainYaml.Document plain = PlainYaml.read(text, SafeYaml.RESOLVER);
        assertThat(plain).isNotNull();
        assertThat(plain.values()).containsEntry("title", "Notes de juin 2024 : « l'été »")
                .containsEntry("date", "2024-06-30T10:00:00+02:00")
                .containsEntry("tags", List.of("formation", "médiation numérique", "it's"))
                .containsEntry("draft", false).containsEntry("toc", true).containsEntry("slug", null)
                .containsEntry("aliases", List.of("/2024/06/notes-de-juin/", "/?p=42"));
        assertSameAsSnakeYaml(text, plain);
    }

    @Example
    void leavesToSnakeYamlWhatItWouldReadOtherwise() {
        for (String text : List.of("title: Notes\n  de juin\n", "title: \"a\\nb\"\n", "title: x # c\n", "n: 12\n", "a: &x b\n",
                "a:\n  b: c\n", "title: a\ntitle: b\n", "t:\ttab\n", "a: b\r\n", "# only a comment\n", "a: [x,\n  y]\n",
                "a:\n  - x\n    - y\n", "a:\n  -\n", "a: 'x\n")) {
            assertThat(PlainYaml.read(text, SafeYaml.RESOLVER)).as(text).isNull();
        }
    }

    @Example
    void keepsTheLineOfEachKeyForMessages() {
        YamlMap yaml = SafeYaml.parseMapping("# written by carnet\ntitle: x\n\ntags:\n  - a\n  - b\n", "n.md", 2, "front matter");
        assertThat(yaml.line("title")).isEqualTo(3);
        assertThat(yaml.itemLines("tags")).containsExactly(6, 7);
        assertThat(yaml.line("missing")).isEqualTo(3);
    }

    @Example
    void saysTheFrontMatterIsNotKeysAndValues() {
        assertThatThrownBy(() -> SafeYaml.parseMapping("- a\n- b\n", "n.md", 2, "front matter"))
                .isInstanceOf(CarnetException.class).hasMessageContaining("n.md:2");
        assertThatThrownBy(() -> SafeYaml.parseMapping("- a\n- b\n", "n.md", 2, "front matter"))
                .hasMessageNotContaining("CarnetException");
    }

    private static void assertSameAsSnakeYaml(String text, PlainYaml.Document plain) {
        Node snake;
        Object values;
        try {
            snake = SafeYaml.compose(text);
            values = snake == null ? null : SafeYaml.construct(snake);
        } catch (YAMLException e) {
            assertThat(plain).as("SnakeYAML refuses %s (%s)", text, e.getMessage()).isNull();
            return;
        }
        if (plain == null) {
            return;
        }
        assertThat(describe(plain.node())).as(text).isEqualTo(describe(snake));
        Map<String, Object> byName = new LinkedHashMap<>();
        ((Map<?, ?>) values).forEach((k, v) -> byName.put(String.valueOf(k), v));
        assertThat(plain.values()).as(text).isEqualTo(byName);
        assertThat(List.copyOf(plain.values().keySet())).as(text).isEqualTo(List.copyOf(byName.keySet()));
    }

    /** Everything YamlMap and the constructor read of a node, lines included. */
    private static String describe(Node node) {
        String head = node.getNodeId() + " " + node.getTag() + " line " + node.getStartMark().getLine();
        if (node instanceof ScalarNode scalar) {
            return head + " " + scalar.getScalarStyle() + " [" + scalar.getValue() + "]";
        }
        String style = " " + ((CollectionNode<?>) node).getFlowStyle();
        if (node instanceof SequenceNode sequence) {
            return head + style + sequence.getValue().stream().map(PlainYamlTest::describe).collect(Collectors.joining(", ", " (", ")"));
        }
        return head + style + ((MappingNode) node).getValue().stream().map(PlainYamlTest::describe).collect(Collectors.joining(", ", " {", "}"));
    }

    private static String describe(NodeTuple tuple) {
        return describe(tuple.getKeyNode()) + " = " + describe(tuple.getValueNode());
    }
}
