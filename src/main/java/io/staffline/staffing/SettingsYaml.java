package io.staffline.staffing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of a settings file, read strictly: every key and value keeps the line it was written
 * on, so an error names the file, the line and the dotted key ({@code jobs/staffing.yaml line 12:
 * channels.phone.service_level: ...}). Built on SnakeYAML's node tree (it comes with Jackson's YAML
 * module), which knows where each node stands, unlike a bound object.
 */
final class SettingsYaml {
  private final String file;
  private final String path;
  private final MappingNode node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private SettingsYaml(String file, String path, MappingNode node) {
    this.file = file;
    this.path = path;
    this.node = node;
    for (NodeTuple entry : node.getValue()) {
      if (!(entry.getKeyNode() instanceof ScalarNode key)) {
        throw new IllegalArgumentException(at(entry.getKeyNode()) + ": a key must be a plain name");
      }
      if (entries.put(key.getValue(), entry) != null) {
        throw new IllegalArgumentException(at(key) + ": " + dotted(key.getValue())
            + ": given twice; write each key once");
      }
    }
  }

  /** The top mapping of {@code text}; {@code file} names the source in errors. */
  static SettingsYaml parse(String text, String file) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
    } catch (MarkedYAMLException e) {
      throw new IllegalArgumentException(file + " line " + (e.getProblemMark().getLine() + 1)
          + ": not valid YAML: " + e.getProblem(), e);
    }
    if (root == null) {
      throw new IllegalArgumentException(file + ": empty file");
    }
    if (!(root instanceof MappingNode mapping)) {
      throw new IllegalArgumentException(file + " line " + (root.getStartMark().getLine() + 1)
          + ": expected keys and values at the top");
    }
    return new SettingsYaml(file, "", mapping);
  }

  /** The keys in file order. */
  List<String> keys() {
    return new ArrayList<>(entries.keySet());
  }

  /** Fails on the first key not in {@code known}, naming it and listing the known ones. */
  SettingsYaml allowOnly(Collection<String> known, String whatFor) {
    for (NodeTuple entry : entries.values()) {
      String key = ((ScalarNode) entry.getKeyNode()).getValue();
      if (!known.contains(key)) {
        throw new IllegalArgumentException(at(entry.getKeyNode()) + ": unknown key '" + key + "'"
            + (path.isEmpty() ? "" : " at " + path) + whatFor + " (known: " + new TreeSet<>(known)
            + ")");
      }
    }
    return this;
  }

  /** The mapping under {@code key}, if given. */
  Optional<SettingsYaml> section(String key) {
    NodeTuple entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!(entry.getValueNode() instanceof MappingNode mapping)) {
      if (entry.getValueNode() instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag())) {
        // "phone:" with nothing below it: every setting at its default.
        Node k = entry.getKeyNode();
        return Optional.of(new SettingsYaml(file, dotted(key), new MappingNode(Tag.MAP, true,
            List.of(), k.getStartMark(), k.getEndMark(), DumperOptions.FlowStyle.BLOCK)));
      }
      throw error(key, "expected keys and values below it");
    }
    return Optional.of(new SettingsYaml(file, dotted(key), mapping));
  }

  /** The plain value under {@code key}, if given. */
  Optional<String> text(String key) {
    NodeTuple entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!(entry.getValueNode() instanceof ScalarNode scalar)) {
      throw error(key, "expected a single value");
    }
    if (Tag.NULL.equals(scalar.getTag())) {
      throw error(key, "has no value; give one or leave the key out for its default");
    }
    return Optional.of(scalar.getValue().strip());
  }

  /** A number, if given. */
  Optional<BigDecimal> number(String key) {
    return text(key).map(raw -> {
      try {
        return new BigDecimal(raw);
      } catch (NumberFormatException e) {
        throw error(key, "'" + raw + "' is not a number");
      }
    });
  }

  /** A share written 0.8 or 80%, if given. */
  Optional<BigDecimal> share(String key) {
    return text(key).map(raw -> {
      String digits = raw.endsWith("%") ? raw.substring(0, raw.length() - 1).strip() : raw;
      try {
        BigDecimal value = new BigDecimal(digits);
        return raw.endsWith("%") ? value.movePointLeft(2) : value;
      } catch (NumberFormatException e) {
        throw error(key, "'" + raw + "' is not a share such as 0.8 or 80%");
      }
    });
  }

  /** An error about the value of {@code key} (or about this mapping when the key is absent). */
  IllegalArgumentException error(String key, String message) {
    NodeTuple entry = entries.get(key);
    Node where = entry == null ? node : entry.getKeyNode();
    return new IllegalArgumentException(at(where) + ": " + dotted(key) + ": " + message);
  }

  /** The dotted path of this mapping, e.g. {@code channels.phone}. */
  String path() {
    return path;
  }

  private String dotted(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private String at(Node n) {
    return file + " line " + (n.getStartMark().getLine() + 1);
  }
}
