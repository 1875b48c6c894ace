package io.staffline.forecast;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.staffline.forecast.MethodSettings.HoltWintersGrid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads jobs/forecast.yaml into {@link ForecastSettings}: every key optional (left out: its
 * default), unknown keys and bad values rejected with the file, the line and the key. Format:
 * docs/forecasting.md §settings.
 */
public final class ForecastConfig {
  /** The bundled settings file, relative to the working directory. */
  public static final Path DEFAULT_FILE = Path.of("jobs", "forecast.yaml");

  /** Keys allowed in each mapping, by the dotted path of the mapping ("" = the top level). */
  private static final Map<String, Set<String>> KEYS = Map.of(
      "", Set.of("horizon_weeks", "methods", "seasonal_average_weeks", "daily_profile_weeks", "holt_winters",
          "backtest", "interval_coverage", "holidays", "aht_min_events_per_slot"),
      "holt_winters", Set.of("alpha", "delta", "omega", "init_weeks"),
      "backtest", Set.of("origins", "origin_step_days", "min_train_weeks"),
      "holidays", Set.of("history", "forecast"));

  private final String where;
  private final Map<String, Integer> lines = new HashMap<>();
  private final JsonNode root;

  private ForecastConfig(String yaml, String where) {
    this.where = where;
    this.root = readChecked(yaml);
  }

  public static ForecastSettings load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read forecast settings " + file, e);
    }
    return parse(text, file.toString());
  }

  /** Reads settings written in YAML; {@code where} names the source in errors. */
  public static ForecastSettings parse(String yaml, String where) {
    return new ForecastConfig(yaml, where).settings();
  }

  private ForecastSettings settings() {
    ForecastSettings d = ForecastSettings.DEFAULTS;
    MethodSettings m = d.methodSettings();
    HoltWintersGrid g = m.holtWinters();
    BacktestSettings b = d.backtest();
    HolidayPolicy h = d.holidays();
    try {
      return new ForecastSettings(
          integer("horizon_weeks", d.horizonWeeks()),
          list("methods", d.methods(), node -> Method.of(node.asText())),
          new MethodSettings(integer("seasonal_average_weeks", m.averageWeeks()),
              integer("daily_profile_weeks", m.profileWeeks()),
              new HoltWintersGrid(list("holt_winters.alpha", g.alpha(), ForecastConfig::element),
                  list("holt_winters.delta", g.delta(), ForecastConfig::element),
                  list("holt_winters.omega", g.omega(), ForecastConfig::element),
                  integer("holt_winters.init_weeks", g.initWeeks()))),
          new BacktestSettings(integer("backtest.origins", b.origins()),
              integer("backtest.origin_step_days", b.originStepDays()),
              integer("backtest.min_train_weeks", b.minTrainWeeks())),
          number("interval_coverage", d.intervalCoverage()),
          new HolidayPolicy(choice("holidays.history", HolidayPolicy.History.class, h.history()),
              choice("holidays.forecast", HolidayPolicy.Forecast.class, h.forecast())),
          integer("aht_min_events_per_slot", (int) d.ahtMinEventsPerSlot()));
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith(where)) {
        throw e;
      }
      // The settings records name the key first ("backtest.origins must be ...").
      Integer line = lines.get(e.getMessage().split("[ :\\[(]")[0]);
      throw new IllegalArgumentException(where + (line == null ? "" : " line " + line) + ": " + e.getMessage(), e);
    }
  }

  /** Parses the YAML, checking every key against {@link #KEYS} and noting the line of each. */
  private JsonNode readChecked(String yaml) {
    try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
      Deque<String> mappings = new ArrayDeque<>();
      String key = null;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        String parent = mappings.isEmpty() ? "" : mappings.peek();
        switch (token) {
          case START_OBJECT -> {
            String path = key == null ? "" : key;
            if (!KEYS.containsKey(path)) {
              throw error(path, "expected a value or a list, not a mapping");
            }
            mappings.push(path);
          }
          case END_OBJECT -> mappings.pop();
          case FIELD_NAME -> {
            String name = parser.currentName();
            key = parent.isEmpty() ? name : parent + "." + name;
            lines.put(key, parser.currentTokenLocation().getLineNr());
            if (!KEYS.get(parent).contains(name)) {
              throw new IllegalArgumentException(where + " line " + lines.get(key) + ": unknown key '" + name + "'"
                  + (parent.isEmpty() ? "" : " in " + parent) + " (known: " + new TreeSet<>(KEYS.get(parent)) + ")");
            }
          }
          case START_ARRAY -> parser.skipChildren();
          default -> { }
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(where + ": not valid YAML: " + e.getMessage(), e);
    }
    try {
      JsonNode tree = new YAMLMapper().readTree(yaml);
      return tree == null || tree.isMissingNode() || tree.isNull() ? new YAMLMapper().createObjectNode() : tree;
    } catch (IOException e) {
      throw new IllegalArgumentException(where + ": not valid YAML: " + e.getMessage(), e);
    }
  }

  private JsonNode node(String path) {
    JsonNode node = root;
    for (String part : path.split("\\.")) {
      node = node == null ? null : node.get(part);
    }
    return node == null || node.isNull() ? null : node;
  }

  private int integer(String path, int otherwise) {
    JsonNode node = node(path);
    if (node == null) {
      return otherwise;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error(path, "must be a whole number, not '" + node.asText() + "'");
    }
    return node.intValue();
  }

  private double number(String path, double otherwise) {
    JsonNode node = node(path);
    if (node == null) {
      return otherwise;
    }
    if (!node.isNumber()) {
      throw error(path, "must be a number, not '" + node.asText() + "'");
    }
    return node.doubleValue();
  }

  private static Double element(JsonNode node) {
    if (!node.isNumber()) {
      throw new IllegalArgumentException("must be a number, not '" + node.asText() + "'");
    }
    return node.doubleValue();
  }

  private <T> List<T> list(String path, List<T> otherwise, Function<JsonNode, T> convert) {
    JsonNode node = node(path);
    if (node == null) {
      return otherwise;
    }
    if (!node.isArray()) {
      throw error(path, "must be a list such as [a, b], not '" + node.asText() + "'");
    }
    List<T> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      try {
        values.add(convert.apply(node.get(i)));
      } catch (IllegalArgumentException e) {
        throw error(path + "[" + i + "]", e.getMessage());
      }
    }
    return values;
  }

  private <E extends Enum<E>> E choice(String path, Class<E> type, E otherwise) {
    JsonNode node = node(path);
    if (node == null) {
      return otherwise;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().toLowerCase(Locale.ROOT).equals(node.asText())) {
        return value;
      }
    }
    List<String> known = java.util.Arrays.stream(type.getEnumConstants())
        .map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    throw error(path, "'" + node.asText() + "' is not one of " + known);
  }

  private IllegalArgumentException error(String path, String message) {
    String key = path.replaceFirst("\\[\\d+]$", "");
    Integer line = lines.get(key);
    return new IllegalArgumentException(where + (line == null ? "" : " line " + line) + ": " + path + ": " + message);
  }
}
