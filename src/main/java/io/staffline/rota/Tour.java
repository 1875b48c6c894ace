package io.staffline.rota;

/**
 * A tour: which days of a repeating cycle an agent works, e.g. {@code WWWWWOO} (5 on, 2 off) or the
 * 14-day Panama {@code WWOOWWWOOWWOOO}. Day 0 of the cycle is a working day.
 *
 * <p>A cycle longer than a week is worked by a <em>crew</em> of {@link #crewSize()} agents whose
 * cycles are offset by {@code cycle / crewSize} days: together they cover the same days every week,
 * so one weekly model plans them exactly (docs/rota.md §tours).
 *
 * @param name as in jobs/shifts.yaml
 * @param working {@code working[d]}: day d of the cycle is worked
 */
public record Tour(String name, boolean[] working) {
  public static final int WEEK_DAYS = 7;

  public Tour {
    if (working.length == 0 || !working[0]) {
      throw new IllegalArgumentException("tour " + name + ": the cycle must start with a working day");
    }
    working = working.clone();
  }

  /** From a W/O string such as {@code WWWWWOO}. */
  public static Tour parse(String name, String days) {
    boolean[] w = new boolean[days.length()];
    for (int i = 0; i < w.length; i++) {
      char c = Character.toUpperCase(days.charAt(i));
      if (c != 'W' && c != 'O') {
        throw new IllegalArgumentException("'" + days + "': day " + (i + 1) + " is '" + days.charAt(i)
            + "'; write W for a working day and O for a day off");
      }
      w[i] = c == 'W';
    }
    if (w.length == 0 || !w[0]) {
      throw new IllegalArgumentException("'" + days + "': the cycle must start with a working day (W)");
    }
    return new Tour(name, w);
  }

  public int cycleDays() {
    return working.length;
  }

  public boolean works(int cycleDay) {
    return working[Math.floorMod(cycleDay, working.length)];
  }

  /**
   * The smallest k dividing the cycle such that k agents offset by cycle/k days cover every day of
   * the week the same in every week. k = cycle always qualifies (every phase once: constant cover).
   */
  public int crewSize() {
    int c = cycleDays();
    for (int k = 1; k <= c; k++) {
      if (c % k == 0 && weeklyPeriodic(k)) {
        return k;
      }
    }
    throw new AssertionError("k = cycle always qualifies");
  }

  /** Days offset between crew members. */
  public int memberOffset() {
    return cycleDays() / crewSize();
  }

  /** Distinct crews: phases 0 .. cycle/k − 1 (phase φ and φ + offset are the same crew). */
  public int crewPhases() {
    return memberOffset();
  }

  /** Whether crew member {@code member} of the crew at {@code phase} works day {@code day} (0 = the planned Monday). */
  public boolean memberWorks(int phase, int member, int day) {
    return works(day - phase - member * memberOffset());
  }

  public int workingDaysPerCycle() {
    int n = 0;
    for (boolean w : working) {
      n += w ? 1 : 0;
    }
    return n;
  }

  private boolean weeklyPeriodic(int k) {
    int c = cycleDays();
    int offset = c / k;
    int horizon = c * WEEK_DAYS;
    for (int d = 0; d < horizon; d++) {
      if (crewCover(d, k, offset) != crewCover(d + WEEK_DAYS, k, offset)) {
        return false;
      }
    }
    return true;
  }

  private int crewCover(int day, int k, int offset) {
    int n = 0;
    for (int j = 0; j < k; j++) {
      n += works(day - j * offset) ? 1 : 0;
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tour t && t.name.equals(name) && java.util.Arrays.equals(t.working, working);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + java.util.Arrays.hashCode(working);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(name).append('(');
    for (boolean w : working) {
      s.append(w ? 'W' : 'O');
    }
    return s.append(')').toString();
  }
}
