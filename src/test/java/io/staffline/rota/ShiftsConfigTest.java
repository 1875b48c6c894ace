package io.staffline.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** jobs/shifts.yaml and the strict reader: each broken file in src/test/resources/rota/broken is its own case. */
class ShiftsConfigTest {
  static final Path BROKEN = Path.of("src/test/resources/rota/broken");

  @Test
  void theBundledFileLoadsAsDocumented() {
    ShiftOptions o = ShiftsConfig.load(ShiftsConfig.DEFAULT_FILE);
    assertEquals(ZoneId.of("Europe/Berlin"), o.zone());
    assertEquals(1, o.minimumOnDuty());
    assertEquals(List.of("day8", "night8", "day10", "twelve", "part4"), o.shifts().stream().map(ShiftType::name).toList());
    // day8 starts 06:00 … 14:00 hourly (9) and 16:00.
    assertEquals(10, o.shifts().get(0).starts().size());
    assertEquals(2, o.tour("panama").crewSize());
    assertEquals(new NightRule(LocalTime.of(23, 0), LocalTime.of(6, 0), 120), o.nights());
  }

  /**
   * The bundled options on a 30-minute grid: day8 10 starts × 3 break placements (3:00, 3:30,
   * 4:00) × 7 phases = 210; night8 1 × 3 × 7 = 21; day10 2 × 3 × 7 = 42; part4 6 × 7 = 42. twelve:
   * a Panama or 4-on-4-off crew of 2 works one shift every day whatever its phase, so its phases
   * cover alike and one is kept: 2 starts × 2 placements (5:30, 6:00) × 2 tours = 8. 323 in all.
   */
  @Test
  void theBundledOptionsOfferThreeHundredTwentyThreePatterns() {
    ShiftOptions o = ShiftsConfig.load(ShiftsConfig.DEFAULT_FILE);
    assertEquals(323, PatternCatalogue.generate(o, new WeekGrid(o.zone(), LocalDate.of(2026, 11, 16), 30)).size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown-key.yaml        | line 7: unknown key 'start' at shifts[0].start",
      "bad-break-window.yaml   | shifts[0].breaks[0].start_within: '4:00-3:00' must run forwards",
      "unknown-tour.yaml       | shifts[0].tours[0]: unknown tour '5on2of'",
      "tour-starts-off.yaml    | tours.weekend-off: 'OWWWWWO': the cycle must start with a working day",
      "unknown-level.yaml      | rules[0].levels[1]: 'expert' is not a level",
      "bad-zone.yaml           | time_zone: 'Europe/Berlinn' is not a time zone"})
  void aBrokenFileIsRejectedNamingFileAndSetting(String file, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShiftsConfig.load(BROKEN.resolve(file)));
    assertTrue(e.getMessage().startsWith(BROKEN.resolve(file).toString()), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void aBreakThatDoesNotFillWholeIntervalsIsRejectedWhenPatternsAreBuilt() {
    ShiftOptions o = Instances.options("""
        tours: {5on2off: WWWWWOO}
        shifts: [{name: day8, length_hours: 8, starts: ["07:00"], breaks: [{minutes: 15, paid: true, start_within: "2:00-2:00"}], tours: [5on2off]}]
        """);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PatternCatalogue.generate(o, Instances.grid(30)));
    assertEquals("shift day8: a 15-minute break does not fill whole 30-minute intervals (leave short paid breaks to"
        + " shrinkage, or plan on a finer grid)", e.getMessage());
  }
}
