package dev.carnet.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Front matter as carnet writes it and most people do, read without SnakeYAML's scanner, parser,
 * composer and constructor, which were a tenth of a cold build of 1,000 notes with their
 * compilation: one {@code key: value} a line, the value quoted (with no escape but {@code \"} and
 * {@code \\}) or plain on its line, lists in brackets or as {@code - item} lines, blank and comment
 * lines. Anything else (a value on two lines, a nested mapping, an anchor or a tag, a number, a
 * comment after a value, a tab, a duplicate key, a character YAML refuses...) gives null, and
 * SnakeYAML reads it: the same nodes with the same lines, the same values, the same errors.
 * PlainYamlTest holds the two to that.
 */
final class PlainYaml {
    /** Longer texts go to SnakeYAML, which also enforces the size limit. */
    private static final int MAX_LENGTH = 1 << 16;

    /** The mapping node SnakeYAML would compose, and the values its safe constructor would make of it. */
    record Document(MappingNode node, Map<String, Object> values) {
    }

    private final String text;
    private final Resolver resolver;
    private final List<NodeTuple> tuples = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private int line; // 0-based, of the line being read
    private int at; // index in text of the line's first character
    private int end; // index in text of the line's end
    private PlainLine current;
    private ScalarNode openKey; // a key written with nothing after it, which a list may follow
    private List<Node> items;
    private Mark itemsStart; // the first dash, where SnakeYAML starts a block list
    private int itemIndent;

    private PlainYaml(String text, Resolver resolver) {
        this.text = text;
        this.resolver = resolver;
    }

    /** The document, or null when SnakeYAML must read it. */
    static Document read(String text, Resolver resolver) {
        if (text.length() > MAX_LENGTH || !printable(text)) {
            return null;
        }
        return new PlainYaml(text, resolver).document();
    }

    private Document document() {
        try {
            for (at = 0; at < text.length(); at = end + 1, line++) {
                end = text.indexOf('\n', at);
                if (end < 0) {
                    end = text.length();
                }
                current = new PlainLine(text, resolver, at, end, line);
                readLine();
            }
            closeKey();
        } catch (NotPlain e) {
            return null;
        }
        if (tuples.isEmpty()) {
            return null;
        }
        Node first = tuples.get(0).getKeyNode();
        return new Document(new MappingNode(Tag.MAP, true, tuples, first.getStartMark(), PlainLine.mark(at, line, 0), FlowStyle.BLOCK), values);
    }

    private void readLine() {
        int p = current.skipSpaces(at);
        if (p == end || text.charAt(p) == '#') {
            return; // blank or a comment
        }
        if (text.charAt(p) == '-') {
            item(p);
        } else if (p == at) {
            keyLine();
        } else {
            throw new NotPlain();
        }
    }

    private void keyLine() {
        closeKey();
        int p = at;
        while (p < end && keyChar(text.charAt(p), p == at)) {
            p++;
        }
        if (p == at || p == end || text.charAt(p) != ':') {
            throw new NotPlain();
        }
        String key = text.substring(at, p);
        if (values.containsKey(key) || !resolver.resolve(NodeId.scalar, key, true).equals(Tag.STR)) {
            throw new NotPlain();
        }
        ScalarNode keyNode = new ScalarNode(Tag.STR, true, key, PlainLine.mark(at, line, 0), PlainLine.mark(p, line, p - at), ScalarStyle.PLAIN);
        int afterColon = p + 1;
        if (afterColon < end && text.charAt(afterColon) != ' ') {
            throw new NotPlain();
        }
        int v = current.skipSpaces(afterColon);
        if (v == end) {
            openKey = keyNode;
            return;
        }
        PlainLine.Valued value = current.value(v, true);
        tuples.add(new NodeTuple(keyNode, value.node()));
        values.put(key, value.value());
    }

    private void item(int dash) {
        int indent = dash - at;
        if (openKey == null || items != null && indent != itemIndent || dash + 1 == end || text.charAt(dash + 1) != ' ') {
            throw new NotPlain();
        }
        if (items == null) {
            items = new ArrayList<>();
            itemIndent = indent;
            itemsStart = current.markAt(dash);
        }
        int v = current.skipSpaces(dash + 1);
        if (v == end) {
            throw new NotPlain();
        }
        PlainLine.Valued value = current.value(v, false);
        items.add(value.node());
        itemValues().add(value.value());
    }

    private List<Object> itemValues() {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) values.computeIfAbsent(openKey.getValue(), k -> new ArrayList<>());
        return list;
    }

    /** Ends the key written alone on its line: a list if items followed, else an empty value. */
    private void closeKey() {
        if (openKey == null) {
            return;
        }
        if (items != null) {
            tuples.add(new NodeTuple(openKey, new SequenceNode(Tag.SEQ, true, items, itemsStart, PlainLine.mark(at, line, 0), FlowStyle.BLOCK)));
        } else {
            // SnakeYAML's empty value starts just after the colon, which follows the key.
            Mark colon = openKey.getEndMark();
            Mark after = PlainLine.mark(colon.getIndex() + 1, colon.getLine(), colon.getColumn() + 1);
            tuples.add(new NodeTuple(openKey, new ScalarNode(Tag.NULL, true, "", after, after, ScalarStyle.PLAIN)));
            values.put(openKey.getValue(), null);
        }
        openKey = null;
        items = null;
    }

    private static boolean keyChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || !first && (c >= '0' && c <= '9' || c == '-');
    }

    /**
     * Only what SnakeYAML's reader takes as printable, without the line ends only YAML knows
     * (U+0085, U+2028, U+2029), carriage returns, tabs or a byte order mark.
     */
    private static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7e || c == '\n') {
                continue;
            }
            if (c >= 0xa0 && c <= 0xd7ff && c != 0x2028 && c != 0x2029 || c >= 0xe000 && c <= 0xfffd && c != 0xfeff) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    /** Thrown at the first thing the reading leaves to SnakeYAML; {@link #read} turns it into null. */
    static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }
}
