package io.staffline.staffing;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.metrics.calendar.BusinessCalendar;
import io.staffline.metrics.calendar.WeeklyHours;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Deferred work with a response target in business hours, worked by hand on a Mon–Fri 09:00–17:00
 * (UTC) calendar: Friday 2026-12-04, the weekend, Monday 2026-12-07.
 */
class BusinessHoursBacklogTest {
  static final BusinessCalendar NINE_TO_FIVE = BusinessCalendar.builder("9-17")
      .hours(WeeklyHours.builder().open(MONDAY, FRIDAY, "09:00-17:00").build()).build();
  static final Duration EIGHT_BUSINESS_HOURS = Duration.ofHours(8);
  static final Instant FRIDAY_0000 = Instant.parse("2026-12-04T00:00:00Z");
  static final Instant FRIDAY_1600 = Instant.parse("2026-12-04T16:00:00Z");
  static final Instant SATURDAY_1200 = Instant.parse("2026-12-05T12:00:00Z");
  static final Instant MONDAY_1200 = Instant.parse("2026-12-07T12:00:00Z");
  static final Instant MONDAY_1700 = Instant.parse("2026-12-07T17:00:00Z");
  static final double AHT_600_S = 600;
  /** 48 emails × 600 s = 8 agent-hours, Friday 16:00–17:00. */
  static final double FRIDAY_EMAILS = 48;
  /** 60 emails × 600 s = 10 agent-hours, Saturday 12:00–13:00, while the team is closed. */
  static final double SATURDAY_EMAILS = 60;

  /** Hourly intervals from Friday 00:00 to Monday 24:00 with the two bursts of email. */
  static List<BusinessHoursBacklog.IntervalWork> fridayAndSaturdayEmail() {
    List<BusinessHoursBacklog.IntervalWork> work = new ArrayList<>();
    for (int h = 0; h < 96; h++) {
      Instant start = FRIDAY_0000.plus(Duration.ofHours(h));
      double emails = start.equals(FRIDAY_1600) ? FRIDAY_EMAILS
          : start.equals(SATURDAY_1200) ? SATURDAY_EMAILS : 0;
      work.add(new BusinessHoursBacklog.IntervalWork(start, start.plus(Duration.ofHours(1)),
          emails * AHT_600_S));
    }
    return work;
  }

  @Test
  void fridayAfternoonAndWeekendEmailNeedExactlyTwoAgents() {
    // Business time from Friday 09:00. Friday's 8 agent-hours arrive over [7 h, 8 h], due 8
    // business hours later; Saturday's 10 wait for Monday 09:00 = 8 h and arrive there at once.
    // Windows, work ÷ (business span + 8 h): Friday 8/(1+8) = 0.89; Saturday 10/(0+8) = 1.25;
    // both 18/(8−7+8) = 2. So exactly 2 agents: Friday 16–17 and Monday 09–17 are 9 business
    // hours before Saturday's deadline (Monday 17:00), 2 × 9 = the 18 agent-hours.
    BusinessHoursBacklog model = new BusinessHoursBacklog(NINE_TO_FIVE, EIGHT_BUSINESS_HOURS);
    BusinessHoursBacklog.Requirement r = model.required(fridayAndSaturdayEmail());
    assertEquals(0, r.fractionalAgents().compareTo(BigDecimal.valueOf(2)), r.toString());
    assertEquals(2, r.agents());
    assertEquals(16, r.firstInterval()); // Friday 16:00
    assertEquals(36, r.lastInterval()); // Saturday 12:00
  }

  @Test
  void atTwoAgentsNothingIsLateAndFridayIsDoneByMondayNoon() {
    // FIFO with 2 agents: Friday 16–17 clears 2 of Friday's 8 agent-hours, Monday 09–12 the other
    // 6; Saturday's 10 take Monday 12–17 and finish at 17:00, exactly their deadline.
    BusinessHoursBacklog.FluidRun run = new BusinessHoursBacklog(NINE_TO_FIVE, EIGHT_BUSINESS_HOURS)
        .run(fridayAndSaturdayEmail(), 2);
    assertEquals(0, run.lateIntervals());
    assertEquals(MONDAY_1200, run.finishedAt().get(16));
    assertEquals(MONDAY_1700, run.finishedAt().get(36));
  }

  @Test
  void withOneAgentFewerSaturdaysEmailIsLate() {
    // 1 agent: Friday's 8 agent-hours end Monday 16:00 (1 h Friday + 7 h Monday), on time; Saturday's
    // 10 end 10 business hours later (Monday 16–17, Tuesday 09–17, Wednesday 09–10): Wednesday
    // 10:00, two days after their deadline, Monday 17:00.
    BusinessHoursBacklog.FluidRun run = new BusinessHoursBacklog(NINE_TO_FIVE, EIGHT_BUSINESS_HOURS)
        .run(fridayAndSaturdayEmail(), 1);
    assertEquals(1, run.lateIntervals());
    assertEquals(false, run.late().get(16));
    assertEquals(true, run.late().get(36));
    assertEquals(Instant.parse("2026-12-07T16:00:00Z"), run.finishedAt().get(16));
    assertEquals(Instant.parse("2026-12-09T10:00:00Z"), run.finishedAt().get(36));
  }

  @Test
  void justBelowTheFractionalMinimumSomeWorkIsLate() {
    BusinessHoursBacklog model = new BusinessHoursBacklog(NINE_TO_FIVE, EIGHT_BUSINESS_HOURS);
    assertEquals(1, model.run(fridayAndSaturdayEmail(), 1.99).lateIntervals());
  }

  @Test
  void countingClosedTimeWorkAsMondaysFirstIntervalWouldUnderstate() {
    // The interval model of BacklogModel over the 16 business hours, Saturday's work put into
    // Monday 09–10: (8 + 10) agent-hours over (2 + 8) intervals = 1.8 agents. It lets Saturday's
    // email arrive spread over Monday's first hour; in fact it is all there at 09:00.
    double[] businessHours = new double[16];
    businessHours[7] = FRIDAY_EMAILS * AHT_600_S;
    businessHours[8] = SATURDAY_EMAILS * AHT_600_S;
    BacklogModel intervals = new BacklogModel(1, 3600, 8);
    assertEquals(0, intervals.required(businessHours).fractionalAgents()
        .compareTo(new BigDecimal("1.8")));
  }

  @Test
  void theClosedPartOfAnIntervalWaitsForTheOpening() {
    // Open from 09:30. Monday 09:00–10:00 brings 2 agent-hours: 1 in the closed half, at 09:30
    // all at once, 1 over 09:30–10:00. Target 1 business hour. Windows: burst 1/(0+1) = 1;
    // burst and rest 2/(0.5+1) = 4/3; rest 1/(0.5+1) = 2/3. So 4/3 agents, 2 whole ones.
    BusinessCalendar halfPastNine = BusinessCalendar.builder("9:30-17")
        .hours(WeeklyHours.builder().open(MONDAY, FRIDAY, "09:30-17:00").build()).build();
    Instant monday0900 = Instant.parse("2026-12-07T09:00:00Z");
    List<BusinessHoursBacklog.IntervalWork> work = List.of(new BusinessHoursBacklog.IntervalWork(
        monday0900, monday0900.plus(Duration.ofHours(1)), 2 * 3600));
    BusinessHoursBacklog.Requirement r =
        new BusinessHoursBacklog(halfPastNine, Duration.ofHours(1)).required(work);
    assertEquals(4.0 / 3, r.fractionalAgents().doubleValue(), 1e-15);
    assertEquals(2, r.agents());
  }

  @Test
  void aCalendarOpenAroundTheClockIsTheIntervalModel() {
    BusinessCalendar always = BusinessCalendar.alwaysOpen("24/7");
    Random random = new Random(20_261_207L);
    for (int trial = 0; trial < 100; trial++) {
      int grace = 1 + random.nextInt(6);
      double[] units = new double[1 + random.nextInt(40)];
      List<BusinessHoursBacklog.IntervalWork> work = new ArrayList<>();
      for (int t = 0; t < units.length; t++) {
        units[t] = random.nextInt(3) == 0 ? 0 : random.nextInt(20);
        Instant start = FRIDAY_0000.plus(Duration.ofMinutes(30L * t));
        work.add(new BusinessHoursBacklog.IntervalWork(start, start.plus(Duration.ofMinutes(30)),
            units[t] * AHT_600_S));
      }
      BigDecimal expected = new BacklogModel(AHT_600_S, 1800, grace).required(units).fractionalAgents();
      BigDecimal actual = new BusinessHoursBacklog(always, Duration.ofMinutes(30L * grace))
          .required(work).fractionalAgents();
      assertEquals(0, expected.compareTo(actual), "trial " + trial + ": " + expected + " vs " + actual);
    }
  }

  @Test
  void noWorkNeedsNoAgents() {
    List<BusinessHoursBacklog.IntervalWork> none = List.of(new BusinessHoursBacklog.IntervalWork(
        FRIDAY_0000, FRIDAY_1600, 0));
    BusinessHoursBacklog.Requirement r =
        new BusinessHoursBacklog(NINE_TO_FIVE, EIGHT_BUSINESS_HOURS).required(none);
    assertEquals(0, r.agents());
    assertEquals(-1, r.firstInterval());
  }

  @Test
  void aZeroResponseTargetIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new BusinessHoursBacklog(NINE_TO_FIVE, Duration.ZERO));
    assertTrue(e.getMessage().contains("response target"), e.getMessage());
  }

  @Test
  void intervalsOutOfOrderAreRejected() {
    List<BusinessHoursBacklog.IntervalWork> work = List.of(
        new BusinessHoursBacklog.IntervalWork(FRIDAY_1600, FRIDAY_1600.plusSeconds(3600), 1),
        new BusinessHoursBacklog.IntervalWork(FRIDAY_0000, FRIDAY_0000.plusSeconds(3600), 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new BusinessHoursBacklog(NINE_TO_FIVE, EIGHT_BUSINESS_HOURS).required(work));
    assertTrue(e.getMessage().contains("time order"), e.getMessage());
  }
}
