package io.staffline.metrics.calendar;

import static io.staffline.metrics.calendar.BusinessCalendarTest.BERLIN;
import static io.staffline.metrics.calendar.BusinessCalendarTest.NIGHTS;
import static io.staffline.metrics.calendar.BusinessCalendarTest.OFFICE;
import static io.staffline.metrics.calendar.BusinessCalendarTest.berlin;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An independent route to the same numbers: walk minute by minute and ask {@link
 * BusinessCalendar#isOpen} (the wall clock read directly) instead of converting opening ranges to
 * real-time spans. Every opening, closing and clock change in Europe/Berlin falls on a whole minute,
 * so counting minutes is exact.
 */
class BusinessTimeByTheMinuteTest {

  static final BusinessCalendar VERSIONED_SPLIT = BusinessCalendar.builder("split").zone(BERLIN)
      .version(LocalDate.of(2026, 1, 1), WeeklyHours.builder()
          .open(MONDAY, FRIDAY, "08:00-12:00").open(MONDAY, FRIDAY, "13:00-17:00")
          .open(SATURDAY, "09:00-13:00").build())
      .version(LocalDate.of(2026, 10, 22), WeeklyHours.builder()
          .open(MONDAY, SUNDAY, "01:30-03:30").open(FRIDAY, "20:00-24:00").build())
      .holiday(Holiday.partial(LocalDate.of(2026, 10, 25), "closed in the repeated hour",
          TimeRange.parse("02:15-02:45")))
      .build();

  /** Windows around both clock changes, a version change and the holidays. */
  static final List<Instant> WINDOW_STARTS = List.of(berlin("2026-03-24T00:00"),
      berlin("2026-10-19T00:00"), berlin("2026-11-14T00:00"), berlin("2026-12-20T00:00"));
  static final int WINDOW_MINUTES = 10 * 24 * 60;
  static final int SPANS_PER_WINDOW = 12;

  @Test
  void businessMinutesEqualOpenMinutesCounted() {
    Random random = new Random(20260329L);
    for (BusinessCalendar calendar : List.of(OFFICE, NIGHTS, VERSIONED_SPLIT)) {
      for (Instant windowStart : WINDOW_STARTS) {
        for (int i = 0; i < SPANS_PER_WINDOW; i++) {
          int a = random.nextInt(WINDOW_MINUTES);
          int b = random.nextInt(WINDOW_MINUTES);
          Instant from = windowStart.plus(Math.min(a, b), ChronoUnit.MINUTES);
          Instant to = windowStart.plus(Math.max(a, b), ChronoUnit.MINUTES);
          assertEquals(openMinutes(calendar, from, to), calendar.businessMinutes(from, to),
              calendar.name() + " " + from + " → " + to);
        }
      }
    }
  }

  private static long openMinutes(BusinessCalendar calendar, Instant from, Instant to) {
    long open = 0;
    for (Instant t = from; t.isBefore(to); t = t.plus(1, ChronoUnit.MINUTES)) {
      if (calendar.isOpen(t)) {
        open++;
      }
    }
    return open;
  }
}
