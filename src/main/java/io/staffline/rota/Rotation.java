package io.staffline.rota;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cyclic rotation of a plan (docs/rota.md §rotation). For each agent kind, the plan's weekly
 * roster is a list of H week rows — one per agent: the week the pattern gives that crew member.
 * Slot s (0 … H−1) works row (s + w − 1) mod H in week w = 1 … H, so
 * <ul>
 *   <li>every week of the cycle staffs every row exactly once: it is the plan's weekly roster, with
 *       the plan's coverage;</li>
 *   <li>every slot works every row exactly once per cycle: all slots of a kind have the same
 *       totals of shifts, nights and weekend days.</li>
 * </ul>
 * Slots rotate within their kind only, so the level rules hold every week. The guarantees hold
 * for any order of the rows; the order ({@link #rows}) is chosen greedily to keep 11 hours' rest
 * and at most 6 working days in a row where a slot changes row. That part is a heuristic: the
 * shortest rest and longest run along the cycle are reported ({@link CycleStats}).
 */
public final class Rotation {
  private Rotation() {}

  /** One agent's week in the roster: crew member {@code member} of a pattern. */
  public record WeekRow(Pattern pattern, int member) {
    public boolean works(int day) {
      return pattern.works(member, day);
    }

    /** The shift starting on {@code day} (0 = Monday), or {@code off}. */
    public String shift(int day) {
      return works(day) ? pattern.shiftText() : OFF;
    }
  }

  public static final String OFF = "off";

  /**
   * The rotation of one kind.
   *
   * @param kind the agents' kind
   * @param firstSlot number of its first slot (slots are numbered from 1 within a line)
   * @param rows the weekly roster, in rotation order; the cycle lasts {@code rows.size()} weeks
   */
  public record KindCycle(AgentKind kind, int firstSlot, List<WeekRow> rows) {
    public KindCycle {
      rows = List.copyOf(rows);
    }

    public int slots() {
      return rows.size();
    }

    public int weeks() {
      return rows.size();
    }

    /** The row slot {@code index} (0-based within the kind) works in {@code week} (1-based). */
    public WeekRow row(int index, int week) {
      return rows.get(Math.floorMod(index + week - 1, rows.size()));
    }
  }

  /**
   * One slot's totals over its cycle.
   *
   * @param shifts shifts worked
   * @param nights night shifts ({@link NightRule})
   * @param weekendDays shifts starting on a Saturday or Sunday
   * @param weeks the cycle's length
   */
  public record SlotFairness(AgentKind kind, int slot, int shifts, int nights, int weekendDays, int weeks) {
    /** Nights ÷ shifts (0 without shifts). */
    public double nightShare() {
      return shifts == 0 ? 0 : (double) nights / shifts;
    }

    /** Weekend days worked ÷ weekend days in the cycle (2 per week). */
    public double weekendShare() {
      return weeks == 0 ? 0 : weekendDays / (2.0 * weeks);
    }
  }

  /**
   * What working a kind's cycle means for rest: the same for each of its slots.
   *
   * @param minRestMinutes shortest time between the end of a shift and the start of the next
   * @param maxConsecutiveDays longest run of days with a shift starting
   */
  public record CycleStats(AgentKind kind, int minRestMinutes, int maxConsecutiveDays) {}

  /** One cycle per kind of the plan's problem that has agents, slots numbered per line. */
  public static List<KindCycle> build(RotaPlan plan) {
    List<KindCycle> cycles = new ArrayList<>();
    java.util.Map<Integer, Integer> nextSlot = new java.util.HashMap<>();
    for (AgentKind kind : plan.problem().kinds()) {
      List<WeekRow> rows = rows(plan.assignments(kind));
      if (rows.isEmpty()) {
        continue;
      }
      int first = nextSlot.getOrDefault(kind.tier(), 1);
      cycles.add(new KindCycle(kind, first, rows));
      nextSlot.put(kind.tier(), first + rows.size());
    }
    return cycles;
  }

  /** Daily rest the ordering tries to keep between one row's last shift and the next row's first (EU: 11 h). */
  static final int MIN_DAILY_REST_MINUTES = 11 * 60;
  /** Working days in a row the ordering tries not to exceed across a change of row. */
  static final int MAX_RUN_DAYS = 6;

  /**
   * The roster's rows in rotation order. Any order gives the guarantees of the class comment;
   * the order only decides rest and runs of days where a slot moves to its next row. Rows start
   * sorted by start time, length, tour and phase (a crew's members together); then, greedily from
   * each distinct row, each next row is the one with the smallest transition penalty (rest below
   * 11 h, runs above 6 days; ties: the earliest in the sorted order), and the cycle with the
   * smallest total penalty — the last row's move back to the first included — is kept.
   */
  static List<WeekRow> rows(List<RotaPlan.Assignment> assignments) {
    List<WeekRow> sorted = new ArrayList<>();
    assignments.stream()
        .sorted(Comparator.comparingInt((RotaPlan.Assignment a) -> a.pattern().startMinute())
            .thenComparingInt(a -> a.pattern().lengthMinutes())
            .thenComparing(a -> a.pattern().tour().name())
            .thenComparingInt(a -> a.pattern().phase())
            .thenComparing(a -> a.pattern().id()))
        .forEach(a -> {
          for (int crew = 0; crew < a.crews(); crew++) {
            for (int member = 0; member < a.pattern().crewSize(); member++) {
              sorted.add(new WeekRow(a.pattern(), member));
            }
          }
        });
    List<WeekRow> best = null;
    long bestPenalty = Long.MAX_VALUE;
    java.util.Set<WeekRow> triedStarts = new java.util.HashSet<>();
    for (int start = 0; start < sorted.size() && bestPenalty > 0; start++) {
      if (triedStarts.add(sorted.get(start))) {
        List<WeekRow> order = greedyFrom(sorted, start);
        long penalty = cyclePenalty(order);
        if (penalty < bestPenalty) {
          best = order;
          bestPenalty = penalty;
        }
      }
    }
    return best == null ? List.of() : best;
  }

  /** From row {@code start}, each next row the one with the smallest transition penalty (ties: earliest). */
  private static List<WeekRow> greedyFrom(List<WeekRow> sorted, int start) {
    List<WeekRow> order = new ArrayList<>();
    boolean[] used = new boolean[sorted.size()];
    used[start] = true;
    order.add(sorted.get(start));
    for (int current = start; order.size() < sorted.size(); ) {
      int next = -1;
      long nextPenalty = Long.MAX_VALUE;
      for (int candidate = 0; candidate < sorted.size() && nextPenalty > 0; candidate++) {
        if (!used[candidate]) {
          long penalty = transitionPenalty(sorted.get(current), sorted.get(candidate));
          if (penalty < nextPenalty) {
            next = candidate;
            nextPenalty = penalty;
          }
        }
      }
      used[next] = true;
      order.add(sorted.get(next));
      current = next;
    }
    return order;
  }

  /** Σ transition penalties around the cycle, the last row back to the first included. */
  static long cyclePenalty(List<WeekRow> order) {
    long sum = 0;
    for (int i = 0; i < order.size(); i++) {
      sum += transitionPenalty(order.get(i), order.get((i + 1) % order.size()));
    }
    return sum;
  }

  /** 0 when moving from {@code a} one week to {@code b} the next keeps 11 h rest and at most 6 days in a row. */
  static long transitionPenalty(WeekRow a, WeekRow b) {
    int lastDay = -1;
    int firstDay = -1;
    for (int d = 0; d < Tour.WEEK_DAYS; d++) {
      lastDay = a.works(d) ? d : lastDay;
      firstDay = firstDay < 0 && b.works(d) ? d : firstDay;
    }
    if (lastDay < 0 || firstDay < 0) {
      return 0;
    }
    int lastEnd = lastDay * WeekGrid.MINUTES_PER_DAY + a.pattern().startMinute() + a.pattern().lengthMinutes();
    int nextStart = (Tour.WEEK_DAYS + firstDay) * WeekGrid.MINUTES_PER_DAY + b.pattern().startMinute();
    long restShort = Math.max(0, MIN_DAILY_REST_MINUTES - (nextStart - lastEnd));
    int run = trailingDays(a) + leadingDays(b);
    boolean joined = lastDay == Tour.WEEK_DAYS - 1 && firstDay == 0;
    long runLong = joined ? Math.max(0, run - MAX_RUN_DAYS) : 0;
    return restShort * 1000 + runLong;
  }

  private static int trailingDays(WeekRow row) {
    int n = 0;
    for (int d = Tour.WEEK_DAYS - 1; d >= 0 && row.works(d); d--) {
      n++;
    }
    return n;
  }

  private static int leadingDays(WeekRow row) {
    int n = 0;
    for (int d = 0; d < Tour.WEEK_DAYS && row.works(d); d++) {
      n++;
    }
    return n;
  }

  /** Slot {@code index}'s totals over the cycle. */
  public static SlotFairness fairness(KindCycle cycle, int index, NightRule nights) {
    int shifts = 0;
    int nightShifts = 0;
    int weekend = 0;
    for (int week = 1; week <= cycle.weeks(); week++) {
      WeekRow row = cycle.row(index, week);
      for (int day = 0; day < Tour.WEEK_DAYS; day++) {
        if (row.works(day)) {
          shifts++;
          nightShifts += nights.isNight(row.pattern().startMinute(), row.pattern().lengthMinutes()) ? 1 : 0;
          DayOfWeek dow = DayOfWeek.MONDAY.plus(day);
          weekend += dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? 1 : 0;
        }
      }
    }
    return new SlotFairness(cycle.kind(), cycle.firstSlot() + index, shifts, nightShifts, weekend, cycle.weeks());
  }

  /** Rest and runs of working days along the cycle (slot 0; every slot works the same cycle shifted). */
  public static CycleStats stats(KindCycle cycle) {
    List<int[]> shifts = new ArrayList<>();
    boolean[] working = new boolean[cycle.weeks() * Tour.WEEK_DAYS];
    for (int week = 1; week <= cycle.weeks(); week++) {
      WeekRow row = cycle.row(0, week);
      for (int day = 0; day < Tour.WEEK_DAYS; day++) {
        if (row.works(day)) {
          int absoluteDay = (week - 1) * Tour.WEEK_DAYS + day;
          int start = absoluteDay * WeekGrid.MINUTES_PER_DAY + row.pattern().startMinute();
          shifts.add(new int[] {start, start + row.pattern().lengthMinutes()});
          working[absoluteDay] = true;
        }
      }
    }
    int cycleMinutes = working.length * WeekGrid.MINUTES_PER_DAY;
    int minRest = Integer.MAX_VALUE;
    for (int s = 0; s < shifts.size(); s++) {
      int[] next = shifts.get((s + 1) % shifts.size());
      int nextStart = next[0] + (s + 1 == shifts.size() ? cycleMinutes : 0);
      minRest = Math.min(minRest, nextStart - shifts.get(s)[1]);
    }
    return new CycleStats(cycle.kind(), shifts.isEmpty() ? 0 : minRest, longestCyclicRun(working));
  }

  private static int longestCyclicRun(boolean[] working) {
    int best = 0;
    int run = 0;
    for (int i = 0; i < 2 * working.length; i++) {
      run = working[i % working.length] ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return Math.min(best, working.length);
  }
}
