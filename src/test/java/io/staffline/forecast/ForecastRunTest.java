package io.staffline.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.staffline.metrics.calendar.BusinessCalendar;
import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.metrics.calendar.WeeklyHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A whole run on hand-built hourly arrivals: holidays in history and horizon, handle time, as-of checks. */
class ForecastRunTest {
  private static final Instant MONDAY = Instant.parse("2026-09-07T00:00:00Z");
  private static final LocalDate HOLIDAY_IN_HISTORY = LocalDate.of(2026, 9, 21);   // Monday of week 3
  private static final LocalDate HOLIDAY_IN_HORIZON = LocalDate.of(2026, 9, 29);   // Tuesday after the as-of
  private static final Instant AS_OF = MONDAY.plus(Duration.ofDays(21));
  private static final int WEEK = 168;
  private static final QueueKey BILLING = new QueueKey("billing", "phone", 1);
  private static final QueueKey ACCOUNTS = new QueueKey("accounts", "phone", 1);

  private static final TeamCalendars CALENDARS = new TeamCalendars(Map.of(
      "default", BusinessCalendar.alwaysOpen("default"),
      "office", BusinessCalendar.builder("office").hours(WeeklyHours.ALWAYS_OPEN)
          .holiday(HOLIDAY_IN_HISTORY, "in history").holiday(HOLIDAY_IN_HORIZON, "in horizon").build()),
      Map.of("billing", "office"));

  private static final ForecastSettings NAIVE_ONLY = new ForecastSettings(1, List.of(Method.SEASONAL_NAIVE),
      MethodSettings.DEFAULTS, BacktestSettings.DEFAULTS, 0.8, HolidayPolicy.DEFAULTS, 1);

  /** Three weeks: 2 contacts an hour for both teams, none on billing's holiday Monday. Each contact logs 300 s. */
  private static ArrivalHistory history() {
    ArrivalHistory.Builder b = ArrivalHistory.builder(MONDAY, AS_OF, 60);
    for (int t = 0; t < 3 * WEEK; t++) {
      Instant at = MONDAY.plus(Duration.ofHours(t));
      boolean closed = t >= 2 * WEEK && t < 2 * WEEK + 24;
      b.add(BILLING, at, closed ? 0 : 2, 0, closed ? 0 : 2, closed ? 0 : 2, closed ? 0 : 600);
      b.add(ACCOUNTS, at, 2, 0, 2, 2, 600);
    }
    return b.build();
  }

  private static ForecastRun.Plan run(ForecastSettings settings) {
    return new ForecastRun(history(), new EscalationTimes(List.of()), CALENDARS, settings).run(AS_OF);
  }

  private static double[] day(ForecastRun.QueueForecast f, int day) {
    return Arrays.copyOfRange(f.contacts(), 24 * day, 24 * day + 24);
  }

  private static double[] filled(double value) {
    double[] a = new double[24];
    Arrays.fill(a, value);
    return a;
  }

  @Test
  void aHolidayInHistoryIsNoSeasonalSampleAndOneInTheHorizonGetsNoContacts() {
    ForecastRun.Plan plan = run(NAIVE_ONLY);
    ForecastRun.QueueForecast billing = plan.direct().get(1).forecast();
    assertEquals(BILLING, billing.queue());
    // Monday: last week's Monday was a holiday, so seasonal naive takes the Monday before: 2 an hour.
    assertArrayEquals(filled(2), day(billing, 0), 0);
    // Tuesday 2026-09-29 is billing's holiday: 0, bounds too.
    assertArrayEquals(filled(0), day(billing, 1), 0);
    assertEquals(0, billing.upper()[30], 0);
    // Accounts has no holidays.
    assertArrayEquals(filled(2), day(plan.direct().get(0).forecast(), 1), 0);
  }

  @Test
  void keptHistoryHolidaysAndNormalHolidayForecastsAreSettings() {
    ForecastSettings keep = new ForecastSettings(1, List.of(Method.SEASONAL_NAIVE), MethodSettings.DEFAULTS,
        BacktestSettings.DEFAULTS, 0.8, new HolidayPolicy(HolidayPolicy.History.KEEP, HolidayPolicy.Forecast.NORMAL), 1);
    ForecastRun.QueueForecast billing = run(keep).direct().get(1).forecast();
    // The holiday Monday is now last week's sample (0), and the holiday Tuesday is forecast as a Tuesday.
    assertArrayEquals(filled(0), day(billing, 0), 0);
    assertArrayEquals(filled(2), day(billing, 1), 0);
  }

  @Test
  void handleTimeIsPerContact() {
    // 600 s over 2 events an hour, 2 contacts an hour: 300 s an event × 1 event a contact.
    assertEquals(300, run(NAIVE_ONLY).direct().get(0).forecast().aht()[0], 0);
  }

  @Test
  void theAsOfMustBeAMidnightWithEnoughHistoryAndNoLaterThanTheData() {
    ForecastRun r = new ForecastRun(history(), new EscalationTimes(List.of()), CALENDARS, NAIVE_ONLY);
    assertEquals("as-of 2026-09-27T12:00:00Z is not a UTC midnight: forecasts start at a day boundary",
        assertThrows(IllegalArgumentException.class, () -> r.run(AS_OF.minus(Duration.ofHours(12)))).getMessage());
    assertEquals("as-of 2026-09-29T00:00:00Z is after the end of the arrivals (2026-09-28T00:00:00Z): the intervals "
        + "in between were never observed",
        assertThrows(IllegalArgumentException.class, () -> r.run(AS_OF.plus(Duration.ofDays(1)))).getMessage());
    assertEquals("as-of 2026-09-27T00:00:00Z leaves 20 days of history from 2026-09-07T00:00:00Z; the backtest needs "
        + "at least 21 (backtest.min_train_weeks + 1 weeks)",
        assertThrows(IllegalArgumentException.class, () -> r.run(AS_OF.minus(Duration.ofDays(1)))).getMessage());
  }
}
