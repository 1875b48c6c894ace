package io.staffline.ingest.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One helpdesk export, described: how its files are read, which source column feeds each canonical
 * field, how source values map to our vocabulary, how the support line is told, and how ticket
 * events are derived. Bound from YAML (unknown keys are errors); docs/sources.md explains each key.
 */
public record SourceProfile(
    String name,
    String description,
    FileFormat format,
    Layout layout,
    TimeFormat time,
    Map<String, List<String>> fields,
    Map<String, Map<String, String>> values,
    Map<String, String> defaults,
    TierRule tier,
    List<String> keep) implements Serializable {

  /** How the rows of an export become events. */
  public enum Layout {
    /** One row per status change (BPIC/VINST, 4TU helpdesk logs): consecutive rows are diffed. */
    @JsonProperty("event_log") EVENT_LOG,
    /** One full snapshot row per update (ServiceNow incident log): consecutive snapshots are diffed. */
    @JsonProperty("snapshots") SNAPSHOTS,
    /** One row per ticket with its lifecycle times (Jira, Freshdesk CSV): events from the times. */
    @JsonProperty("ticket_rows") TICKET_ROWS
  }

  /** The text layout of the files. */
  public record FileFormat(
      String delimiter,
      String quote,
      String encoding,
      @JsonProperty("null_tokens") List<String> nullTokens,
      @JsonProperty("decimal_comma") Boolean decimalComma) implements Serializable {

    public char delimiterChar() {
      String d = delimiter == null ? "," : delimiter.replace("\\t", "\t");
      if (d.length() != 1) {
        throw new IllegalArgumentException("format.delimiter must be one character, not '" + delimiter + "'");
      }
      return d.charAt(0);
    }

    public char quoteChar() {
      return quote == null || quote.isEmpty() ? '"' : quote.charAt(0);
    }

    public String encodingName() {
      return encoding == null ? "UTF-8" : encoding;
    }

    public List<String> nulls() {
      return nullTokens == null ? List.of() : nullTokens;
    }

    public boolean decimalCommaOn() {
      return Boolean.TRUE.equals(decimalComma);
    }
  }

  /** How timestamps are written: patterns tried in order (none = ISO-8601) and the zone of naive times. */
  public record TimeFormat(String zone, List<String> patterns, String locale) implements Serializable {}

  /**
   * How the support line is told: an explicit column, else the first regular expression that
   * finds a match in the group name, else a group → line table, else the default.
   */
  public record TierRule(
      String column,
      List<TierPattern> patterns,
      Map<String, Integer> groups,
      @JsonProperty("default") Integer defaultTier) implements Serializable {

    public int defaultOrOne() {
      return defaultTier == null ? 1 : defaultTier;
    }
  }

  /** A group-name pattern and the line it means. */
  public record TierPattern(String regex, int tier) implements Serializable {}

  /** The source columns mapped to {@code field} (several are joined with "/"), or an empty list. */
  public List<String> columnsOf(String field) {
    List<String> c = fields == null ? null : fields.get(field);
    return c == null ? List.of() : c;
  }

  public Map<String, String> valueMap(String field) {
    Map<String, String> m = values == null ? null : values.get(field);
    return m == null ? Map.of() : m;
  }

  public String defaultOf(String field) {
    return defaults == null ? null : defaults.get(field);
  }

  public List<String> kept() {
    return keep == null ? List.of() : keep;
  }
}
