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
  public static WeekRequirement fromInstants(int tier, WeekGrid grid, Map<Instant, Integer> byInstant) {
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
