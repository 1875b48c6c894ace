package io.staffline.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Tours, crews and what counts as a night. */
class TourTest {
  @Test
  void aWeeklyTourIsWorkedAlone() {
    assertEquals(1, Tour.parse("5on2off", "WWWWWOO").crewSize());
    assertEquals(7, Tour.parse("5on2off", "WWWWWOO").crewPhases());
  }

  /**
   * Panama WWOOWWWOOWWOOO: its second week OOWWOOO is the complement of its first WWOOWWW, so two
   * agents a week apart work every day between them: a crew of 2.
   */
  @Test
  void panamaIsWorkedByPairsAWeekApart() {
    Tour panama = Tour.parse("panama", "WWOOWWWOOWWOOO");
    assertEquals(2, panama.crewSize());
    assertEquals(7, panama.memberOffset());
    for (int day = 0; day < 14; day++) {
      assertTrue(panama.memberWorks(0, 0, day) ^ panama.memberWorks(0, 1, day), "day " + day);
    }
  }

  /** 4 on 4 off (8 days): agents 4 days apart alternate, one of them working every day: a crew of 2. */
  @Test
  void fourOnFourOffIsWorkedByPairsFourDaysApart() {
    Tour t = Tour.parse("4on4off", "WWWWOOOO");
    assertEquals(2, t.crewSize());
    assertEquals(4, t.memberOffset());
  }

  /** 3 on, 2 off, 2 on, 3 off (10 days): no smaller crew covers alike every week than all 10 phases. */
  @Test
  void aTourWithoutAShorterWeeklyCrewNeedsEveryPhase() {
    assertEquals(10, Tour.parse("odd", "WWWOOWWOOO").crewSize());
  }

  /**
   * Night: more than 2 hours in 23:00–06:00. 22:00–06:00 has 7; 16:00–00:00 has 1; 19:00–07:00
   * has 7; 20:00–01:00 has exactly 2 (not more); 04:00–12:00 has 2 (not more).
   */
  @Test
  void aNightShiftHasMoreThanTwoHoursBetweenElevenAndSix() {
    NightRule n = ShiftsConfig.DEFAULT_NIGHTS;
    assertEquals(new NightRule(LocalTime.of(23, 0), LocalTime.of(6, 0), 120), n);
    assertEquals(7 * 60, n.nightMinutes(22 * 60, 8 * 60));
    assertEquals(60, n.nightMinutes(16 * 60, 8 * 60));
    assertEquals(7 * 60, n.nightMinutes(19 * 60, 12 * 60));
    assertFalse(n.isNight(20 * 60, 5 * 60));
    assertFalse(n.isNight(4 * 60, 8 * 60));
    assertTrue(n.isNight(22 * 60, 8 * 60));
  }
}
