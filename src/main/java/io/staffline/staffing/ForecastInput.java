package io.staffline.staffing;

import io.staffline.ingest.Lake;
import io.staffline.tables.ParquetTables;
import io.staffline.ticket.Channel;
import io.staffline.ticket.Tier;
import io.staffline.ticket.Vocabulary;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The forecast stage's {@code forecast} table (docs/pipeline.md) read as demand per queue and
 * interval: the {@code origin} rows of a queue-interval summed, the AHT taken from the forecast or,
 * where it has none, from the channel's default. Bad rows are errors naming the table, the row, the
 * queue, the column and the value.
 */
public final class ForecastInput {
  public static final String TABLE = io.staffline.forecast.ForecastTables.FORECAST;
  public static final String AS_OF = io.staffline.forecast.ForecastTables.AS_OF;
  public static final String TEAM = io.staffline.forecast.ForecastTables.TEAM;
  public static final String CHANNEL = io.staffline.forecast.ForecastTables.CHANNEL;
  public static final String TIER = io.staffline.forecast.ForecastTables.TIER;
  public static final String INTERVAL_START = io.staffline.forecast.ForecastTables.INTERVAL_START;
  public static final String INTERVAL_MINUTES = io.staffline.forecast.ForecastTables.INTERVAL_MINUTES;
  public static final String ORIGIN = io.staffline.forecast.ForecastTables.ORIGIN;
  public static final String CONTACTS = io.staffline.forecast.ForecastTables.CONTACTS;
  public static final String AHT_SECONDS = io.staffline.forecast.ForecastTables.AHT_SECONDS;
  /** The columns staffing reads; the others (method, prediction interval) are not needed. */
  static final Set<String> COLUMNS = Set.of(AS_OF, TEAM, CHANNEL, TIER, INTERVAL_START,
      INTERVAL_MINUTES, ORIGIN, CONTACTS, AHT_SECONDS);

  private ForecastInput() {}

  /**
   * The demand to staff.
   *
   * @param asOf the forecast origin every row carries
   * @param intervalMinutes the one interval length of the forecast
   * @param queues by queue (team, channel, line), each in time order
   * @param aht per channel in the forecast and per settings key its queues take their default AHT
   *     from ({@code channels.email}, {@code lines.2.channels.email}), how often it stood in
   */
  public record Forecast(Instant asOf, int intervalMinutes, List<QueueForecast> queues,
      Map<Channel, Map<String, AhtUse>> aht) {

    /**
     * The same demand with every handle time scaled by {@code factor} (1.1 = 10% longer), in
     * decimal (180 s × 1.1 is 198 s, not 198.00000000000003): the forecast's and the channel
     * defaults that stood in for it alike. A what-if scenario (docs/reports.md).
     */
    public Forecast withAhtScaledBy(BigDecimal factor) {
      if (factor.compareTo(BigDecimal.ONE) == 0) {
        return this;
      }
      if (factor.signum() <= 0) {
        throw new IllegalArgumentException("handle time factor must be more than 0, not " + factor);
      }
      // Each distinct handle time once: the decimal product goes through text in Java 17.
      Map<Double, Double> products = new HashMap<>();
      DoubleUnaryOperator scale = seconds -> products.computeIfAbsent(seconds,
          s -> BigDecimal.valueOf(s).multiply(factor).doubleValue());
      Map<Channel, Map<String, AhtUse>> scaled = new EnumMap<>(Channel.class);
      aht.forEach((channel, uses) -> {
        Map<String, AhtUse> byKey = new TreeMap<>();
        uses.forEach((key, use) -> byKey.put(key, new AhtUse(use.intervals(), use.defaulted(),
            scale.applyAsDouble(use.defaultSeconds()))));
        scaled.put(channel, byKey);
      });
      return new Forecast(asOf, intervalMinutes,
          queues.stream().map(q -> q.withAht(scale)).toList(), scaled);
    }
  }

  /**
   * @param intervals queue-intervals of the channel sized with these settings
   * @param defaulted of those, how many the forecast gives no AHT for
   * @param defaultSeconds the settings' default AHT that stood in for them
   */
  public record AhtUse(int intervals, int defaulted, double defaultSeconds) {
    AhtUse plus(boolean usedDefault) {
      return new AhtUse(intervals + 1, defaulted + (usedDefault ? 1 : 0), defaultSeconds);
    }

  }

  /** Reads {@code folder}/current/forecast (folder: the forecast stage's output, e.g. out/forecast). */
  public static Forecast read(Path folder, StaffingConfig config) {
    Path table = folder.resolve(Lake.CURRENT).resolve(TABLE);
    if (!Files.isDirectory(table)) {
      throw new IllegalArgumentException("no forecast table at " + table
          + ": run staffline forecast first, or point --forecast at its output folder");
    }
    return of(ParquetTables.read(table, COLUMNS), table.toString(), config);
  }

  /** The demand in {@code table}; {@code where} names it in errors. */
  public static Forecast of(Table table, String where, StaffingConfig config) {
    if (table.rowCount() == 0) {
      throw new IllegalArgumentException("forecast " + where + " has no rows: nothing to staff");
    }
    Rows rows = new Rows(table, where);
    Map<Queue, TreeMap<Instant, Demand>> byQueue = new TreeMap<>();
    Instant asOf = null;
    int minutes = 0;
    for (int r = 0; r < table.rowCount(); r++) {
      Instant rowAsOf = rows.instant(r, AS_OF);
      Queue queue = rows.queue(r);
      Instant start = rows.instant(r, INTERVAL_START);
      int rowMinutes = rows.minutes(r);
      if (asOf == null) {
        asOf = rowAsOf;
        minutes = rowMinutes;
      }
      if (!rowAsOf.equals(asOf)) {
        throw rows.error(r, AS_OF, rowAsOf + " differs from " + asOf + " in row 1: one forecast"
            + " run has one origin");
      }
      if (rowMinutes != minutes) {
        throw rows.error(r, INTERVAL_MINUTES, rowMinutes + " differs from " + minutes + " in row 1:"
            + " staffing pools queues per interval, so all must share one interval length");
      }
      if (start.getEpochSecond() % (minutes * 60L) != 0 || start.getNano() != 0) {
        throw rows.error(r, INTERVAL_START, start + " is not on a " + minutes + "-minute boundary"
            + " (UTC)");
      }
      String origin = rows.text(r, ORIGIN);
      Demand demand = byQueue.computeIfAbsent(queue, q -> new TreeMap<>())
          .computeIfAbsent(start, s -> new Demand());
      Integer earlier = demand.rowOfOrigin.put(origin, r);
      if (earlier != null) {
        throw rows.error(r, ORIGIN, "'" + origin + "' for this queue and interval is also in row "
            + (earlier + 1) + ": each origin once");
      }
      demand.add(rows.contacts(r), rows.aht(r));
    }
    return forecast(asOf, minutes, byQueue, config);
  }

  private static Forecast forecast(Instant asOf, int minutes,
      Map<Queue, TreeMap<Instant, Demand>> byQueue, StaffingConfig config) {
    List<QueueForecast> queues = new ArrayList<>();
    Map<Channel, Map<String, AhtUse>> aht = new EnumMap<>(Channel.class);
    byQueue.forEach((queue, demands) -> {
      double defaultAht = config.channel(queue.channel(), queue.tier()).defaultAhtSeconds();
      Map<String, AhtUse> uses = aht.computeIfAbsent(queue.channel(), c -> new TreeMap<>());
      String key = config.settingsKey(queue.channel(), queue.tier());
      List<QueueInterval> intervals = new ArrayList<>(demands.size());
      demands.forEach((start, d) -> {
        boolean none = d.ahtRows == 0;
        intervals.add(new QueueInterval(start, minutes, d.contacts, none ? defaultAht : d.aht(),
            none));
        uses.put(key, uses.getOrDefault(key, new AhtUse(0, 0, defaultAht)).plus(none));
      });
      queues.add(new QueueForecast(queue, intervals));
    });
    return new Forecast(asOf, minutes, queues, aht);
  }

  /**
   * The rows of one queue-interval: contacts summed; AHT the contact-weighted mean of the rows that
   * have one (their plain mean when those rows expect no contacts).
   */
  private static final class Demand {
    final Map<String, Integer> rowOfOrigin = new HashMap<>(2);
    double contacts;
    double weightedAht;
    double ahtContacts;
    double ahtSum;
    int ahtRows;

    void add(double rowContacts, double rowAht) {
      contacts += rowContacts;
      if (!Double.isNaN(rowAht)) {
        weightedAht += rowContacts * rowAht;
        ahtContacts += rowContacts;
        ahtSum += rowAht;
        ahtRows++;
      }
    }

    double aht() {
      return ahtContacts > 0 ? weightedAht / ahtContacts : ahtSum / ahtRows;
    }
  }

  /** Typed, checked cells of the forecast table. */
  private static final class Rows {
    private final Table table;
    private final String where;

    Rows(Table table, String where) {
      this.table = table;
      this.where = where;
    }

    Queue queue(int r) {
      String team = text(r, TEAM);
      String code = text(r, CHANNEL);
      Channel channel = Vocabulary.parse(Channel.class, code).filter(c -> c.code().equals(code))
          .orElseThrow(() -> error(r, CHANNEL, "'" + code + "' is not a channel; known: "
              + Vocabulary.codes(Channel.class)));
      double line = number(r, TIER);
      Tier tier = line == Math.rint(line) && line >= 1 && line <= 3 ? Tier.of((int) line) : null;
      if (tier == null) {
        throw error(r, TIER, Text.number(line) + " is not a line; lines are 1, 2 and 3");
      }
      return new Queue(team, channel, tier);
    }

    int minutes(int r) {
      double m = number(r, INTERVAL_MINUTES);
      if (!(m > 0 && m == Math.rint(m) && 24 * 60 % m == 0)) {
        throw error(r, INTERVAL_MINUTES, Text.number(m) + " is not a whole number of minutes"
            + " dividing a day (15, 30 or 60)");
      }
      return (int) m;
    }

    double contacts(int r) {
      double c = number(r, CONTACTS);
      if (!(c >= 0 && Double.isFinite(c))) {
        throw error(r, CONTACTS, Text.number(c) + " is not a number of expected arrivals: it must"
            + " be ≥ 0");
      }
      return c;
    }

    /** The forecast's AHT, NaN when it has none (null, or NaN which Parquet readers see alike). */
    double aht(int r) {
      Column<?> column = table.column(AHT_SECONDS);
      if (column.isMissing(r)) {
        return Double.NaN;
      }
      double aht = number(r, AHT_SECONDS);
      if (!(aht > 0 && Double.isFinite(aht))) {
        throw error(r, AHT_SECONDS, Text.number(aht) + " is not valid: expected a handle time"
            + " > 0 s, or null for none");
      }
      return aht;
    }

    String text(int r, String name) {
      Column<?> column = typed(name, StringColumn.class, "string");
      if (column.isMissing(r) || ((StringColumn) column).get(r).isBlank()) {
        throw error(r, name, "missing");
      }
      return ((StringColumn) column).get(r);
    }

    Instant instant(int r, String name) {
      Column<?> column = typed(name, InstantColumn.class, "timestamp");
      if (column.isMissing(r)) {
        throw error(r, name, "missing");
      }
      return ((InstantColumn) column).get(r);
    }

    double number(int r, String name) {
      Column<?> column = typed(name, NumericColumn.class, "number");
      if (column.isMissing(r)) {
        throw error(r, name, "missing (null or NaN)");
      }
      return ((NumericColumn<?>) column).getDouble(r);
    }

    private Column<?> typed(String name, Class<?> type, String what) {
      Column<?> column = table.column(name);
      if (!type.isInstance(column)) {
        throw new IllegalArgumentException("forecast " + where + ": column " + name + " is "
            + column.type().name().toLowerCase(java.util.Locale.ROOT) + ", expected a " + what
            + " (docs/pipeline.md)");
      }
      return column;
    }

    /** An error about one cell, naming the row (1-based), the queue as far as known, the column. */
    IllegalArgumentException error(int r, String column, String message) {
      StringBuilder queue = new StringBuilder();
      for (String key : List.of(TEAM, CHANNEL, TIER, INTERVAL_START, ORIGIN)) {
        Column<?> c = table.column(key);
        if (!key.equals(column) && !c.isMissing(r)) {
          String value = c instanceof InstantColumn at ? at.get(r).toString() : c.getString(r);
          queue.append(queue.isEmpty() ? "" : ", ").append(key).append(' ').append(value);
        }
      }
      return new IllegalArgumentException("forecast " + where + " row " + (r + 1) + " ("
          + queue + "): " + column + " " + message);
    }
  }
}
