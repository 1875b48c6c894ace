package io.staffline.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.ticket.Level;
import io.staffline.ticket.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RosterTest {
  private static final long QUARTER_HOUR = 900;

  private static Roster roster(GeneratorSettings s) {
    return Roster.build(s, new ArrivalRates(s), new SplittableRandom(s.seed()));
  }

  /** Every quarter hour of the window (DST change included), every team and line has someone. */
  private static void assertStaffedAroundTheClock(GeneratorSettings s) {
    Roster roster = roster(s);
    long end = s.exportTime().getEpochSecond();
    for (long t = s.windowStart().getEpochSecond(); t < end; t += QUARTER_HOUR) {
      for (ArrivalModel.Team team : s.arrivals().teams()) {
        for (Tier line : Tier.values()) {
          long at = t;
          assertTrue(
              roster.agents().stream().anyMatch(a -> roster.mayAct(a, team.name(), line, at)),
              team.name() + " line " + line.number() + " at " + roster.local(at));
        }
      }
    }
  }

  @Test
  void defaultRosterStaffsEveryLineOfEveryTeamAroundTheClock() {
    assertStaffedAroundTheClock(GeneratorSettings.defaults());
  }

  @Test
  void smallestRosterStillStaffsEveryLineAroundTheClock() {
    GeneratorSettings tiny = GeneratorSettings.defaults().withTicketsPerWeek(10);
    assertStaffedAroundTheClock(tiny);
    Roster roster = roster(tiny);
    roster.headcount().values().forEach(n -> assertEquals(2, n));
  }

  @Test
  void defaultRosterHasTheConfiguredChanges() {
    Roster roster = roster(GeneratorSettings.defaults());
    assertEquals(3, roster.changes().stream().filter(c -> c.kind().equals("hire")).count());
    assertEquals(4, roster.changes().stream().filter(c -> c.kind().equals("leave")).count());
    assertEquals(3,
        roster.changes().stream().filter(c -> c.kind().equals("level_promotion")).count());
    assertEquals(2,
        roster.changes().stream().filter(c -> c.kind().equals("line_promotion")).count());
  }

  @Test
  void nobodyActsBeforeHireOrFromTheLeaveDateOn() {
    GeneratorSettings s = GeneratorSettings.defaults();
    Roster roster = roster(s);
    long end = s.exportTime().getEpochSecond();
    for (Agent a : roster.agents()) {
      for (long t = s.windowStart().getEpochSecond(); t < end; t += QUARTER_HOUR) {
        LocalDate day = roster.local(t).toLocalDate();
        if (!a.employedOn(day)) {
          for (Tier line : Tier.values()) {
            assertFalse(roster.mayAct(a, a.team(), line, t), a.id() + " on " + day);
          }
        }
      }
    }
  }

  @Test
  void careerHistoryStartsAtHireAndEveryStepChangesLevelOrLine() {
    for (Agent a : roster(GeneratorSettings.defaults()).agents()) {
      assertEquals(a.hireDate(), a.career().get(0).effectiveFrom(), a.id());
      for (int i = 1; i < a.career().size(); i++) {
        Agent.CareerStep before = a.career().get(i - 1);
        Agent.CareerStep step = a.career().get(i);
        assertTrue(step.effectiveFrom().isAfter(before.effectiveFrom()), a.id());
        assertTrue(step.level() != before.level() || step.tier() != before.tier(), a.id());
      }
    }
  }

  @Test
  void aPartTimerWorksTheFirstHoursOfTheShiftOnly() {
    LocalDate hired = LocalDate.of(2020, 1, 1);
    Agent halfDays = new Agent("agt-9999", "Test Agent", "test.agent@support.example.com",
        "billing", Shift.LATE, 0, 20, hired, null,
        List.of(new Agent.CareerStep(hired, Level.JUNIOR, Tier.LINE_1)), false);
    LocalDate working = LocalDate.of(2026, 9, 3); // epoch day mod 7 = 0: on with offset 0
    assertEquals(0, Math.floorMod(working.toEpochDay(), 7));
    assertTrue(Roster.onShift(halfDays, working.atTime(14, 0)));
    assertTrue(Roster.onShift(halfDays, working.atTime(17, 59)));
    assertFalse(Roster.onShift(halfDays, working.atTime(18, 0)));
    assertFalse(Roster.onShift(halfDays, working.atTime(13, 59)));
    assertFalse(Roster.onShift(halfDays, working.plusDays(5).atTime(15, 0)));
    assertFalse(Roster.onShift(halfDays, working.plusDays(6).atTime(15, 0)));
    assertTrue(Roster.onShift(halfDays, working.plusDays(7).atTime(15, 0)));
  }

  @Test
  void theNightShiftBelongsToTheDayItStarted() {
    LocalDate hired = LocalDate.of(2020, 1, 1);
    Agent night = new Agent("agt-9998", "Night Agent", "night.agent@support.example.com",
        "billing", Shift.NIGHT, 0, 40, hired, null,
        List.of(new Agent.CareerStep(hired, Level.JUNIOR, Tier.LINE_1)), false);
    LocalDate lastOn = LocalDate.of(2026, 9, 7); // epoch day mod 7 = 4; day 5 and 6 off
    assertEquals(4, Math.floorMod(lastOn.toEpochDay(), 7));
    assertTrue(Roster.onShift(night, lastOn.atTime(23, 0)));
    assertTrue(Roster.onShift(night, lastOn.plusDays(1).atTime(5, 59)));
    assertFalse(Roster.onShift(night, lastOn.plusDays(1).atTime(23, 0)));
  }
}
