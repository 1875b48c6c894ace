package io.staffline.ingest.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One helpdesk export, described: how its files are read, which source column feeds each canonical
 * field, how source values map to our vocabulary, how the support line is told, and how ticket
 * events are derived. Bound from YAML (unknown keys are errors); docs/sources.md explains each key,
 * docs/sources-vendors.md the optional {@code pick}, {@code when_status} and {@code durations}.
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
    List<String> keep,
    Map<String, String> pick,
    @JsonProperty("when_status") Map<String, List<String>> whenStatus,
    Map<String, DurationRule> durations) implements Serializable {

  /** A profile without a {@code format} reads comma-separated UTF-8 CSV. */
  public SourceProfile {
    format = format == null ? new FileFormat(null, null, null, null, null, null) : format;
  }

  /** How the rows of an export become events. */
  public enum Layout {
    /** One row per status change (BPIC/VINST, 4TU helpdesk logs): consecutive rows are diffed. */
    @JsonProperty("event_log") EVENT_LOG,
    /** One full snapshot row per update (ServiceNow incident log): consecutive snapshots are diffed. */
    @JsonProperty("snapshots") SNAPSHOTS,
    /** One row per ticket with its lifecycle times (Jira, Freshdesk CSV): events from the times. */
    @JsonProperty("ticket_rows") TICKET_ROWS
  }

  /** How a file holds its records. */
  public enum FileType {
    /** A header line, then one delimited record per line; columns are header names. */
    @JsonProperty("csv") CSV,
    /** One JSON object per line, no header; columns are paths into the object ({@code via.channel}). */
    @JsonProperty("jsonl") JSONL
  }

  /** The text layout of the files. */
  public record FileFormat(
      String delimiter,
      String quote,
      String encoding,
      @JsonProperty("null_tokens") List<String> nullTokens,
      @JsonProperty("decimal_comma") Boolean decimalComma,
      FileType type) implements Serializable {

    public boolean jsonLines() {
      return type == FileType.JSONL;
    }

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

  /**
   * A column that holds a duration: for {@code handle_seconds} the work time, for a time field
   * the time elapsed since the canonical time field {@code after} (Zendesk's
   * {@code reply_time_in_minutes} counted from {@code created_at}).
   */
  public record DurationRule(DurationUnit unit, String after) implements Serializable {}

  /** How a duration is written. */
  public enum DurationUnit {
    @JsonProperty("seconds") SECONDS("seconds", 1),
    @JsonProperty("minutes") MINUTES("minutes", 60),
    @JsonProperty("hours") HOURS("hours", 3600),
    /** Hours and minutes, hours of any length: {@code 01:30}, {@code 125:05}. */
    @JsonProperty("hh:mm") HH_MM("hh:mm", 0),
    /** Hours, minutes and seconds: {@code 01:30:15}. */
    @JsonProperty("hh:mm:ss") HH_MM_SS("hh:mm:ss", 0);

    private static final Pattern CLOCK = Pattern.compile("(\\d+):([0-5]\\d)(?::([0-5]\\d))?");

    private final String label;
    private final int secondsPerUnit;

    DurationUnit(String label, int secondsPerUnit) {
      this.label = label;
      this.secondsPerUnit = secondsPerUnit;
    }

    public String label() {
      return label;
    }

    /** Whether the duration is a (possibly fractional) number of units, subject to decimal_comma. */
    public boolean numeric() {
      return secondsPerUnit > 0;
    }

    /**
     * The duration in whole seconds (rounded half up).
     *
     * @throws IllegalArgumentException when {@code raw} is not a duration >= 0 written this way
     */
    public long seconds(String raw) {
      if (numeric()) {
        BigDecimal units = new BigDecimal(raw.strip());
        if (units.signum() < 0) {
          throw new IllegalArgumentException("negative");
        }
        return units.multiply(BigDecimal.valueOf(secondsPerUnit)).setScale(0, RoundingMode.HALF_UP).longValueExact();
      }
      Matcher m = CLOCK.matcher(raw.strip());
      if (!m.matches() || (this == HH_MM) != (m.group(3) == null)) {
        throw new IllegalArgumentException("not " + label);
      }
      long s = Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60;
      return m.group(3) == null ? s : s + Long.parseLong(m.group(3));
    }
  }

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

  /** The regular expression that picks {@code field}'s value among its columns' values, or null. */
  public String pickOf(String field) {
    return pick == null ? null : pick.get(field);
  }

  /** The canonical statuses in which {@code field} is read, or null when it is always read. */
  public List<String> whenStatusOf(String field) {
    return whenStatus == null ? null : whenStatus.get(field);
  }

  /** How {@code field}'s column writes a duration, or null when it does not hold one. */
  public DurationRule durationOf(String field) {
    return durations == null ? null : durations.get(field);
  }
}
