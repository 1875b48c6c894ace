package io.staffline.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.ingest.Progress;
import io.staffline.tables.ParquetTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The job end to end on a standalone CSV: the tables it commits are checked by recounting them
 * here from the rotation's shift texts — not with the model's own coverage code.
 */
class RotaJobTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
  static final int INTERVAL = 30;
  static final int WEEK = 7 * 48;
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
  static final String OPTIONS = """
      time_zone: Europe/Berlin
      minimum_on_duty: 1
      tours: {5on2off: WWWWWOO, panama: WWOOWWWOOWWOOO}
      shifts:
        - {name: day8, length_hours: 8, starts: ["07:00", "09:00", "14:00"], tours: [5on2off],
           breaks: [{minutes: 30, paid: false, start_within: "3:00-4:00"}]}
        - {name: night, length_hours: 12, starts: ["19:00"], tours: [panama],
           breaks: [{minutes: 30, paid: true, start_within: "5:00-6:00"}]}
      """;

  @TempDir static Path dir;
  static Map<String, Table> tables;

  /** 1 agent at night, 3 from 08:00 to 18:00 on weekdays, 2 at weekends. */
  static int required(int interval) {
    int hour = interval % 48 / 2;
    boolean weekend = interval / 48 >= 5;
    return hour >= 8 && hour < 18 ? (weekend ? 2 : 3) : 1;
  }

  @BeforeAll
  static void runTheJob() throws IOException {
    Path csv = dir.resolve("week.csv");
    List<String> rows = new ArrayList<>(List.of("interval_start,requirement"));
    for (int i = 0; i < WEEK; i++) {
      rows.add(MONDAY.atStartOfDay().plusMinutes((long) INTERVAL * i) + "," + required(i));
    }
    Files.write(csv, rows);
    RotaSettings settings = new RotaSettings(new RequirementSource.Csv(csv, 1),
        ShiftsConfig.parse(OPTIONS, "test"), Optional.empty(), Objective.AGENTS, false, Instances.LIMITS,
        dir.resolve("out"));
    RotaJob.Result r = new RotaJob(settings, CLOCK, Progress.silent()).run();
    tables = new HashMap<>();
    for (String t : r.tables().keySet()) {
      tables.put(t, ParquetTables.read(r.run().resolve(t)));
    }
  }

  @Test
  void theSummarySaysOptimalWithItsBounds() {
    Table s = tables.get(RotaTables.Summary.NAME);
    assertEquals(1, s.rowCount());
    assertEquals("OPTIMAL", s.stringColumn(RotaTables.Summary.STATUS).get(0));
    double value = s.doubleColumn(RotaTables.Summary.OBJECTIVE_VALUE).get(0);
    assertEquals(value, s.doubleColumn(RotaTables.Summary.BOUND).get(0), 1e-9);
    assertTrue(s.doubleColumn(RotaTables.Summary.LP_BOUND).get(0) <= value + 1e-9, "LP bound above the optimum");
    assertEquals(value, s.intColumn(RotaTables.Summary.AGENTS).get(0), 1e-9);
    assertEquals(sum(tables.get(RotaTables.Patterns.NAME).intColumn(RotaTables.Patterns.HEADCOUNT)),
        s.intColumn(RotaTables.Summary.AGENTS).get(0));
  }

  /** Coverage recounted from week 1 of the rotation (every slot's shift texts) equals rota_coverage. */
  @Test
  void coverageRecountedFromTheRotationEqualsTheCoverageTable() {
    int[] recount = coverageOfWeek(1);
    Table c = tables.get(RotaTables.Coverage.NAME);
    assertEquals(WEEK, c.rowCount());
    for (int r = 0; r < c.rowCount(); r++) {
      int i = slotOf(c.instantColumn(RotaTables.Coverage.INTERVAL_START).get(r));
      int covered = c.intColumn(RotaTables.Coverage.COVERED).get(r);
      int needed = c.intColumn(RotaTables.Coverage.REQUIRED).get(r);
      assertEquals(recount[i], covered, "interval " + i);
      assertEquals(Math.max(required(i), 1), needed, "interval " + i);
      assertEquals(Math.max(0, covered - needed), c.intColumn(RotaTables.Coverage.OVER).get(r));
      assertEquals(Math.max(0, needed - covered), c.intColumn(RotaTables.Coverage.UNDER).get(r));
      assertTrue(covered >= needed, "a hard-coverage plan is short at " + i);
    }
  }

  /** Every week of the cycle staffs the same shifts (day and text, with multiplicity) as week 1. */
  @Test
  void everyWeekOfTheRotationIsThePlansWeek() {
    Table rot = tables.get(RotaTables.RotationRows.NAME);
    int weeks = rot.intColumn(RotaTables.RotationRows.WEEK).asList().stream().mapToInt(Integer::intValue).max().orElseThrow();
    int slots = tables.get(RotaTables.Fairness.NAME).rowCount();
    assertEquals(slots, weeks, "a kind's cycle lasts as many weeks as it has slots");
    Map<String, Integer> first = shiftsOfWeek(1);
    for (int w = 2; w <= weeks; w++) {
      assertEquals(first, shiftsOfWeek(w), "week " + w);
    }
    assertEquals(slots * weeks * 7, rot.rowCount());
  }

  /** Nights and weekend days per slot, recounted from the rotation, are equal for all slots and match rota_fairness. */
  @Test
  void everySlotWorksTheSameNightsAndWeekendsOverTheCycle() {
    Table rot = tables.get(RotaTables.RotationRows.NAME);
    Map<Integer, int[]> bySlot = new TreeMap<>();
    for (int r = 0; r < rot.rowCount(); r++) {
      String shift = rot.stringColumn(RotaTables.RotationRows.SHIFT).get(r);
      if (shift.equals(Rotation.OFF)) {
        continue;
      }
      int[] counts = bySlot.computeIfAbsent(rot.intColumn(RotaTables.RotationRows.SLOT).get(r), s -> new int[3]);
      int[] span = span(shift);
      counts[0]++;
      // Night: more than 120 minutes of the span in 23:00–06:00 (the span starts on its day).
      counts[1] += nightMinutes(span[0], span[1]) > 120 ? 1 : 0;
      String day = rot.stringColumn(RotaTables.RotationRows.DAY).get(r);
      counts[2] += day.equals("SAT") || day.equals("SUN") ? 1 : 0;
    }
    int[] first = bySlot.values().iterator().next();
    assertTrue(first[1] > 0, "the instance has night shifts");
    Table f = tables.get(RotaTables.Fairness.NAME);
    for (int r = 0; r < f.rowCount(); r++) {
      int[] mine = bySlot.get(f.intColumn(RotaTables.Fairness.SLOT).get(r));
      assertEquals(first[1], mine[1], "nights");
      assertEquals(first[2], mine[2], "weekend days");
      assertEquals(mine[1], f.intColumn(RotaTables.Fairness.NIGHTS).get(r));
      assertEquals(mine[2], f.intColumn(RotaTables.Fairness.WEEKEND_DAYS).get(r));
      assertEquals((double) mine[1] / mine[0], f.doubleColumn(RotaTables.Fairness.NIGHT_SHARE).get(r), 1e-12);
      assertEquals(mine[2] / (2.0 * f.rowCount()), f.doubleColumn(RotaTables.Fairness.WEEKEND_SHARE).get(r), 1e-12);
    }
  }

  private static int[] coverageOfWeek(int week) {
    Table rot = tables.get(RotaTables.RotationRows.NAME);
    int[] c = new int[WEEK];
    List<String> days = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    for (int r = 0; r < rot.rowCount(); r++) {
      String shift = rot.stringColumn(RotaTables.RotationRows.SHIFT).get(r);
      if (rot.intColumn(RotaTables.RotationRows.WEEK).get(r) != week || shift.equals(Rotation.OFF)) {
        continue;
      }
      int day = days.indexOf(rot.stringColumn(RotaTables.RotationRows.DAY).get(r));
      int[] span = span(shift);
      List<int[]> breaks = breaks(shift);
      for (int m = span[0]; m < span[1]; m += INTERVAL) {
        int minute = m;
        if (breaks.stream().noneMatch(b -> minute >= b[0] && minute < b[1])) {
          c[Math.floorMod(day * 48 + m / INTERVAL, WEEK)]++;
        }
      }
    }
    return c;
  }

  private static Map<String, Integer> shiftsOfWeek(int week) {
    Table rot = tables.get(RotaTables.RotationRows.NAME);
    Map<String, Integer> m = new TreeMap<>();
    for (int r = 0; r < rot.rowCount(); r++) {
      if (rot.intColumn(RotaTables.RotationRows.WEEK).get(r) == week) {
        m.merge(rot.stringColumn(RotaTables.RotationRows.DAY).get(r) + " " + rot.stringColumn(RotaTables.RotationRows.SHIFT).get(r),
            1, Integer::sum);
      }
    }
    return m;
  }

  /** Minutes after the day's midnight of {@code HH:mm-HH:mm}; an end at or before the start is the next day. */
  private static int[] span(String shift) {
    Matcher m = java.util.regex.Pattern.compile("^(\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)").matcher(shift);
    assertTrue(m.find(), shift);
    int from = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    int to = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
    return new int[] {from, to <= from ? to + 1440 : to};
  }

  /** The {@code break HH:mm-HH:mm} parts, placed on the shift's span. */
  private static List<int[]> breaks(String shift) {
    int[] span = span(shift);
    List<int[]> out = new ArrayList<>();
    Matcher m = java.util.regex.Pattern.compile("(\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)").matcher(shift);
    m.find();
    while (m.find()) {
      int from = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
      int to = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
      // A break lies inside its shift: move it to the shift's day or the next.
      from += from < span[0] ? 1440 : 0;
      to += to < from % 1440 ? 1440 : 0;
      to += from - from % 1440;
      out.add(new int[] {from, to});
    }
    return out;
  }

  private static int nightMinutes(int from, int to) {
    int n = 0;
    for (int m = from; m < to; m++) {
      int clock = Math.floorMod(m, 1440);
      n += clock >= 23 * 60 || clock < 6 * 60 ? 1 : 0;
    }
    return n;
  }

  private static int slotOf(Instant start) {
    LocalDateTime local = LocalDateTime.ofInstant(start, BERLIN);
    return (int) (java.time.Duration.between(MONDAY.atStartOfDay(), local).toMinutes() / INTERVAL);
  }

  private static int sum(IntColumn c) {
    return c.asList().stream().mapToInt(Integer::intValue).sum();
  }
}
