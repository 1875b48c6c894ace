package io.staffline.metrics.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Business time in minutes worked out by hand on a wall calendar of Europe/Berlin 2026: summer
 * time starts Sunday 2026-03-29 (02:00 CET → 03:00 CEST, a 23-hour day) and ends Sunday 2026-10-25
 * (03:00 CEST → 02:00 CET, a 25-hour day).
 */
class BusinessCalendarTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static final WeeklyHours OFFICE_HOURS =
      WeeklyHours.builder().open(MONDAY, FRIDAY, "08:00-18:00").build();
  /** Open every night 00:00–06:00, so the hour the clocks skip or repeat is business time. */
  static final WeeklyHours NIGHT_HOURS =
      WeeklyHours.builder().open(MONDAY, SUNDAY, "00:00-06:00").build();

  static final LocalDate VERSION_A_FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate BUSS_UND_BETTAG = LocalDate.of(2026, 11, 18); // a Wednesday
  static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24); // Thursday, closed from 12:00
  static final LocalDate CHRISTMAS_DAY = LocalDate.of(2026, 12, 25); // a Friday

  static final BusinessCalendar OFFICE = BusinessCalendar.builder("office").zone(BERLIN)
      .version(VERSION_A_FROM, OFFICE_HOURS)
      .holiday(BUSS_UND_BETTAG, "Buß- und Bettag")
      .holiday(Holiday.partial(CHRISTMAS_EVE, "Heiligabend", TimeRange.parse("12:00-24:00")))
      .holiday(CHRISTMAS_DAY, "1. Weihnachtstag")
      .build();
  static final BusinessCalendar NIGHTS =
      BusinessCalendar.builder("nights").zone(BERLIN).hours(NIGHT_HOURS).build();

  // The worked example of docs/business-hours.md: 30 minutes on Friday, 75 on Monday.
  static final Instant FRIDAY_1730 = berlin("2026-09-04T17:30");
  static final Instant FRIDAY_1800 = berlin("2026-09-04T18:00");
  static final Instant SATURDAY_1000 = berlin("2026-09-05T10:00");
  static final Instant MONDAY_0900 = berlin("2026-09-07T09:00");
  static final Instant MONDAY_0915 = berlin("2026-09-07T09:15");
  static final long FRIDAY_TO_MONDAY_MINUTES = 30 + 75;

  static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  @Test
  void aWeekendIsNotBusinessTime() {
    assertEquals(FRIDAY_TO_MONDAY_MINUTES, OFFICE.businessMinutes(FRIDAY_1730, MONDAY_0915));
    assertEquals(Duration.ofMinutes(105), OFFICE.businessTime(FRIDAY_1730, MONDAY_0915));
  }

  @Test
  void aWholeDayHolidayIsClosed() {
    // Tuesday 17:00–18:00 and Thursday 08:00–09:00; the Wednesday would add 600.
    Instant tuesday1700 = berlin("2026-11-17T17:00");
    Instant thursday0900 = berlin("2026-11-19T09:00");
    assertEquals(60 + 60, OFFICE.businessMinutes(tuesday1700, thursday0900));
    assertFalse(OFFICE.isOpen(berlin("2026-11-18T10:00")));
  }

  @Test
  void aPartialHolidayClosesOnlyItsRange() {
    // Christmas Eve 10:00–12:00, Christmas Day closed, weekend, Monday 08:00–09:00.
    Instant christmasEve1000 = berlin("2026-12-24T10:00");
    Instant monday0900 = berlin("2026-12-28T09:00");
    assertEquals(120 + 60, OFFICE.businessMinutes(christmasEve1000, monday0900));
    assertTrue(OFFICE.isOpen(berlin("2026-12-24T11:59:59")));
    assertFalse(OFFICE.isOpen(berlin("2026-12-24T12:00")));
  }

  @Test
  void openPeriodsAreTheOpenPartsOfTheRangeInTimeOrder() {
    // Christmas Eve 10:00–12:00 (closed from noon), Christmas Day and the weekend closed,
    // Monday 08:00–09:00: the two periods businessTime adds up to 180 minutes.
    Instant christmasEve1000 = berlin("2026-12-24T10:00");
    Instant monday0900 = berlin("2026-12-28T09:00");
    assertEquals(List.of(
            new BusinessCalendar.OpenPeriod(christmasEve1000, berlin("2026-12-24T12:00")),
            new BusinessCalendar.OpenPeriod(berlin("2026-12-28T08:00"), monday0900)),
        OFFICE.openPeriods(christmasEve1000, monday0900));
    assertEquals(List.of(), OFFICE.openPeriods(FRIDAY_1800, SATURDAY_1000));
  }

  @Test
  void springForwardNightHasFiveOpenHours() {
    // 00:00–06:00 on the 23-hour day: 00:00–02:00 CET, then 03:00–06:00 CEST.
    assertEquals(5 * 60, NIGHTS.businessMinutes(berlin("2026-03-28T12:00"),
        berlin("2026-03-29T12:00")));
    assertEquals(6 * 60, NIGHTS.businessMinutes(berlin("2026-03-21T12:00"),
        berlin("2026-03-22T12:00")));
  }

  @Test
  void fallBackNightHasSevenOpenHours() {
    // 00:00–06:00 on the 25-hour day: 02:00–03:00 comes twice, both times open.
    assertEquals(7 * 60, NIGHTS.businessMinutes(berlin("2026-10-24T12:00"),
        berlin("2026-10-25T12:00")));
  }

  @Test
  void oneToFourOnTheSpringForwardDayIsTwoRealHours() {
    BusinessCalendar oneToFour = BusinessCalendar.builder("1-4").zone(BERLIN)
        .hours(WeeklyHours.builder().open(SUNDAY, "01:00-04:00").build()).build();
    Instant saturdayNoon = berlin("2026-03-28T12:00");
    Instant sundayNoon = berlin("2026-03-29T12:00");
    assertEquals(Duration.ofHours(2), oneToFour.businessTime(saturdayNoon, sundayNoon));
  }

  @Test
  void aRangeInsideTheChangedHourIsEmptyOrDoubled() {
    BusinessCalendar twoToThree = BusinessCalendar.builder("2-3").zone(BERLIN)
        .hours(WeeklyHours.builder().open(SUNDAY, "02:00-03:00").build()).build();
    assertEquals(0, twoToThree.businessMinutes(berlin("2026-03-28T12:00"),
        berlin("2026-03-29T12:00")));
    assertEquals(2 * 60, twoToThree.businessMinutes(berlin("2026-10-24T12:00"),
        berlin("2026-10-25T12:00")));
    // 02:30–04:00 on the 25-hour day: 02:30–03:00 CEST, then 02:30–04:00 CET; 02:00–02:30 CET
    // reads before the opening time.
    BusinessCalendar halfPastTwoToFour = BusinessCalendar.builder("2:30-4").zone(BERLIN)
        .hours(WeeklyHours.builder().open(SUNDAY, "02:30-04:00").build()).build();
    assertEquals(30 + 90, halfPastTwoToFour.businessMinutes(berlin("2026-10-24T12:00"),
        berlin("2026-10-25T12:00")));
    assertFalse(halfPastTwoToFour.isOpen(Instant.parse("2026-10-25T01:15:00Z"))); // 02:15 CET
  }

  @Test
  void theRepeatedHourIsOpenBothTimes() {
    assertTrue(NIGHTS.isOpen(Instant.parse("2026-10-25T00:30:00Z"))); // 02:30 CEST
    assertTrue(NIGHTS.isOpen(Instant.parse("2026-10-25T01:30:00Z"))); // 02:30 CET
    assertTrue(NIGHTS.isOpen(Instant.parse("2026-10-25T04:59:59Z"))); // 05:59:59 CET
    assertFalse(NIGHTS.isOpen(Instant.parse("2026-10-25T05:00:00Z"))); // 06:00 CET
    assertTrue(NIGHTS.isOpen(Instant.parse("2026-03-29T01:00:00Z"))); // 03:00 CEST
    assertFalse(NIGHTS.isOpen(Instant.parse("2026-03-29T04:00:00Z"))); // 06:00 CEST
  }

  @Test
  void eachMomentUsesTheVersionValidThen() {
    // Version B from Thursday 2026-10-01 opens 07:00–20:00. Wednesday 17:00–18:00 under A,
    // Thursday 07:00–08:00 under B; under A alone the answer would be 60.
    BusinessCalendar versioned = BusinessCalendar.builder("versioned").zone(BERLIN)
        .version(VERSION_A_FROM, OFFICE_HOURS)
        .version(LocalDate.of(2026, 10, 1),
            WeeklyHours.builder().open(MONDAY, FRIDAY, "07:00-20:00").build())
        .build();
    assertEquals(60 + 60, versioned.businessMinutes(berlin("2026-09-30T17:00"),
        berlin("2026-10-01T08:00")));
    assertFalse(versioned.isOpen(berlin("2026-09-30T19:00")));
    assertTrue(versioned.isOpen(berlin("2026-10-01T19:00")));
  }

  @Test
  void aVersionMayMoveTheTeamToAnotherZone() {
    // From 2026-10-01 (00:00 New York = 04:00 UTC) the team works 09:00–17:00 in New York:
    // Wednesday 17:00–18:00 Berlin, then Thursday 09:00–10:00 New York.
    BusinessCalendar moved = BusinessCalendar.builder("moved").zone(BERLIN)
        .version(VERSION_A_FROM, OFFICE_HOURS)
        .zone(NEW_YORK)
        .version(LocalDate.of(2026, 10, 1),
            WeeklyHours.builder().open(MONDAY, FRIDAY, "09:00-17:00").build())
        .build();
    Instant thursday1000NewYork = LocalDateTime.parse("2026-10-01T10:00").atZone(NEW_YORK)
        .toInstant();
    assertEquals(60 + 60, moved.businessMinutes(berlin("2026-09-30T17:00"), thursday1000NewYork));
  }

  @Test
  void momentsBeforeTheFirstVersionAreRejected() {
    Instant newYearsEve = berlin("2025-12-31T10:00");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> OFFICE.businessTime(newYearsEve, MONDAY_0915));
    assertTrue(error.getMessage().contains("first version starts on 2026-01-01"),
        error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OFFICE.isOpen(newYearsEve));
  }

  @Test
  void aZeroLengthSpanIsZeroEvenWhenOpen() {
    assertEquals(Duration.ZERO, OFFICE.businessTime(MONDAY_0915, MONDAY_0915));
  }

  @Test
  void aFullyClosedSpanIsZero() {
    assertEquals(Duration.ZERO, OFFICE.businessTime(FRIDAY_1800, berlin("2026-09-07T08:00")));
  }

  @Test
  void aSpanEndingBeforeItStartsIsAnError() {
    assertThrows(IllegalArgumentException.class,
        () -> OFFICE.businessTime(MONDAY_0915, FRIDAY_1730));
  }

  @Test
  void businessMinutesDropTheLeftoverSeconds() {
    Instant friday173059 = berlin("2026-09-04T17:30:59");
    assertEquals(Duration.ofSeconds(29 * 60 + 1), OFFICE.businessTime(friday173059, MONDAY_0900)
        .minusHours(1));
    assertEquals(29 + 60, OFFICE.businessMinutes(friday173059, MONDAY_0900));
  }

  @Test
  void aTwentyFourSevenCalendarCountsCalendarTime() {
    BusinessCalendar utc = BusinessCalendar.alwaysOpen("default");
    BusinessCalendar berlin = BusinessCalendar.builder("24/7").zone(BERLIN)
        .hours(WeeklyHours.ALWAYS_OPEN).build();
    List<Instant[]> spans = List.of(
        new Instant[] {FRIDAY_1730, MONDAY_0915},
        new Instant[] {berlin("2026-03-28T12:00"), berlin("2026-03-30T12:00")}, // 47 h
        new Instant[] {berlin("2026-10-24T12:00"), berlin("2026-10-26T12:00")}, // 49 h
        new Instant[] {Instant.parse("2026-01-01T00:00:00.123456789Z"),
            Instant.parse("2026-12-31T23:59:59.987654321Z")});
    for (Instant[] span : spans) {
      assertEquals(Duration.between(span[0], span[1]), utc.businessTime(span[0], span[1]));
      assertEquals(Duration.between(span[0], span[1]), berlin.businessTime(span[0], span[1]));
    }
    assertEquals(Duration.ofHours(47),
        berlin.businessTime(berlin("2026-03-28T12:00"), berlin("2026-03-30T12:00")));
  }

  @Test
  void aYearOfOfficeHoursIsFiftyTwoWeeksOfFiftyHours() {
    // Monday 2026-01-05 to Monday 2027-01-04 across both clock changes (Sunday nights, closed).
    Instant from = berlin("2026-01-05T00:00");
    Instant to = berlin("2027-01-04T00:00");
    BusinessCalendar noHolidays = BusinessCalendar.builder("plain").zone(BERLIN)
        .hours(OFFICE_HOURS).build();
    assertEquals(Duration.ofHours(52 * 50), noHolidays.businessTime(from, to));
    // OFFICE closes Buß- und Bettag (10 h), Christmas Eve afternoon (6 h), Christmas Day (10 h).
    assertEquals(Duration.ofHours(52 * 50 - 10 - 6 - 10), OFFICE.businessTime(from, to));
  }

  @Test
  void aTargetReachedAtClosingTimeIsDueAtClosingTime() {
    assertEquals(FRIDAY_1800, OFFICE.addBusinessTime(FRIDAY_1730, Duration.ofMinutes(30)));
    assertEquals(berlin("2026-09-07T08:01"),
        OFFICE.addBusinessTime(FRIDAY_1730, Duration.ofMinutes(31)));
  }

  @Test
  void addingBusinessTimeSkipsClosedTime() {
    assertEquals(MONDAY_0915,
        OFFICE.addBusinessTime(FRIDAY_1730, Duration.ofMinutes(FRIDAY_TO_MONDAY_MINUTES)));
    assertEquals(MONDAY_0900, OFFICE.addBusinessTime(SATURDAY_1000, Duration.ofHours(1)));
    assertEquals(berlin("2026-11-19T09:00"),
        OFFICE.addBusinessTime(berlin("2026-11-17T17:00"), Duration.ofHours(2)));
    // Five night hours of the 23-hour day take from 00:00 CET to 06:00 CEST.
    assertEquals(berlin("2026-03-29T06:00"),
        NIGHTS.addBusinessTime(berlin("2026-03-28T12:00"), Duration.ofHours(5)));
    assertEquals(SATURDAY_1000, OFFICE.addBusinessTime(SATURDAY_1000, Duration.ZERO));
  }

  @Test
  void addingBusinessTimeIsTheInverseOfMeasuringIt() {
    Instant[] starts = {FRIDAY_1730, SATURDAY_1000, berlin("2026-03-27T16:59:30.5"),
        berlin("2026-10-24T23:00"), berlin("2026-12-23T17:45"), berlin("2026-11-17T12:00")};
    Duration[] amounts = {Duration.ofSeconds(1), Duration.ofMinutes(75), Duration.ofHours(8),
        Duration.ofHours(31).plusMillis(250), Duration.ofDays(40)};
    for (BusinessCalendar calendar : List.of(OFFICE, NIGHTS)) {
      for (Instant start : starts) {
        for (Duration amount : amounts) {
          Instant due = calendar.addBusinessTime(start, amount);
          assertEquals(amount, calendar.businessTime(start, due),
              calendar.name() + " " + start + " + " + amount);
          // Earliest: one nanosecond less is not enough.
          assertTrue(calendar.businessTime(start, due.minusNanos(1)).compareTo(amount) < 0);
        }
      }
    }
  }

  @Test
  void aCalendarThatNeverOpensAgainCannotReachATarget() {
    BusinessCalendar retired = BusinessCalendar.builder("retired").zone(BERLIN)
        .version(VERSION_A_FROM, OFFICE_HOURS)
        .version(LocalDate.of(2026, 10, 1), WeeklyHours.CLOSED)
        .build();
    assertEquals(berlin("2026-09-30T18:00"),
        retired.addBusinessTime(berlin("2026-09-30T17:00"), Duration.ofHours(1)));
    assertThrows(IllegalStateException.class,
        () -> retired.addBusinessTime(berlin("2026-09-30T17:00"), Duration.ofHours(2)));
  }

  @Test
  void negativeTargetsAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> OFFICE.addBusinessTime(FRIDAY_1730, Duration.ofMinutes(-1)));
  }

  @Test
  void twoVersionsFromTheSameDateAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.builder("twice")
        .version(VERSION_A_FROM, OFFICE_HOURS).version(VERSION_A_FROM, NIGHT_HOURS).build());
  }

  @Test
  void twoHolidaysOnOneDateAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.builder("twice")
        .hours(OFFICE_HOURS).holiday(CHRISTMAS_DAY, "a").holiday(CHRISTMAS_DAY, "b").build());
  }

  @Test
  void aCalendarSurvivesJavaSerialization() throws Exception {
    // Spark ships calendars to executors by Java serialization.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(OFFICE);
    }
    BusinessCalendar copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (BusinessCalendar) in.readObject();
    }
    assertEquals(FRIDAY_TO_MONDAY_MINUTES, copy.businessMinutes(FRIDAY_1730, MONDAY_0915));
    assertFalse(copy.isOpen(berlin("2026-11-18T10:00")));
  }

  @Test
  void splitHoursAndSaturdaysCountEachRange() {
    // Mon–Fri 08:00–12:00 and 13:00–17:00, Sat 09:00–13:00: Friday 11:00–12:00 and 13:00–17:00,
    // Saturday 09:00–13:00, Monday 08:00–09:00.
    BusinessCalendar split = BusinessCalendar.builder("split").zone(BERLIN)
        .hours(WeeklyHours.builder().open(MONDAY, FRIDAY, "08:00-12:00")
            .open(MONDAY, FRIDAY, "13:00-17:00").open(SATURDAY, "09:00-13:00").build())
        .build();
    assertEquals(60 + 240 + 240 + 60,
        split.businessMinutes(berlin("2026-09-04T11:00"), MONDAY_0900));
    assertFalse(split.isOpen(berlin("2026-09-04T12:30")));
  }
}
