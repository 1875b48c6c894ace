package io.staffline.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.staffline.forecast.ForecastRun.QueueForecast;
import io.staffline.metrics.calendar.BusinessCalendar;
import io.staffline.metrics.calendar.TeamCalendars;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tier cascade: the shift arithmetic, and a whole run on hand-built arrivals and facts. */
class CascadeTest {
  private static final double EXACT = 0;
  private static final Instant MONDAY = Instant.parse("2026-09-07T00:00:00Z");
  private static final int HOUR = 60;

  @Test
  void demandIsRateTimesTheSourceShiftedWithHistoryFillingTheStart() {
    double[] history = {10, 20, 30};
    double[] forecast = {1, 2, 3, 4};
    // Shift 2: steps 0 and 1 come from history[1], history[2]; steps 2, 3 from forecast[0], [1].
    assertArrayEquals(new double[] {5, 7.5, 0.25, 0.5}, Cascade.demand(history, forecast, 0.25, 2), EXACT);
    assertArrayEquals(new double[] {0.25, 0.5, 0.75, 1}, Cascade.demand(history, forecast, 0.25, 0), EXACT);
  }

  @Test
  void minutesRoundToTheNearestIntervalHalvesUp() {
    assertEquals(3, Cascade.intervals(77, 30));
    assertEquals(3, Cascade.intervals(75, 30));
    assertEquals(2, Cascade.intervals(74.9, 30));
    assertEquals(0, Cascade.intervals(14, 30));
  }

  @Test
  void lineTwoDemandIsTheRateTimesTheLineOneForecastShiftedExactly() {
    // Three weeks of hourly data, one team, phone. Line 1: 4 new tickets every hour.
    // Line 2: one escalation every 4th hour, so 1/16 of line-1 arrivals are escalated.
    int hours = 21 * 24;
    ArrivalHistory.Builder b = ArrivalHistory.builder(MONDAY, MONDAY.plus(Duration.ofHours(hours)), HOUR);
    QueueKey l1 = new QueueKey("billing", "phone", 1);
    QueueKey l2 = new QueueKey("billing", "phone", 2);
    for (int t = 0; t < hours; t++) {
      Instant at = MONDAY.plus(Duration.ofHours(t));
      b.add(l1, at, 4, 0, 4, 0, 0);
      if (t % 4 == 0) {
        b.add(l2, at, 0, 1, 1, 0, 0);
      }
    }
    // Times to escalate, from facts: 100, 150 and 200 minutes → median 150 → 2.5 hours → 3 intervals.
    List<EscalationTimes.Escalation> timed = new ArrayList<>();
    for (double minutes : new double[] {100, 150, 200}) {
      timed.add(new EscalationTimes.Escalation("phone", 2, MONDAY.plus(Duration.ofDays(3)), minutes));
    }
    ForecastSettings oneWeek = ForecastSettings.DEFAULTS.withHorizonWeeks(1);
    ForecastRun.Plan plan = new ForecastRun(b.build(), new EscalationTimes(timed),
        TeamCalendars.only(BusinessCalendar.alwaysOpen("default")), oneWeek).run(MONDAY.plus(Duration.ofDays(21)));

    ForecastRun.CascadeLink link = plan.links().get(0);
    assertEquals(l2, link.destination());
    assertEquals(hours / 4.0, link.escalations(), EXACT);
    assertEquals(4.0 * hours, link.sourceEntries(), EXACT);
    assertEquals(1.0 / 16, link.rate(), EXACT);
    assertEquals(150, link.timeToEscalate().minutes(), EXACT);
    assertEquals(3, link.shiftIntervals());

    QueueForecast lineOne = plan.direct().get(0).forecast();
    QueueForecast lineTwo = plan.cascade().get(0);
    assertEquals(ForecastRun.Origin.CASCADE, lineTwo.origin());
    double[] expected = new double[plan.horizon()];
    for (int i = 0; i < expected.length; i++) {
      // The first 3 hours come from the last 3 hours of line-1 history (4 each).
      expected[i] = (i < 3 ? 4 : lineOne.contacts()[i - 3]) / 16;
    }
    assertArrayEquals(expected, lineTwo.contacts(), EXACT);
    // A flat series is forecast exactly by every method, so this is 4/16 everywhere.
    assertEquals(0.25, lineTwo.contacts()[100], EXACT);
  }
}
