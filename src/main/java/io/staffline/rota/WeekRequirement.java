package io.staffline.rota;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Agents required in each interval of one line's planned week.
 *
 * @param tier the line (0: a requirement given without a line)
 * @param grid the week
 * @param required per interval of the grid, ≥ 0
 */
public record WeekRequirement(int tier, WeekGrid grid, int[] required) {
  public WeekRequirement {
    if (required.length != grid.intervals()) {
      throw new IllegalArgumentException("a week of " + grid.intervalMinutes() + "-minute intervals has "
          + grid.intervals() + " intervals, not " + required.length);
    }
    required = required.clone();
  }

  @Override
  public int[] required() {
    return required.clone();
  }

  public int required(int interval) {
    return required[interval];
  }

  /**
   * From requirements by wall-clock interval start. Every interval of the week must be given; times
   * outside the week are ignored.
   *
   * @throws IllegalArgumentException naming the first missing interval
   */
  public static WeekRequirement fromLocal(int tier, WeekGrid grid, Map<LocalDateTime, Integer> byLocal) {
    int[] r = new int[grid.intervals()];
    Arrays.fill(r, -1);
    byLocal.forEach((local, value) -> {
      int slot = grid.slotOf(local);
      if (slot >= 0) {
        r[slot] = value;
      }
    });
    return complete(tier, grid, r);
  }

  /**
   * From requirements by interval start instant, placed on the planning zone's wall clock. A
   * repeated hour (clocks go back) maps two instants to one slot: the slot takes the larger
   * requirement. A skipped hour (clocks go forward) has no instant: its slots take the requirement
   * of the instant their wall-clock time moves forward to.
   */
  public static WeekRequirement fromInstants(int tier, WeekGrid grid, Map<Instant, Integer> given) {
    Map<Instant, Integer> byInstant = withNextWeekForMissing(grid, given);
    Optional<String> missing = firstMissing(grid, byInstant);
    if (missing.isPresent()) {
      throw new IllegalArgumentException("line " + tier + ": no requirement for " + missing.get()
          + " in week " + grid.isoWeek());
    }
    int[] r = new int[grid.intervals()];
    Arrays.fill(r, -1);
    byInstant.forEach((instant, value) -> {
      if (!instant.isBefore(grid.start()) && instant.isBefore(grid.end())) {
        int slot = grid.slotOf(LocalDateTime.ofInstant(instant, grid.zone()));
        r[slot] = Math.max(r[slot], value);
      }
    });
    for (int i = 0; i < r.length; i++) {
      if (grid.inGap(i)) {
        r[i] = byInstant.get(grid.instant(i));
      }
    }
    return complete(tier, grid, r);
  }

  /** The widest gap a planning zone's week can open before a UTC-aligned table: UTC+14. */
  static final java.time.Duration MAX_ZONE_LEAD = java.time.Duration.ofHours(14);

  /**
   * The rota plans a repeating week, so the first hours of the planned week may take the
   * requirement of the same instant one week later when the table starts after them: a planning
   * zone east of UTC starts its week before the staffing stage's first UTC interval (Berlin's
   * Monday 00:00 is Sunday 23:00 UTC). Only a gap at the very start, before the table's first
   * interval and at most {@link #MAX_ZONE_LEAD} long, is filled; any other missing interval stays
   * an error.
   */
  static Map<Instant, Integer> withNextWeekForMissing(WeekGrid grid, Map<Instant, Integer> byInstant) {
    if (byInstant.isEmpty()) {
      return byInstant;
    }
    Instant first = byInstant.keySet().stream().min(Instant::compareTo).orElseThrow();
    if (!first.isAfter(grid.start()) || first.isAfter(grid.start().plus(MAX_ZONE_LEAD))) {
      return byInstant;
    }
    Map<Instant, Integer> filled = new java.util.HashMap<>(byInstant);
    for (Instant t = grid.start(); t.isBefore(first); t = t.plusSeconds(grid.intervalMinutes() * 60L)) {
      Integer nextWeek = byInstant.get(t.plus(java.time.Duration.ofDays(7)));
      if (nextWeek == null) {
        return byInstant;
      }
      filled.put(t, nextWeek);
    }
    return filled;
  }

  /** The first interval of the week (as instant and local time) the map lacks, if any. */
  public static Optional<String> firstMissing(WeekGrid grid, Map<Instant, Integer> byInstant) {
    for (Instant t = grid.start(); t.isBefore(grid.end()); t = t.plusSeconds(grid.intervalMinutes() * 60L)) {
      if (!byInstant.containsKey(t)) {
        return Optional.of(t + " (" + LocalDateTime.ofInstant(t, grid.zone()) + " " + grid.zone() + ")");
      }
    }
    return Optional.empty();
  }

  private static WeekRequirement complete(int tier, WeekGrid grid, int[] r) {
    for (int i = 0; i < r.length; i++) {
      if (r[i] < 0) {
        throw new IllegalArgumentException((tier == 0 ? "" : "line " + tier + ": ") + "no requirement for "
            + grid.localStart(i) + " (week " + grid.isoWeek() + ", " + grid.zone() + ")");
      }
    }
    return new WeekRequirement(tier, grid, r);
  }
}
