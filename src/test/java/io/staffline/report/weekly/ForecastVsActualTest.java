package io.staffline.report.weekly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.report.IsoWeek;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** WAPE and bias of the forecast made before the week, worked out by hand on contract-shaped tables. */
class ForecastVsActualTest {
  static final IsoWeek WEEK = IsoWeek.parse("2026-W46");
  static final Instant BEFORE = Instant.parse("2026-11-08T00:00:00Z");
  static final Instant AT_START = Instant.parse("2026-11-09T00:00:00Z");
  static final Instant AFTER = Instant.parse("2026-11-10T00:00:00Z");
  static final Instant T0800 = Instant.parse("2026-11-09T08:00:00Z");
  static final Instant T0830 = Instant.parse("2026-11-09T08:30:00Z");
  static final Instant T0900 = Instant.parse("2026-11-09T09:00:00Z");
  static final Instant T1000 = Instant.parse("2026-11-09T10:00:00Z");

  record F(Instant asOf, String team, String channel, int tier, Instant start, int minutes, String origin, double contacts) {}

  record A(Instant start, int minutes, String team, String channel, int tier, long arrivals) {}

  static Table forecast(List<F> rows) {
    Table t = Table.create("forecast", InstantColumn.create("as_of"), StringColumn.create("team"),
        StringColumn.create("channel"), IntColumn.create("tier"), InstantColumn.create("interval_start"),
        IntColumn.create("interval_minutes"), StringColumn.create("origin"), StringColumn.create("method"),
        DoubleColumn.create("contacts"));
    for (F f : rows) {
      t.instantColumn("as_of").append(f.asOf());
      t.stringColumn("team").append(f.team());
      t.stringColumn("channel").append(f.channel());
      t.intColumn("tier").append(f.tier());
      t.instantColumn("interval_start").append(f.start());
      t.intColumn("interval_minutes").append(f.minutes());
      t.stringColumn("origin").append(f.origin());
      t.stringColumn("method").append("seasonal_naive");
      t.doubleColumn("contacts").append(f.contacts());
    }
    return t;
  }

  static Table arrivals(List<A> rows) {
    Table t = Table.create("arrivals", InstantColumn.create("interval_start"), IntColumn.create("interval_minutes"),
        StringColumn.create("team"), StringColumn.create("channel"), IntColumn.create("tier"), LongColumn.create("arrivals"));
    for (A a : rows) {
      t.instantColumn("interval_start").append(a.start());
      t.intColumn("interval_minutes").append(a.minutes());
      t.stringColumn("team").append(a.team());
      t.stringColumn("channel").append(a.channel());
      t.intColumn("tier").append(a.tier());
      t.longColumn("arrivals").append(a.arrivals());
    }
    return t;
  }

  static final Table FORECAST = forecast(List.of(
      new F(BEFORE, "billing", "email", 1, T0800, 30, "direct", 100),
      new F(AT_START, "billing", "email", 1, T0800, 30, "direct", 4),
      new F(AT_START, "billing", "email", 1, T0800, 30, "cascade", 1),
      new F(AT_START, "billing", "email", 1, T0830, 30, "direct", 3),
      new F(AT_START, "technical", "chat", 2, T1000, 30, "direct", 2),
      new F(AFTER, "billing", "email", 1, T0800, 30, "direct", 50)));
  static final Table ARRIVALS = arrivals(List.of(
      new A(T0800, 30, "billing", "email", 1, 6),
      new A(T0830, 30, "billing", "email", 1, 1),
      new A(T0900, 30, "billing", "email", 1, 2)));

  @Test
  void theLatestOriginAtOrBeforeTheWeeksStartIsJudged() {
    assertEquals(AT_START, ForecastVsActual.of(FORECAST, ARRIVALS, WEEK).orElseThrow().origin());
  }

  @Test
  void wapeAndBiasPerQueue() {
    ForecastVsActual c = ForecastVsActual.of(FORECAST, ARRIVALS, WEEK).orElseThrow();
    ForecastVsActual.Queue billing = c.queues().get(0);
    // Forecast 4 + 1 = 5 at 08:00, 3 at 08:30, none (0) at 09:00: Σ 8. Actual 6, 1, 2: Σ 9.
    // |5 − 6| + |3 − 1| + |0 − 2| = 5 → WAPE 5/9; bias (8 − 9)/9 = −1/9.
    assertEquals(new ForecastVsActual.QueueKey("billing", "email", 1), billing.key());
    assertEquals(8.0, billing.forecast());
    assertEquals(9.0, billing.actual());
    assertEquals(5.0 / 9, billing.wape());
    assertEquals(-1.0 / 9, billing.bias());
  }

  @Test
  void aQueueWithNothingArrivingHasNoWape() {
    ForecastVsActual.Queue technical = ForecastVsActual.of(FORECAST, ARRIVALS, WEEK).orElseThrow().queues().get(1);
    assertEquals(2.0, technical.forecast());
    assertNull(technical.wape());
    assertNull(technical.bias());
  }

  @Test
  void theTotalAddsAbsoluteErrorsSoTheyDoNotCancel() {
    ForecastVsActual.Queue all = ForecastVsActual.of(FORECAST, ARRIVALS, WEEK).orElseThrow().total("All");
    // Errors 5 (billing) + 2 (technical, forecast 2 against 0) over 9 arrivals; bias (10 − 9)/9.
    assertEquals(7.0 / 9, all.wape());
    assertEquals(1.0 / 9, all.bias());
  }

  @Test
  void aCoarserForecastIntervalGathersTheArrivals() {
    Table hourly = forecast(List.of(new F(AT_START, "billing", "email", 1, T0800, 60, "direct", 7)));
    ForecastVsActual c = ForecastVsActual.of(hourly, ARRIVALS, WEEK).orElseThrow();
    // 08:00–09:00 holds 6 + 1 = 7 arrivals (no error); 09:00–10:00 holds 2 with no forecast.
    assertEquals(60, c.intervalMinutes());
    assertEquals(2.0 / 9, c.queues().get(0).wape());
  }

  @Test
  void aForecastMadeOnlyAfterTheWeekBeganIsNotJudged() {
    Table late = forecast(List.of(new F(AFTER, "billing", "email", 1, T0800, 30, "direct", 5)));
    assertTrue(ForecastVsActual.of(late, ARRIVALS, WEEK).isEmpty());
  }

  @Test
  void aQueueTheForecastDoesNotCoverIsCountedApart() {
    Table more = arrivals(List.of(new A(T0800, 30, "billing", "email", 1, 6), new A(T0800, 30, "accounts", "phone", 1, 4)));
    ForecastVsActual c = ForecastVsActual.of(FORECAST, more, WEEK).orElseThrow();
    assertEquals(List.of("billing", "technical"), c.queues().stream().map(q -> q.key().team()).toList());
    assertEquals(1, c.queuesWithoutForecast());
    assertEquals(4.0, c.arrivalsWithoutForecast());
  }
}
