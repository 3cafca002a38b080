package dev.carnet.config;

import dev.carnet.error.CarnetException;
import dev.carnet.error.Phrase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A parsed YAML mapping that remembers where each key was written, so every complaint names the
 * file, the line and the dotted key ({@code carnet.yml:7: site.perPage must be a whole number}).
 * Text settings read the scalar as written: {@code title: 2024} is the text "2024", not a number.
 */
public final class YamlMap {
    private final String file;
    private final int firstLine;
    private final String prefix;
    private final int startLine;
    private final Map<String, Node> keyNodes = new LinkedHashMap<>();
    private final Map<String, Node> valueNodes = new LinkedHashMap<>();
    private final Map<String, Object> values;

    YamlMap(String file, int firstLine, MappingNode node, Map<String, Object> values) {
        this(file, firstLine, "", node, values);
    }

    private YamlMap(String file, int firstLine, String prefix, MappingNode node, Map<String, Object> values) {
        this.file = file;
        this.firstLine = firstLine;
        this.prefix = prefix;
        this.values = values;
        this.startLine = node == null ? firstLine : firstLine + node.getStartMark().getLine();
        if (node != null) {
            for (NodeTuple tuple : node.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                keyNodes.put(key, tuple.getKeyNode());
                valueNodes.put(key, tuple.getValueNode());
            }
        }
    }

    public String file() {
        return file;
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public boolean has(String key) {
        return values.containsKey(key) && values.get(key) != null;
    }

    /** File line of {@code key}, or of the mapping itself when the key is absent. */
    public int line(String key) {
        Node node = keyNodes.get(key);
        return node == null ? startLine : firstLine + node.getStartMark().getLine();
    }

    /** The dotted name of {@code key}, as messages write it ({@code author.links[1].url}). */
    public String key(String key) {
        return prefix + key;
    }

    public Object raw(String key) {
        return values.get(key);
    }

    /** {@code problem} of the setting {@code key}, which the message names first ({@code site.perPage must be ...}). */
    public CarnetException error(String key, Phrase problem) {
        return new CarnetException(file, line(key), Phrase.of("yaml.setting", prefix + key, problem), null);
    }

    public String text(String key) {
        if (!has(key)) {
            return null;
        }
        if (valueNodes.get(key) instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw error(key, Phrase.of("yaml.notSingle"));
    }

    public String requiredText(String key) {
        String value = text(key);
        if (value == null || value.isBlank()) {
            throw new CarnetException(file, startLine, Phrase.of("yaml.missing", prefix + key), null);
        }
        return value;
    }

    public Boolean bool(String key) {
        if (!has(key)) {
            return null;
        }
        if (values.get(key) instanceof Boolean b) {
            return b;
        }
        throw error(key, Phrase.of("yaml.notBoolean", text(key)));
    }

    public Integer integer(String key, int min, int max) {
        if (!has(key)) {
            return null;
        }
        Object value = values.get(key);
        if (value instanceof Number number && valueNodes.get(key).getTag().equals(Tag.INT)
                && number.longValue() >= min && number.longValue() <= max) {
            return number.intValue();
        }
        throw error(key, Phrase.of("yaml.notInteger", min, max, describe(key)));
    }

    /** A list of texts; a single value is taken as a list of one ({@code tags: atelier}). */
    public List<String> textList(String key) {
        if (!has(key)) {
            return List.of();
        }
        Node node = valueNodes.get(key);
        if (node instanceof ScalarNode scalar) {
            return List.of(scalar.getValue());
        }
        if (node instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
                    throw new CarnetException(file, firstLine + item.getStartMark().getLine(),
                            Phrase.of("yaml.setting", prefix + key, Phrase.of("yaml.notTexts")), null);
                }
                items.add(scalar.getValue());
            }
            return items;
        }
        throw error(key, Phrase.of("yaml.notList"));
    }

    /** The file line of each item of the list under {@code key} (of the key itself for a single value). */
    public List<Integer> itemLines(String key) {
        if (valueNodes.get(key) instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(item -> firstLine + item.getStartMark().getLine()).toList();
        }
        return has(key) ? List.of(line(key)) : List.of();
    }

    public YamlMap map(String key) {
        if (!has(key)) {
            return new YamlMap(file, line(key), prefix + key + ".", null, Map.of());
        }
        if (valueNodes.get(key) instanceof MappingNode mapping && values.get(key) instanceof Map<?, ?> map) {
            return new YamlMap(file, firstLine, prefix + key + ".", mapping, stringKeys(map));
        }
        throw error(key, Phrase.of("yaml.notMapping"));
    }

    public List<YamlMap> mapList(String key) {
        if (!has(key)) {
            return List.of();
        }
        if (valueNodes.get(key) instanceof SequenceNode sequence && values.get(key) instanceof List<?> list) {
            List<YamlMap> maps = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Node item = sequence.getValue().get(i);
                if (!(item instanceof MappingNode mapping) || !(list.get(i) instanceof Map<?, ?> map)) {
                    throw new CarnetException(file, firstLine + item.getStartMark().getLine(),
                            Phrase.of("yaml.itemsNotMappings", prefix + key), null);
                }
                maps.add(new YamlMap(file, firstLine, prefix + key + "[" + i + "].", mapping, stringKeys(map)));
            }
            return maps;
        }
        throw error(key, Phrase.of("yaml.notMappings"));
    }

    /** Every key not in {@code known} is a mistake worth a message: a typo would silently do nothing. */
    public void rejectUnknown(Collection<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new CarnetException(file, line(key),
                        Phrase.of("yaml.unknown", prefix + key, String.join(", ", new TreeSet<>(known))), null);
            }
        }
    }

    private String describe(String key) {
        Node node = valueNodes.get(key);
        return node instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(values.get(key));
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }
}
