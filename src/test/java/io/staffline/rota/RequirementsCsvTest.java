package io.staffline.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standalone requirement CSV: both forms, daylight-saving weeks, and one broken file per shape. */
class RequirementsCsvTest {
  static final Path BROKEN = ShiftsConfigTest.BROKEN;
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "non-numeric-requirement.csv | line 3: column requirement: 'two' is not a whole number of agents",
      "fractional-requirement.csv  | line 2: column requirement: '2.5' is not a whole number of agents",
      "negative-requirement.csv    | line 3: column requirement: -1 is negative",
      "bad-timestamp.csv           | line 3: column interval_start: '2026-11-16 00:30:00x' is not an ISO date-time",
      "wrong-header.csv            | line 1: the header must be 'interval_start,requirement', not 'start,agents'",
      "short-row.csv               | line 3: 1 fields; expected 2",
      "mixed-forms.csv             | line 3: column interval_start: '2026-11-16T00:30' mixes a local time into instants",
      "missing-interval.csv        | no requirement for 2026-11-18T02:00 (week 2026-W47, Europe/Berlin)",
      "two-weeks.csv               | line 338: column interval_start: 2026-11-23T00:00 is outside the week 2026-11-16",
      "repeated-interval.csv       | line 338: column interval_start: 2026-11-16T00:30 is given again (first on line 3)"})
  void aBadRowIsAnErrorNamingFileLineAndColumn(String file, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RequirementsCsv.read(BROKEN.resolve(file), BERLIN, 1));
    assertTrue(e.getMessage().startsWith(BROKEN.resolve(file).toString()), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void localTimesAreTheWallClockAndTheIntervalIsReadFromTheStarts(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("week.csv");
    List<String> rows = new ArrayList<>(List.of("interval_start,requirement"));
    for (int i = 0; i < 7 * 24; i++) {
      rows.add(LocalDate.of(2026, 11, 16).atStartOfDay().plusHours(i) + "," + (i % 24));
    }
    Files.write(csv, rows);
    WeekRequirement r = RequirementsCsv.read(csv, BERLIN, 2);
    assertEquals(60, r.grid().intervalMinutes());
    assertEquals(LocalDate.of(2026, 11, 16), r.grid().monday());
    assertEquals(13, r.required(24 + 13));
    assertEquals(2, r.tier());
  }

  /**
   * Clocks go back on Sunday 2026-10-25 in Berlin: 02:00–03:00 happens twice (CEST, then CET). In
   * UTC the week of Monday 2026-10-19 has 169 hourly starts; the wall clock has 168 slots, and the
   * 02:00 slot takes the larger of its two requirements (5 at 00:00Z and 7 at 01:00Z). Every
   * other slot holds its UTC hour's value; here, the hour of the slot's UTC instant.
   */
  @Test
  void aRepeatedHourTakesTheLargerRequirement(@TempDir Path dir) throws IOException {
    Instant first = Instant.parse("2026-10-25T00:00:00Z");
    Instant second = Instant.parse("2026-10-25T01:00:00Z");
    Path csv = hourlyInstants(dir, LocalDate.of(2026, 10, 19), i -> i.equals(first) ? 5 : i.equals(second) ? 7 : utcHour(i));
    assertEquals(1 + 169, Files.readAllLines(csv).size());
    WeekRequirement r = RequirementsCsv.read(csv, BERLIN, 1);
    int sundayTwo = 6 * 24 + 2;
    assertEquals(7, r.required(sundayTwo));
    // Sunday 03:00 CET is 02:00Z.
    assertEquals(2, r.required(sundayTwo + 1));
    // Monday 00:00 CEST is Sunday 22:00Z.
    assertEquals(22, r.required(0));
  }

  /**
   * Clocks go forward on Sunday 2026-03-29: 02:00–03:00 does not exist. Its wall-clock slot takes
   * the requirement of the instant it moves forward to, 03:00 CEST = 01:00Z.
   */
  @Test
  void aSkippedHourTakesTheRequirementOfTheHourAfter(@TempDir Path dir) throws IOException {
    Path csv = hourlyInstants(dir, LocalDate.of(2026, 3, 23), RequirementsCsvTest::utcHour);
    assertEquals(1 + 167, Files.readAllLines(csv).size());
    WeekRequirement r = RequirementsCsv.read(csv, BERLIN, 1);
    int sundayTwo = 6 * 24 + 2;
    assertEquals(1, r.required(sundayTwo));
    assertEquals(1, r.required(sundayTwo + 1));
    assertEquals(0, r.required(sundayTwo - 1));
  }

  /** A CSV of every hourly UTC instant of the Berlin week of {@code monday}, with its requirement. */
  private static Path hourlyInstants(Path dir, LocalDate monday, java.util.function.ToIntFunction<Instant> value)
      throws IOException {
    List<String> rows = new ArrayList<>(List.of("interval_start,requirement"));
    for (ZonedDateTime t = monday.atStartOfDay(BERLIN); t.isBefore(monday.plusDays(7).atStartOfDay(BERLIN)); t = t.plusHours(1)) {
      rows.add(t.toInstant() + "," + value.applyAsInt(t.toInstant()));
    }
    return Files.write(dir.resolve("week-" + monday + ".csv"), rows);
  }

  private static int utcHour(Instant i) {
    return i.atZone(java.time.ZoneOffset.UTC).getHour();
  }
}
