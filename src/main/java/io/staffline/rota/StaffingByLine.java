package io.staffline.rota;

import io.staffline.tables.ParquetTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The staffing stage's {@code staffing_by_line} table (docs/pipeline.md) as the rota reads it:
 * {@code scheduled_agents} per {@code tier} and {@code interval_start} (UTC), and the week to plan.
 *
 * @param intervalMinutes the table's interval length
 * @param byLine line → interval start → scheduled agents
 */
public record StaffingByLine(int intervalMinutes, Map<Integer, Map<Instant, Integer>> byLine) {
  public static final String NAME = "staffing_by_line";
  public static final String INTERVAL_START = "interval_start";
  public static final String INTERVAL_MINUTES = "interval_minutes";
  public static final String TIER = "tier";
  public static final String SCHEDULED_AGENTS = "scheduled_agents";

  /** Reads {@code DIR/current/staffing_by_line}. */
  public static StaffingByLine read(Path staffingDir) {
    Path folder = staffingDir.resolve("current").resolve(NAME);
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no table " + NAME + " at " + folder + ": run staffline staffing first"
          + " (or give --requirements FILE.csv)");
    }
    Table t = ParquetTables.read(folder, Set.of(INTERVAL_START, INTERVAL_MINUTES, TIER, SCHEDULED_AGENTS));
    for (String c : new String[] {INTERVAL_START, INTERVAL_MINUTES, TIER, SCHEDULED_AGENTS}) {
      if (!t.columnNames().contains(c)) {
        throw new IllegalArgumentException(folder + ": column " + c + " missing (docs/pipeline.md)");
      }
    }
    Map<Integer, Map<Instant, Integer>> lines = new TreeMap<>();
    Integer minutes = null;
    for (int r = 0; r < t.rowCount(); r++) {
      String at = folder + " row " + (r + 1);
      Instant start = t.instantColumn(INTERVAL_START).get(r);
      int m = whole(t.column(INTERVAL_MINUTES), r, at);
      int tier = whole(t.column(TIER), r, at);
      int scheduled = whole(t.column(SCHEDULED_AGENTS), r, at);
      if (start == null) {
        throw new IllegalArgumentException(at + ": " + INTERVAL_START + " is empty");
      }
      if (minutes != null && m != minutes) {
        throw new IllegalArgumentException(at + ": " + INTERVAL_MINUTES + " " + m + " differs from " + minutes
            + " in earlier rows; one table holds one interval length");
      }
      if (scheduled < 0) {
        throw new IllegalArgumentException(at + ": " + SCHEDULED_AGENTS + " is negative (" + scheduled + ")");
      }
      minutes = m;
      if (lines.computeIfAbsent(tier, x -> new TreeMap<>()).put(start, scheduled) != null) {
        throw new IllegalArgumentException(at + ": line " + tier + " has two rows for " + start);
      }
    }
    if (minutes == null) {
      throw new IllegalArgumentException(folder + ": empty table");
    }
    return new StaffingByLine(minutes, lines);
  }

  /** The first week (Monday 00:00 to Sunday 24:00 in {@code zone}) every given line covers completely. */
  public Optional<LocalDate> firstCompleteWeek(ZoneId zone, Set<Integer> tiers) {
    Instant first = tiers.stream().map(t -> line(t).keySet().iterator().next()).min(Instant::compareTo).orElseThrow();
    Instant last = tiers.stream().map(t -> ((TreeMap<Instant, Integer>) line(t)).lastKey()).max(Instant::compareTo)
        .orElseThrow();
    for (LocalDate monday = WeekGrid.mondayOf(LocalDateTime.ofInstant(first, zone).toLocalDate());
        !monday.atStartOfDay(zone).toInstant().isAfter(last); monday = monday.plusWeeks(1)) {
      WeekGrid grid = new WeekGrid(zone, monday, intervalMinutes);
      if (tiers.stream().allMatch(t -> WeekRequirement.firstMissing(grid,
          WeekRequirement.withNextWeekForMissing(grid, line(t))).isEmpty())) {
        return Optional.of(monday);
      }
    }
    return Optional.empty();
  }

  /** The requirement of one line in the grid's week. */
  public WeekRequirement week(int tier, WeekGrid grid) {
    return WeekRequirement.fromInstants(tier, grid, line(tier));
  }

  public Set<Integer> tiers() {
    return byLine.keySet();
  }

  private Map<Instant, Integer> line(int tier) {
    Map<Instant, Integer> m = byLine.get(tier);
    if (m == null) {
      throw new IllegalArgumentException(NAME + " has no line " + tier + " (lines: " + byLine.keySet() + ")");
    }
    return m;
  }

  private static int whole(Column<?> column, int row, String at) {
    Object v = column.get(row);
    if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      throw new IllegalArgumentException(at + ": " + column.name() + " is not a whole number: " + v);
    }
    return n.intValue();
  }
}
