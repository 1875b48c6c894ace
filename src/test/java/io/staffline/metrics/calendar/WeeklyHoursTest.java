package io.staffline.metrics.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening ranges: one day at a time, 24:00 only as an end, no overlaps. */
class WeeklyHoursTest {

  static final TimeRange EIGHT_TO_SIX = TimeRange.parse("08:00-18:00");

  @Test
  void twentyFourHundredIsTheEndOfTheDay() {
    TimeRange evening = TimeRange.parse("20:00-24:00");
    assertTrue(evening.endsAtMidnight());
    assertTrue(evening.contains(LocalTime.of(23, 59, 59, 999_999_999)));
    assertFalse(evening.contains(LocalTime.MIDNIGHT));
    assertEquals("20:00-24:00", evening.toString());
    assertEquals(TimeRange.WHOLE_DAY, TimeRange.parse("00:00-24:00"));
  }

  @Test
  void aRangeMayNotCrossMidnightOrBeEmpty() {
    assertThrows(IllegalArgumentException.class, () -> TimeRange.parse("22:00-02:00"));
    assertThrows(IllegalArgumentException.class, () -> TimeRange.parse("08:00-08:00"));
    assertThrows(IllegalArgumentException.class, () -> TimeRange.parse("24:00-24:00"));
    assertThrows(IllegalArgumentException.class, () -> TimeRange.parse("8-18"));
    assertThrows(IllegalArgumentException.class, () -> TimeRange.parse("08:00"));
  }

  @Test
  void touchingRangesAreJoinedAndSorted() {
    WeeklyHours hours = WeeklyHours.builder().open(MONDAY, "12:00-18:00")
        .open(MONDAY, "08:00-12:00").open(MONDAY, "20:00-22:00").build();
    assertEquals(List.of(EIGHT_TO_SIX, TimeRange.parse("20:00-22:00")), hours.on(MONDAY));
    assertEquals(List.of(), hours.on(TUESDAY));
  }

  @Test
  void overlappingRangesAreRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> WeeklyHours.builder().open(MONDAY, "08:00-12:00").open(MONDAY, "11:00-13:00")
            .build());
    assertEquals("opening hours on MONDAY overlap: 08:00-12:00 and 11:00-13:00",
        error.getMessage());
  }

  @Test
  void alwaysOpenIsEveryDayAllDay() {
    assertEquals(List.of(TimeRange.WHOLE_DAY), WeeklyHours.ALWAYS_OPEN.on(SUNDAY));
    assertTrue(WeeklyHours.CLOSED.isClosedAllWeek());
    assertFalse(WeeklyHours.ALWAYS_OPEN.isClosedAllWeek());
  }

  @Test
  void holidayClosuresAreSubtractedFromTheDay() {
    List<TimeRange> open = List.of(TimeRange.parse("08:00-12:00"), TimeRange.parse("13:00-18:00"));
    assertEquals(List.of(TimeRange.parse("08:00-11:00"), TimeRange.parse("16:00-18:00")),
        TimeRange.subtract(open, List.of(TimeRange.parse("11:00-16:00"))));
    assertEquals(List.of(), TimeRange.subtract(open, List.of(TimeRange.WHOLE_DAY)));
    LocalDate christmasEve = LocalDate.of(2026, 12, 24);
    assertTrue(new Holiday(christmasEve, "split", List.of(TimeRange.parse("00:00-12:00"),
        TimeRange.parse("12:00-24:00"))).isWholeDay());
    assertFalse(Holiday.partial(christmasEve, "afternoon", TimeRange.parse("12:00-24:00"))
        .isWholeDay());
  }
}
