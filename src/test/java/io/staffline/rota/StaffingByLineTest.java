package io.staffline.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.ingest.Progress;
import io.staffline.tables.ParquetTables;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** Reading the staffing stage's staffing_by_line: the contract's columns, UTC to the planning week. */
class StaffingByLineTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** Sunday noon UTC: the first complete Berlin week starts Monday 2026-11-16 00:00 CET = 15th 23:00Z. */
  static final Instant FIRST = Instant.parse("2026-11-15T12:00:00Z");
  static final int HOURS = 24 * 14;

  /** Scheduled agents = the UTC hour of the interval (line 1) or 1 (line 3). */
  static Path staffing(Path dir) {
    Table t = Table.create(StaffingByLine.NAME, InstantColumn.create("as_of"), InstantColumn.create(StaffingByLine.INTERVAL_START),
        IntColumn.create(StaffingByLine.INTERVAL_MINUTES), IntColumn.create(StaffingByLine.TIER),
        DoubleColumn.create("required_fractional"), IntColumn.create("required_agents"), DoubleColumn.create("shrinkage"),
        IntColumn.create(StaffingByLine.SCHEDULED_AGENTS));
    for (int tier : new int[] {1, 3}) {
      for (int h = 0; h < HOURS; h++) {
        Instant start = FIRST.plusSeconds(3600L * h);
        int scheduled = tier == 1 ? start.atZone(ZoneOffset.UTC).getHour() : 1;
        t.instantColumn("as_of").append(FIRST);
        t.instantColumn(StaffingByLine.INTERVAL_START).append(start);
        t.intColumn(StaffingByLine.INTERVAL_MINUTES).append(60);
        t.intColumn(StaffingByLine.TIER).append(tier);
        t.doubleColumn("required_fractional").append(scheduled * 0.7);
        t.intColumn("required_agents").append(scheduled);
        t.doubleColumn("shrinkage").append(0.3);
        t.intColumn(StaffingByLine.SCHEDULED_AGENTS).append(scheduled);
      }
    }
    ParquetTables.write(t, dir.resolve("current").resolve(StaffingByLine.NAME));
    return dir;
  }

  @Test
  void theFirstCompleteLocalWeekIsPickedAndUtcStartsMoveToTheWallClock(@TempDir Path dir) {
    StaffingByLine s = StaffingByLine.read(staffing(dir));
    assertEquals(Optional.of(LocalDate.of(2026, 11, 16)), s.firstCompleteWeek(BERLIN, Set.of(1, 3)));
    WeekRequirement line1 = s.week(1, new WeekGrid(BERLIN, LocalDate.of(2026, 11, 16), 60));
    // Monday 00:00 CET = Sunday 23:00Z; Monday 08:00 CET = 07:00Z.
    assertEquals(23, line1.required(0));
    assertEquals(7, line1.required(8));
  }

  @Test
  void aWeekWithoutEveryIntervalIsRefusedNamingTheFirstMissing(@TempDir Path dir) {
    StaffingByLine s = StaffingByLine.read(staffing(dir));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.week(1, new WeekGrid(BERLIN, LocalDate.of(2026, 11, 9), 60)));
    assertEquals("line 1: no requirement for 2026-11-08T23:00:00Z (2026-11-09T00:00 Europe/Berlin) in week 2026-W46",
        e.getMessage());
  }

  /**
   * A table starting Monday 00:00 UTC (the forecast's as-of) lacks Berlin's first hour of the week,
   * Sunday 23:00Z: it takes the requirement of Sunday 23:00Z a week later (hour 23 → 23 agents).
   */
  @Test
  void theFirstHoursOfAZoneAheadOfUtcComeFromTheSameTimeNextWeek(@TempDir Path dir) {
    Path full = staffing(dir.resolve("full"));
    Table t = ParquetTables.read(full.resolve("current").resolve(StaffingByLine.NAME));
    Table fromMonday = t.where(t.instantColumn(StaffingByLine.INTERVAL_START).isAfter(
        Instant.parse("2026-11-15T23:30:00Z")));
    ParquetTables.write(fromMonday, dir.resolve("monday").resolve("current").resolve(StaffingByLine.NAME));
    StaffingByLine s = StaffingByLine.read(dir.resolve("monday"));
    assertEquals(Optional.of(LocalDate.of(2026, 11, 16)), s.firstCompleteWeek(BERLIN, Set.of(1, 3)));
    WeekRequirement line1 = s.week(1, new WeekGrid(BERLIN, LocalDate.of(2026, 11, 16), 60));
    assertEquals(23, line1.required(0));
    assertEquals(0, line1.required(1));
  }

  /** Lines 1 and 3, one solve each; line 3 needs one agent around the clock: 3 eight-hour daily shifts. */
  @Test
  void theJobPlansEachLineOfTheStagingTable(@TempDir Path dir) {
    ShiftOptions o = ShiftsConfig.parse("""
        time_zone: Europe/Berlin
        tours: {daily: W}
        shifts: [{name: eight, length_hours: 8, starts: ["00:00", "08:00", "16:00"], tours: [daily]}]
        """, "test");
    RotaSettings settings = new RotaSettings(new RequirementSource.Staffing(staffing(dir), Optional.empty(), Optional.empty()),
        o, Optional.empty(), Objective.AGENTS, false, Instances.LIMITS, dir.resolve("out"));
    RotaJob.Result r = new RotaJob(settings, Clock.fixed(FIRST, ZoneOffset.UTC), Progress.silent()).run();
    assertEquals("2026-W47", r.grid().isoWeek());
    assertEquals(List.of(1, 3), r.solves().stream().map(x -> x.problem().summaryTier()).toList());
    assertEquals(3, r.solves().get(1).plan().agents());
    Table summary = ParquetTables.read(r.run().resolve(RotaTables.Summary.NAME));
    assertEquals(List.of(1, 3), summary.intColumn(RotaTables.TIER).asList());
    assertTrue(r.run().getFileName().toString().startsWith("20261115T120000Z"), r.run().toString());
  }
}
