package io.staffline.sample;

/**
 * How the roster is built. Every team has agents on lines 1, 2 and 3 in three 8-hour shifts
 * (early 06–14, late 14–22, night 22–06 local), 5 days on and 2 off on a rotation. Each
 * (team, line, shift) gets {@code max(minPerShift, ceil(peak load * 7/5 / occupancy))} agents,
 * the peak load being the expected work of the busiest hour of the shift. The first
 * {@code minPerShift} agents of every shift have off-days that never coincide, are full-time,
 * stay the whole window and are never promoted: so every line of every team is staffed around
 * the clock. Part-timers are drawn among the others; the agents who leave, are promoted or are
 * hired during the window come on top of the sized headcount (so the counts below are exact).
 * Defaults are in {@link #defaults()}.
 *
 * @param occupancy target share of on-shift time spent on logged ticket work, for sizing
 * @param minPerShift agents per (team, line, shift) at least; 2 or more guarantees 24/7 cover
 * @param partTimeShare share of the sized non-core agents on 20 or 30 hours (4 or 6 h a day)
 * @param newHires agents hired on line 1 during the window
 * @param leavers agents (lines 1 and 2 alternately) leaving during the window
 * @param levelPromotions line-1 juniors promoted to middle during the window
 * @param linePromotions line-1 middles moved to line 2 during the window
 * @param contractors external agent ids ({@code ext-01}, ...) that are not in the roster
 */
public record RosterModel(
    double occupancy,
    int minPerShift,
    double partTimeShare,
    int newHires,
    int leavers,
    int levelPromotions,
    int linePromotions,
    int contractors) {

  public RosterModel {
    if (!(occupancy > 0 && occupancy <= 1)) {
      throw new IllegalArgumentException("roster.occupancy must be in (0, 1], not " + occupancy);
    }
    if (minPerShift < 2) {
      throw new IllegalArgumentException("roster.minPerShift must be at least 2 (one agent has two"
          + " days off a week; two with disjoint off-days cover every day), not " + minPerShift);
    }
    if (!(partTimeShare >= 0 && partTimeShare <= 1)) {
      throw new IllegalArgumentException("roster.partTimeShare must be in [0, 1]");
    }
    if (newHires < 0 || leavers < 0 || levelPromotions < 0 || linePromotions < 0) {
      throw new IllegalArgumentException("roster.newHires/leavers/levelPromotions/linePromotions"
          + " must be >= 0");
    }
    if (contractors < 1 || contractors > 99) {
      throw new IllegalArgumentException("roster.contractors must be in 1..99, not " + contractors);
    }
  }

  /** The documented defaults (docs/generator.md). */
  public static RosterModel defaults() {
    return new RosterModel(0.80, 2, 0.08, 3, 4, 3, 2, 8);
  }
}
