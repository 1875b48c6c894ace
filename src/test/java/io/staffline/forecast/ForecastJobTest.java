package io.staffline.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.staffline.ingest.Lake;
import io.staffline.metrics.calendar.BusinessCalendar;
import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.tables.ParquetTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** {@link ForecastJob} over a small metrics folder written as Parquet: contract columns, reruns, errors. */
class ForecastJobTest {
  private static final Instant MONDAY = SmallMetrics.MONDAY;
  private static final int WEEKS = SmallMetrics.WEEKS;
  private static final Instant END = SmallMetrics.END;
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-05T06:00:00Z"), ZoneOffset.UTC);
  private static final TeamCalendars ALWAYS_OPEN = TeamCalendars.only(BusinessCalendar.alwaysOpen("default"));
  private static final int HORIZON = 6 * 168;

  @TempDir Path dir;

  private ForecastJob.Result run(Path metrics, Instant asOf) {
    return new ForecastJob(new ForecastJob.Paths(metrics, dir.resolve("forecast"), asOf), ForecastSettings.DEFAULTS,
        ALWAYS_OPEN, CLOCK).run();
  }

  private static List<String> names(Table t) {
    return t.columns().stream().map(Column::name).toList();
  }

  @Test
  void bothTablesHaveTheContractColumnsAndOneAsOf() {
    ForecastJob.Result r = run(SmallMetrics.write(dir.resolve("metrics")), null);
    Table forecast = ParquetTables.read(r.run().resolve(ForecastTables.FORECAST));
    Table accuracy = ParquetTables.read(r.run().resolve(ForecastTables.ACCURACY));
    assertEquals(List.of("as_of", "team", "channel", "tier", "interval_start", "interval_minutes", "origin", "method",
        "contacts", "contacts_lo", "contacts_hi", "aht_seconds"), names(forecast));
    assertEquals(List.of("as_of", "team", "channel", "tier", "method", "horizon_bucket", "intervals", "actual_total",
        "wape", "bias", "mase", "chosen"), names(accuracy));
    assertEquals(List.of(ColumnType.INSTANT, ColumnType.STRING, ColumnType.STRING, ColumnType.INTEGER,
        ColumnType.INSTANT, ColumnType.INTEGER, ColumnType.STRING, ColumnType.STRING, ColumnType.DOUBLE,
        ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE),
        forecast.columns().stream().map(c -> ColumnType.valueOf(c.type().name())).toList());
    assertEquals(List.of(ColumnType.INSTANT, ColumnType.STRING, ColumnType.STRING, ColumnType.INTEGER,
        ColumnType.STRING, ColumnType.STRING, ColumnType.LONG, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE,
        ColumnType.DOUBLE, ColumnType.BOOLEAN),
        accuracy.columns().stream().map(c -> ColumnType.valueOf(c.type().name())).toList());
    // Line 1 direct and line 2 cascade over 6 weeks of hours; 4 methods × (3 buckets + all) for the one direct queue.
    assertEquals(2 * HORIZON, forecast.rowCount());
    assertEquals(16, accuracy.rowCount());
    assertEquals(List.of(END), forecast.instantColumn("as_of").unique().asList());
    assertEquals(List.of(END), accuracy.instantColumn("as_of").unique().asList());
    assertEquals(END, forecast.instantColumn("interval_start").get(0));
    assertEquals(END.plus(Duration.ofHours(HORIZON - 1)), forecast.instantColumn("interval_start").get(HORIZON - 1));
    assertEquals("direct", forecast.stringColumn("origin").get(0));
    assertEquals("cascade", forecast.stringColumn("origin").get(HORIZON));
    assertEquals(ForecastRun.CASCADE_METHOD, forecast.stringColumn("method").get(HORIZON));
    // One method is chosen: its four rows say so.
    assertEquals(4, accuracy.booleanColumn("chosen").countTrue());
  }

  @Test
  void theForecastNumbersFollowTheDefinitions() {
    ForecastJob.Result r = run(SmallMetrics.write(dir.resolve("metrics")), null);
    Table forecast = ParquetTables.read(r.run().resolve(ForecastTables.FORECAST));
    DoubleColumn contacts = forecast.doubleColumn("contacts");
    // The series repeats exactly every week, so every method forecasts it exactly: Monday 00:00 is 1 + 0 + 2.
    assertEquals(3, contacts.get(0), 1e-9);
    // Line-1 handle time: 400 s an event, 1 event a contact.
    assertEquals(400, forecast.doubleColumn("aht_seconds").get(0), 1e-9);
    // Line 2: rate = escalations (every 5th hour of 672 = 135) ÷ line-1 arrivals; shift 2 hours.
    double lineOneTotal = 0;
    for (int t = 0; t < WEEKS * 168; t++) {
      lineOneTotal += 1 + t % 24 % 3 + (t % 168 < 24 ? 2 : 0);
    }
    double rate = 135 / lineOneTotal;
    // Cascade hour 5 comes from line-1 forecast hour 3 (1 + 0 + 2 = 3 on the Monday).
    assertEquals(rate * 3, contacts.get(HORIZON + 5), 1e-12);
    // Line-2 handle time: 900 s an event, 1 event a contact.
    assertEquals(900, forecast.doubleColumn("aht_seconds").get(HORIZON), 1e-9);
  }

  @Test
  void aRerunWritesTheSameTablesToANewRun() {
    Path metrics = SmallMetrics.write(dir.resolve("metrics"));
    ForecastJob.Result first = run(metrics, null);
    ForecastJob.Result second = run(metrics, null);
    assertNotEquals(first.run(), second.run());
    for (String table : List.of(ForecastTables.FORECAST, ForecastTables.ACCURACY)) {
      Table a = ParquetTables.read(first.run().resolve(table));
      Table b = ParquetTables.read(second.run().resolve(table));
      assertEquals(a.rowCount(), b.rowCount());
      for (int c = 0; c < a.columnCount(); c++) {
        assertEquals(a.column(c).asList(), b.column(c).asList(), table + "." + a.column(c).name());
      }
    }
    assertEquals(second.run(), new Lake(dir.resolve("forecast")).currentRun().orElseThrow());
  }

  @Test
  void aMissingTableSaysWhatToRun() throws Exception {
    Path empty = dir.resolve("no-metrics");
    Files.createDirectories(empty);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(empty, null));
    assertEquals("no table arrivals in the metrics output " + empty + " (looked for " + empty.resolve("current")
        .resolve("arrivals") + "): run staffline metrics first, or point --metrics at its --out", e.getMessage());
  }

  @Test
  void aBadAsOfIsRefusedBeforeAnythingIsWritten() {
    Path metrics = SmallMetrics.write(dir.resolve("metrics"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(metrics, END.minus(Duration.ofMinutes(30))));
    assertEquals("as-of 2026-10-04T23:30:00Z is not a UTC midnight: forecasts start at a day boundary", e.getMessage());
    assertEquals(false, Files.exists(dir.resolve("forecast").resolve(Lake.CURRENT)));
  }

  @Test
  void aBadRowNamesTableRowAndColumn() {
    Path metrics = dir.resolve("bad");
    ParquetTables.write(Table.create("arrivals",
        InstantColumn.create("interval_start", List.of(MONDAY, MONDAY.plus(Duration.ofHours(1)))),
        StringColumn.create("team", "billing", "billing"), StringColumn.create("channel", "phone", "phone"),
        IntColumn.create("tier", 1, 4), LongColumn.create("new_tickets", 1, 1), LongColumn.create("escalations_in", 0, 0),
        LongColumn.create("handled_events", 0, 0), LongColumn.create("handle_seconds", 0, 0),
        LongColumn.create("arrivals", 1, 1), IntColumn.create("interval_minutes", 60, 60)),
        metrics.resolve(Lake.CURRENT).resolve("arrivals"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MetricsInput.arrivals(metrics));
    assertEquals("table arrivals at " + metrics.resolve("current").resolve("arrivals")
        + ", row 2, column tier: 4 is not a support line 1, 2 or 3", e.getMessage());
  }

  @Test
  void holdoutScoresTheLastWeeksAgainstWhatArrived() {
    Path metrics = SmallMetrics.write(dir.resolve("metrics"));
    Holdout.Report report = Holdout.evaluate(MetricsInput.arrivals(metrics), MetricsInput.escalationTimes(metrics),
        ALWAYS_OPEN, ForecastSettings.DEFAULTS, END, 1);
    // As of 3 weeks in, one week held out: a series that repeats weekly is forecast exactly.
    assertEquals(END.minus(Duration.ofDays(7)), report.asOf());
    assertEquals(168, report.chosen().intervals());
    assertEquals(0, report.chosen().wape(), 1e-9);
    assertEquals(new ArrayList<>(List.of(2)), new ArrayList<>(report.cascadeByLine().keySet()));
  }
}
