package io.staffline.report.weekly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.staffline.report.Duck;
import io.staffline.report.ReportFixture;
import io.staffline.report.WorkbookView;
import io.staffline.tables.ParquetTables;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The pack's forecast sheet with a forecast made before the week: a flat forecast of 2 contacts
 * per half-hour for one queue, against the fixture's real arrivals, checked with DuckDB.
 */
class WeeklyForecastSheetTest {
  static final Instant ORIGIN = Instant.parse("2026-11-08T00:00:00Z");
  static final Instant MONDAY = Instant.parse("2026-11-09T00:00:00Z");
  static final double FLAT = 2;
  static final int HALF_HOURS = 7 * 48;

  @TempDir Path root;

  @Test
  void theWeeksArrivalsAgainstAFlatForecast() {
    ReportFixture f = ReportFixture.get();
    Path forecast = root.resolve("forecast");
    ParquetTables.write(flatForecast("billing", "email", 1), forecast.resolve("current").resolve("forecast"));
    ParquetTables.write(accuracy(), forecast.resolve("current").resolve("forecast_accuracy"));
    Path file = WeeklyPack.write(new WeeklySettings(f.metrics, f.lake, forecast, Optional.of(root.resolve("p.xlsx")),
        Optional.empty(), 50)).file();
    String arrivals = f.parquet("arrivals") + " where interval_start >= timestamptz '2026-11-09 00:00:00+00' and "
        + "interval_start < timestamptz '2026-11-16 00:00:00+00' and team = 'billing' and channel = 'email' and tier = 1";
    try (WorkbookView w = new WorkbookView(file); Duck duck = new Duck()) {
      WorkbookView.Table t = w.table("ForecastVsActual");
      int row = t.rowOf("billing");
      double actual = duck.number("select sum(arrivals) from " + arrivals);
      // Σ|2 − A| over all 336 half-hours: 2 in each half-hour without arrivals, |2 − A| where there are some.
      double error = duck.number("select sum(abs(2 - arrivals)) from " + arrivals)
          + FLAT * (HALF_HOURS - duck.number("select count(*) from " + arrivals));
      assertEquals("email", t.text(row, "Channel"));
      assertEquals(FLAT * HALF_HOURS, t.number(row, "Forecast"));
      assertEquals(actual, t.number(row, "Actual"));
      assertEquals(error / actual, t.number(row, "WAPE"), 1e-12);
      assertEquals((FLAT * HALF_HOURS - actual) / actual, t.number(row, "Bias"), 1e-12);
      WorkbookView.Table backtest = w.table("Backtest");
      assertEquals(1, backtest.rows());
      assertEquals(0.25, backtest.number(0, "WAPE"));
    }
  }

  static Table flatForecast(String team, String channel, int tier) {
    Table t = Table.create("forecast", InstantColumn.create("as_of"), StringColumn.create("team"),
        StringColumn.create("channel"), IntColumn.create("tier"), InstantColumn.create("interval_start"),
        IntColumn.create("interval_minutes"), StringColumn.create("origin"), StringColumn.create("method"),
        DoubleColumn.create("contacts"), DoubleColumn.create("contacts_lo"), DoubleColumn.create("contacts_hi"),
        DoubleColumn.create("aht_seconds"));
    for (int i = 0; i < HALF_HOURS; i++) {
      t.instantColumn("as_of").append(ORIGIN);
      t.stringColumn("team").append(team);
      t.stringColumn("channel").append(channel);
      t.intColumn("tier").append(tier);
      t.instantColumn("interval_start").append(MONDAY.plusSeconds(1800L * i));
      t.intColumn("interval_minutes").append(30);
      t.stringColumn("origin").append("direct");
      t.stringColumn("method").append("seasonal_naive");
      t.doubleColumn("contacts").append(FLAT);
      t.doubleColumn("contacts_lo").append(1.0);
      t.doubleColumn("contacts_hi").append(3.0);
      t.doubleColumn("aht_seconds").append(300.0);
    }
    return t;
  }

  static Table accuracy() {
    return Table.create("forecast_accuracy", InstantColumn.create("as_of", List.of(ORIGIN, ORIGIN)),
        StringColumn.create("team", List.of("billing", "billing")), StringColumn.create("channel", List.of("email", "email")),
        IntColumn.create("tier", new int[] {1, 1}), StringColumn.create("method", List.of("seasonal_naive", "holt_winters")),
        StringColumn.create("horizon_bucket", List.of("1-7d", "1-7d")), LongColumn.create("intervals", new long[] {336, 336}),
        DoubleColumn.create("actual_total", new double[] {100, 100}), DoubleColumn.create("wape", new double[] {0.25, 0.3}),
        DoubleColumn.create("bias", new double[] {0.01, 0.02}), DoubleColumn.create("mase", new double[] {0.9, 1.1}),
        BooleanColumn.create("chosen", new boolean[] {true, false}));
  }
}
