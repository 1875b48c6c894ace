package io.staffline.report.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.ingest.Lake;
import io.staffline.metrics.calendar.CalendarsConfig;
import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.report.IsoWeek;
import io.staffline.staffing.ForecastInput;
import io.staffline.staffing.ForecastTable;
import io.staffline.staffing.StaffingConfig;
import io.staffline.staffing.StaffingJob;
import io.staffline.staffing.StaffingSettings;
import io.staffline.staffing.StaffingTables;
import io.staffline.tables.ParquetTables;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The what-if baseline is what the staffing stage produced: the real {@link StaffingJob} with the
 * bundled jobs/staffing.yaml (phone on Erlang A with an abandonment target and an occupancy cap,
 * chat by two, e-mail and every channel of lines 2 and 3 as deferred work in business hours) and
 * jobs/calendars.yaml, on a two-week forecast; then the what-if on the same forecast, and the
 * scenarios' directions.
 */
class WhatIfBaselineTest {
  static final StaffingConfig BUNDLED = StaffingConfig.load(StaffingConfig.DEFAULT_FILE);
  static final TeamCalendars CALENDARS = CalendarsConfig.load(Path.of("jobs", "calendars.yaml")).toTeamCalendars();
  /** The forecast starts on Monday 2026-11-30 and runs two weeks; the first is planned. */
  static final IsoWeek WEEK = IsoWeek.of(ForecastTable.AS_OF);
  static final Clock RUN_CLOCK = Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path dir;
  static Map<Integer, LineTotals> staffed;
  static WhatIf.Outcomes outcomes;

  /** Contacts in a half-hour: weekdays 07:00–17:00 UTC (the Berlin office's hours), a midday peak. */
  static double profile(Instant at, double peak) {
    var t = at.atZone(ZoneOffset.UTC);
    int halfHour = t.getHour() * 2 + t.getMinute() / 30;
    if (t.getDayOfWeek().getValue() > 5 || halfHour < 14 || halfHour >= 34) {
      return 0;
    }
    return Math.round(peak * (1 - Math.abs(halfHour - 23) / 12.0) * 10) / 10.0;
  }

  static ForecastTable twoWeeks() {
    ForecastTable t = new ForecastTable();
    for (Instant at = WEEK.start(); at.isBefore(WEEK.plusWeeks(2).start()); at = at.plus(Duration.ofMinutes(30))) {
      t.row("billing", "phone", 1, at, 30, ForecastTable.DIRECT, profile(at, 60), 300.0);
      t.row("billing", "chat", 1, at, 30, ForecastTable.DIRECT, profile(at, 12), 700.0);
      t.row("billing", "email", 1, at, 30, ForecastTable.DIRECT, profile(at, 8), 450.0);
      t.row("billing", "phone", 2, at, 30, ForecastTable.CASCADE, profile(at, 3), 1500.0);
      // No handle time: lines.3.channels.email.default_aht_seconds (3,650 s) stands in.
      t.row("technical", "email", 3, at, 30, ForecastTable.CASCADE, profile(at, 1), null);
    }
    return t;
  }

  @BeforeAll
  static void runTheStaffingStageThenTheWhatIf() {
    Path forecast = twoWeeks().commit(dir.resolve("forecast"));
    new StaffingJob(new StaffingSettings(forecast, dir.resolve("staffing"), BUNDLED, CALENDARS), RUN_CLOCK).run();
    staffed = LineTotals.of(ParquetTables.read(dir.resolve("staffing").resolve(Lake.CURRENT)
        .resolve(StaffingTables.BY_LINE)), WEEK);
    outcomes = WhatIf.run(ForecastInput.read(forecast, BUNDLED), BUNDLED, CALENDARS, WEEK.start(), WEEK.end(),
        Scenario.standard());
  }

  static Map<Integer, LineTotals> scenario(String name) {
    Map<Integer, LineTotals> lines = new TreeMap<>();
    outcomes.lines().stream().filter(o -> o.scenario().name().equals(name))
        .forEach(o -> lines.put(o.tier(), o.totals()));
    return lines;
  }

  @Test
  void theBaselineOfEveryLineIsStaffingByLine() {
    assertEquals(3, staffed.size());
    assertEquals(staffed, scenario("Baseline"));
  }

  @Test
  void aHigherServiceLevelNeedsMoreAgentsOnTheLiveLineALowerFewer() {
    double base = scenario("Baseline").get(1).requiredHours();
    assertTrue(scenario("Service level +5 pts").get(1).requiredHours() > base);
    assertTrue(scenario("Service level −5 pts").get(1).requiredHours() < base);
  }

  @Test
  void theServiceLevelLeavesDeferredWorkAsItIs() {
    // Lines 2 and 3 are backlog on every channel: a response target, no service level.
    for (String name : new String[] {"Service level +5 pts", "Service level −5 pts"}) {
      assertEquals(staffed.get(2), scenario(name).get(2), name);
      assertEquals(staffed.get(3), scenario(name).get(3), name);
    }
  }

  @Test
  void moreShrinkageSchedulesMoreAgentsAndNeedsTheSameRequired() {
    for (int line = 1; line <= 3; line++) {
      LineTotals base = staffed.get(line);
      LineTotals more = scenario("Shrinkage +5 pts").get(line);
      assertEquals(base.requiredHours(), more.requiredHours(), "line " + line);
      assertTrue(more.scheduledHours() >= base.scheduledHours(), "line " + line);
    }
    assertTrue(scenario("Shrinkage +5 pts").get(1).scheduledHours() > staffed.get(1).scheduledHours());
    assertTrue(scenario("Shrinkage −5 pts").get(1).scheduledHours() < staffed.get(1).scheduledHours());
  }

  @Test
  void longerHandleTimesNeedMoreAgentsShorterFewer() {
    for (int line = 1; line <= 3; line++) {
      assertTrue(scenario("Handle time +10%").get(line).requiredHours() >= staffed.get(line).requiredHours());
      assertTrue(scenario("Handle time −10%").get(line).requiredHours() <= staffed.get(line).requiredHours());
    }
    assertTrue(scenario("Handle time +10%").get(1).requiredHours() > staffed.get(1).requiredHours());
    assertTrue(scenario("Handle time −10%").get(1).requiredHours() < staffed.get(1).requiredHours());
  }
}
