package dev.carnet.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One line of {@link PlainYaml}: its values, quoted or plain, and lists in brackets, as the nodes
 * SnakeYAML composes for them and the values its safe constructor makes of those.
 */
final class PlainLine {
    /** Characters that give a plain scalar another meaning when they start it. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    /** Characters that end or complicate a plain item in brackets. */
    private static final String FLOW_STOPS = ",[]{}#:?'\"";
    private static final int[] NO_BUFFER = new int[0];

    private final String text;
    private final Resolver resolver;
    private final int at;
    private final int end;
    private final int line;

    /** Line {@code line} (0-based) of {@code text}, from index {@code at} to {@code end}, its line end excluded. */
    PlainLine(String text, Resolver resolver, int at, int end, int line) {
        this.text = text;
        this.resolver = resolver;
        this.at = at;
        this.end = end;
        this.line = line;
    }

    /** The value starting at {@code p}, which must fill the rest of the line. */
    Valued value(int p, boolean listAllowed) {
        Valued value = listAllowed && text.charAt(p) == '[' ? list(p) : scalar(p, end, false);
        if (skipSpaces(value.next()) != end) {
            throw new PlainYaml.NotPlain();
        }
        return value;
    }

    /** {@code [a, "b", 'c']} on one line. */
    private Valued list(int open) {
        List<Node> nodes = new ArrayList<>();
        List<Object> list = new ArrayList<>();
        int p = skipSpaces(open + 1);
        if (p < end && text.charAt(p) == ']') {
            return closed(open, p, nodes, list);
        }
        while (true) {
            if (p == end) {
                throw new PlainYaml.NotPlain();
            }
            int stop = text.charAt(p) == '"' || text.charAt(p) == '\'' ? end : itemEnd(p);
            Valued item = scalar(p, stop, true);
            nodes.add(item.node);
            list.add(item.value);
            p = skipSpaces(item.next);
            if (p == end) {
                throw new PlainYaml.NotPlain();
            }
            char c = text.charAt(p);
            if (c == ']') {
                return closed(open, p, nodes, list);
            }
            if (c != ',') {
                throw new PlainYaml.NotPlain();
            }
            p = skipSpaces(p + 1);
        }
    }

    /** The list from its {@code [} at {@code open} to its {@code ]} at {@code close}. */
    private Valued closed(int open, int close, List<Node> nodes, List<Object> values) {
        return new Valued(new SequenceNode(Tag.SEQ, true, nodes, markAt(open), markAt(close + 1), FlowStyle.FLOW), values, close + 1);
    }

    private int itemEnd(int p) {
        int q = p;
        while (q < end && FLOW_STOPS.indexOf(text.charAt(q)) < 0) {
            q++;
        }
        return q;
    }

    /** A scalar starting at {@code p}: quoted, or plain up to {@code stop}. */
    private Valued scalar(int p, int stop, boolean inList) {
        char c = text.charAt(p);
        if (c == '"') {
            return doubleQuoted(p);
        }
        if (c == '\'') {
            return singleQuoted(p);
        }
        if (INDICATORS.indexOf(c) >= 0) {
            throw new PlainYaml.NotPlain();
        }
        int last = stop;
        while (last > p && text.charAt(last - 1) == ' ') {
            last--;
        }
        String value = text.substring(p, last);
        if (!inList && (value.contains(" #") || value.contains(": ") || value.endsWith(":"))) {
            throw new PlainYaml.NotPlain();
        }
        Tag tag = resolver.resolve(NodeId.scalar, value, true);
        Object constructed;
        if (tag.equals(Tag.STR)) {
            constructed = value;
        } else if (tag.equals(Tag.BOOL)) {
            constructed = bool(value);
        } else if (tag.equals(Tag.NULL)) {
            constructed = null;
        } else {
            throw new PlainYaml.NotPlain(); // numbers and merge keys: SnakeYAML's constructor knows them
        }
        return new Valued(new ScalarNode(tag, true, value, markAt(p), markAt(last), ScalarStyle.PLAIN), constructed, last);
    }

    private Valued doubleQuoted(int open) {
        StringBuilder value = new StringBuilder();
        int p = open + 1;
        while (true) {
            if (p >= end) {
                throw new PlainYaml.NotPlain();
            }
            char c = text.charAt(p);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                char escaped = p + 1 < end ? text.charAt(p + 1) : 0;
                if (escaped != '"' && escaped != '\\') {
                    throw new PlainYaml.NotPlain();
                }
                value.append(escaped);
                p += 2;
            } else {
                value.append(c);
                p++;
            }
        }
        return quoted(value.toString(), open, p + 1, ScalarStyle.DOUBLE_QUOTED);
    }

    private Valued singleQuoted(int open) {
        StringBuilder value = new StringBuilder();
        int p = open + 1;
        while (true) {
            if (p >= end) {
                throw new PlainYaml.NotPlain();
            }
            char c = text.charAt(p);
            if (c == '\'') {
                if (p + 1 < end && text.charAt(p + 1) == '\'') {
                    value.append('\'');
                    p += 2;
                    continue;
                }
                break;
            }
            value.append(c);
            p++;
        }
        return quoted(value.toString(), open, p + 1, ScalarStyle.SINGLE_QUOTED);
    }

    private Valued quoted(String value, int open, int next, ScalarStyle style) {
        return new Valued(new ScalarNode(Tag.STR, true, value, markAt(open), markAt(next), style), value, next);
    }

    int skipSpaces(int p) {
        while (p < end && text.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    Mark markAt(int index) {
        return mark(index, line, index - at);
    }

    static Mark mark(int index, int line, int column) {
        return new Mark("plain", index, line, column, NO_BUFFER, 0);
    }

    record Valued(Node node, Object value, int next) {
    }

    /** SafeConstructor's reading of YAML 1.1 booleans (its table is private). */
    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "on" -> Boolean.TRUE;
            case "no", "false", "off" -> Boolean.FALSE;
            default -> throw new PlainYaml.NotPlain();
        };
    }
}
