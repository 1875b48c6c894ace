package io.staffline.forecast;

import io.staffline.ingest.Lake;
import io.staffline.metrics.Arrivals;
import io.staffline.metrics.MetricsTables;
import io.staffline.tables.ParquetTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What the forecast reads of the metrics output (DIR/current/): the {@code arrivals} table as dense
 * queue series and, from {@code ticket_facts}, the times to escalate. Bad rows are errors naming
 * the table, the row and the column.
 */
public final class MetricsInput {
  static final String TEAM = "team";
  static final String CHANNEL = "channel";
  static final String TIER = "tier";
  static final String CREATED_AT = "created_at";
  static final String ESCALATED_1_2 = "escalated_1_2";
  static final String ESCALATED_2_3 = "escalated_2_3";
  static final String ESCALATIONS_DOWN = "escalations_down";
  static final String LINE_1_MINUTES = "line_1_minutes";
  static final String LINE_2_MINUTES = "line_2_minutes";
  static final Set<String> ARRIVAL_COLUMNS = Set.of(Arrivals.INTERVAL_START, Arrivals.INTERVAL_MINUTES, TEAM,
      CHANNEL, TIER, Arrivals.NEW_TICKETS, Arrivals.ESCALATIONS_IN, Arrivals.ARRIVALS, Arrivals.HANDLED_EVENTS,
      Arrivals.HANDLE_SECONDS);
  static final Set<String> FACT_COLUMNS = Set.of(CREATED_AT, CHANNEL, ESCALATED_1_2, ESCALATED_2_3,
      ESCALATIONS_DOWN, LINE_1_MINUTES, LINE_2_MINUTES);

  private MetricsInput() {}

  /** The folder of {@code table} in the metrics output, or an error saying how to make it. */
  static Path table(Path metrics, String table) {
    Path folder = metrics.resolve(Lake.CURRENT).resolve(table);
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no table " + table + " in the metrics output " + metrics
          + " (looked for " + folder + "): run staffline metrics first, or point --metrics at its --out");
    }
    return folder;
  }

  public static ArrivalHistory arrivals(Path metrics) {
    Path folder = table(metrics, MetricsTables.ARRIVALS);
    Table t = ParquetTables.read(folder, ARRIVAL_COLUMNS);
    if (t.rowCount() == 0) {
      throw new IllegalArgumentException("table arrivals at " + folder + " has no rows: nothing to forecast");
    }
    InstantColumn starts = t.instantColumn(Arrivals.INTERVAL_START);
    int minutes = intervalMinutes(t, folder);
    Instant first = null;
    Instant last = null;
    for (int r = 0; r < t.rowCount(); r++) {
      Instant at = starts.get(r);
      if (at == null) {
        throw rowError(folder, r, Arrivals.INTERVAL_START, "is empty");
      }
      if (at.getEpochSecond() % (60L * minutes) != 0 || at.getNano() != 0) {
        throw rowError(folder, r, Arrivals.INTERVAL_START, at + " is not aligned on " + minutes + "-minute intervals");
      }
      first = first == null || at.isBefore(first) ? at : first;
      last = last == null || at.isAfter(last) ? at : last;
    }
    ArrivalHistory.Builder b = ArrivalHistory.builder(first, last.plus(Duration.ofMinutes(minutes)), minutes);
    StringColumn teams = t.stringColumn(TEAM);
    StringColumn channels = t.stringColumn(CHANNEL);
    for (int r = 0; r < t.rowCount(); r++) {
      String team = teams.isMissing(r) ? QueueKey.NO_TEAM : teams.get(r);
      if (channels.isMissing(r)) {
        throw rowError(folder, r, CHANNEL, "is empty");
      }
      long tier = count(t, folder, r, TIER);
      if (tier < 1 || tier > 3) {
        throw rowError(folder, r, TIER, tier + " is not a support line 1, 2 or 3");
      }
      b.add(new QueueKey(team, channels.get(r), (int) tier), starts.get(r),
          count(t, folder, r, Arrivals.NEW_TICKETS), count(t, folder, r, Arrivals.ESCALATIONS_IN),
          count(t, folder, r, Arrivals.ARRIVALS), count(t, folder, r, Arrivals.HANDLED_EVENTS),
          count(t, folder, r, Arrivals.HANDLE_SECONDS));
    }
    return b.build();
  }

  /** The one interval length of the table: 15, 30 or 60 minutes. */
  private static int intervalMinutes(Table t, Path folder) {
    long minutes = count(t, folder, 0, Arrivals.INTERVAL_MINUTES);
    for (int r = 0; r < t.rowCount(); r++) {
      long m = count(t, folder, r, Arrivals.INTERVAL_MINUTES);
      if (m != minutes) {
        throw rowError(folder, r, Arrivals.INTERVAL_MINUTES, m + " differs from row 1's " + minutes
            + ": one table holds one interval length");
      }
    }
    if (minutes != 15 && minutes != 30 && minutes != 60) {
      throw rowError(folder, 0, Arrivals.INTERVAL_MINUTES, minutes + " is not 15, 30 or 60");
    }
    return (int) minutes;
  }

  /** The timed escalations of {@code ticket_facts} (see {@link EscalationTimes}). */
  public static EscalationTimes escalationTimes(Path metrics) {
    Path folder = table(metrics, MetricsTables.TICKET_FACTS);
    Table t = ParquetTables.read(folder, FACT_COLUMNS);
    InstantColumn created = t.instantColumn(CREATED_AT);
    StringColumn channel = t.stringColumn(CHANNEL);
    BooleanColumn up12 = t.booleanColumn(ESCALATED_1_2);
    BooleanColumn up23 = t.booleanColumn(ESCALATED_2_3);
    List<EscalationTimes.Escalation> escalations = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      boolean to2 = Boolean.TRUE.equals(up12.get(r));
      boolean to3 = Boolean.TRUE.equals(up23.get(r));
      if (!(to2 || to3) || count(t, folder, r, ESCALATIONS_DOWN) != 0 || channel.isMissing(r) || created.isMissing(r)) {
        continue;
      }
      double line1 = minutes(t, folder, r, LINE_1_MINUTES);
      Instant escalated12 = created.get(r).plusMillis(Math.round(line1 * 60_000));
      if (to2) {
        escalations.add(new EscalationTimes.Escalation(channel.get(r), 2, escalated12, line1));
      }
      if (to3) {
        double line2 = minutes(t, folder, r, LINE_2_MINUTES);
        Instant escalated23 = (to2 ? escalated12 : created.get(r)).plusMillis(Math.round(line2 * 60_000));
        escalations.add(new EscalationTimes.Escalation(channel.get(r), 3, escalated23, line2));
      }
    }
    return new EscalationTimes(escalations);
  }

  private static long count(Table t, Path folder, int row, String column) {
    NumericColumn<?> c = t.numberColumn(column);
    if (c.isMissing(row)) {
      throw rowError(folder, row, column, "is empty");
    }
    double v = c.getDouble(row);
    if (v < 0 || v != Math.rint(v)) {
      throw rowError(folder, row, column, v + " is not a count");
    }
    return (long) v;
  }

  private static double minutes(Table t, Path folder, int row, String column) {
    NumericColumn<?> c = t.numberColumn(column);
    if (c.isMissing(row) || c.getDouble(row) < 0) {
      throw rowError(folder, row, column, "must be a time in minutes ≥ 0, not " + (c.isMissing(row) ? "empty" : c.getDouble(row)));
    }
    return c.getDouble(row);
  }

  private static IllegalArgumentException rowError(Path folder, int row, String column, String message) {
    return new IllegalArgumentException("table " + folder.getFileName() + " at " + folder + ", row " + (row + 1)
        + ", column " + column + ": " + message);
  }
}
