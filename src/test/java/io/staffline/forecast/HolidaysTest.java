package io.staffline.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.staffline.metrics.calendar.BusinessCalendar;
import io.staffline.metrics.calendar.Holiday;
import io.staffline.metrics.calendar.TimeRange;
import io.staffline.metrics.calendar.WeeklyHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Which intervals a Berlin calendar's holidays close, read on the Berlin wall clock. */
class HolidaysTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  // Winter time (UTC+1): Wednesday 2026-11-18 local is 2026-11-17T23:00Z .. 2026-11-18T23:00Z.
  private static final Instant TUESDAY_UTC = Instant.parse("2026-11-17T00:00:00Z");
  private static final int HOUR = 60;

  private static final BusinessCalendar OFFICE = BusinessCalendar.builder("office").zone(BERLIN)
      .hours(WeeklyHours.builder().open(java.time.DayOfWeek.MONDAY, TimeRange.parse("08:00-18:00")).build())
      .holiday(LocalDate.of(2026, 11, 18), "Buß- und Bettag")
      .holiday(Holiday.partial(LocalDate.of(2026, 11, 19), "half day", TimeRange.untilMidnight(LocalTime.NOON)))
      .build();

  @Test
  void aWholeDayHolidayClosesItsLocalDayWhateverTheWeeklyHours() {
    // 72 hours from Tuesday 00:00Z: the holiday is hours 23..46 (Wednesday, closed by the weekly hours anyway).
    boolean[] closed = Holidays.closedIntervals(OFFICE, TUESDAY_UTC, HOUR, 72);
    assertEquals(false, closed[22]);
    assertEquals(true, closed[23]);
    assertEquals(true, closed[46]);
    // Thursday local 00:00–12:00 (hours 47..58) is open; 12:00 local = 11:00Z Thursday = hour 59 on.
    assertEquals(false, closed[47]);
    assertEquals(false, closed[58]);
    assertEquals(true, closed[59]);
    assertEquals(true, closed[70]);
    assertEquals(false, closed[71]);
    int count = 0;
    for (boolean c : closed) {
      count += c ? 1 : 0;
    }
    assertEquals(24 + 12, count);
  }
}
