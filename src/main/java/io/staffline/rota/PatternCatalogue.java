package io.staffline.rota;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every candidate pattern the shift options allow on a week grid: shift type × start × one
 * placement of each break × tour × crew phase. Patterns whose crew covers exactly the same as an
 * earlier one of the same shift and tour are left out (e.g. the phases of a tour without days off).
 * Settings that do not fit the grid are errors naming the shift.
 */
public final class PatternCatalogue {
  private PatternCatalogue() {}

  public static List<Pattern> generate(ShiftOptions options, WeekGrid grid) {
    List<Pattern> patterns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ShiftType shift : options.shifts()) {
      checkOnGrid(shift, grid);
      List<int[]> placements = breakPlacements(shift, grid);
      for (LocalTime start : shift.starts()) {
        for (int[] breaks : placements) {
          for (String tourName : shift.tours()) {
            Tour tour = options.tour(tourName);
            for (int phase = 0; phase < tour.crewPhases(); phase++) {
              Pattern p = pattern(shift, start, breaks, tour, phase, grid);
              if (seen.add(shift.name() + start + Arrays.toString(breaks) + tourName + Arrays.toString(p.coverage()))) {
                patterns.add(p);
              }
            }
          }
        }
      }
    }
    return patterns;
  }

  static Pattern pattern(ShiftType shift, LocalTime start, int[] breakStarts, Tour tour, int phase, WeekGrid grid) {
    int k = tour.crewSize();
    boolean[][] days = new boolean[k][Tour.WEEK_DAYS];
    int[] coverage = new int[grid.intervals()];
    int m = grid.intervalMinutes();
    int startMinute = start.getHour() * 60 + start.getMinute();
    long paid = 0;
    for (int j = 0; j < k; j++) {
      for (int d = 0; d < Tour.WEEK_DAYS; d++) {
        if (!tour.memberWorks(phase, j, d)) {
          continue;
        }
        days[j][d] = true;
        paid += shift.paidMinutes();
        int first = (d * WeekGrid.MINUTES_PER_DAY + startMinute) / m;
        for (int offset = 0; offset < shift.lengthMinutes(); offset += m) {
          if (!onBreak(shift, breakStarts, offset)) {
            coverage[grid.wrap(first + offset / m)]++;
          }
        }
      }
    }
    StringBuilder id = new StringBuilder(shift.name()).append('/').append(Pattern.clock(startMinute));
    if (breakStarts.length > 0) {
      id.append("/b");
      for (int b = 0; b < breakStarts.length; b++) {
        id.append(b == 0 ? "" : "+").append(Pattern.offset(breakStarts[b]));
      }
    }
    id.append('/').append(tour.name()).append('/')
        .append(WeekGrid.dayCode(java.time.DayOfWeek.MONDAY.plus(phase % Tour.WEEK_DAYS)));
    return new Pattern(id.toString(), shift, start, breakStarts, tour, phase, days, coverage, paid);
  }

  private static boolean onBreak(ShiftType shift, int[] breakStarts, int offset) {
    for (int b = 0; b < breakStarts.length; b++) {
      if (offset >= breakStarts[b] && offset < breakStarts[b] + shift.breaks().get(b).minutes()) {
        return true;
      }
    }
    return false;
  }

  private static void checkOnGrid(ShiftType shift, WeekGrid grid) {
    int m = grid.intervalMinutes();
    String at = "shift " + shift.name() + ": ";
    if (shift.lengthMinutes() % m != 0) {
      throw new IllegalArgumentException(at + "length " + Pattern.offset(shift.lengthMinutes())
          + " is not a whole number of " + m + "-minute intervals");
    }
    for (LocalTime start : shift.starts()) {
      if ((start.getHour() * 60 + start.getMinute()) % m != 0) {
        throw new IllegalArgumentException(at + "start " + start + " is not on the " + m + "-minute grid");
      }
    }
    for (BreakWindow b : shift.breaks()) {
      if (b.minutes() % m != 0) {
        throw new IllegalArgumentException(at + "a " + b.minutes() + "-minute break does not fill whole "
            + m + "-minute intervals (leave short paid breaks to shrinkage, or plan on a finer grid)");
      }
    }
  }

  /** Every combination of one grid-aligned start per break window, without overlapping breaks. */
  static List<int[]> breakPlacements(ShiftType shift, WeekGrid grid) {
    List<int[]> combos = new ArrayList<>();
    combos.add(new int[0]);
    int m = grid.intervalMinutes();
    for (BreakWindow b : shift.breaks()) {
      List<int[]> next = new ArrayList<>();
      int first = (b.earliestStart() + m - 1) / m * m;
      if (first > b.latestStart()) {
        throw new IllegalArgumentException("shift " + shift.name() + ": break window " + Pattern.offset(b.earliestStart())
            + "-" + Pattern.offset(b.latestStart()) + " holds no start on the " + m + "-minute grid");
      }
      for (int[] combo : combos) {
        for (int start = first; start <= b.latestStart(); start += m) {
          if (!overlaps(shift, combo, start, b.minutes())) {
            int[] longer = Arrays.copyOf(combo, combo.length + 1);
            longer[combo.length] = start;
            next.add(longer);
          }
        }
      }
      combos = next;
    }
    if (combos.isEmpty()) {
      throw new IllegalArgumentException("shift " + shift.name() + ": its break windows leave no placement without overlapping breaks");
    }
    return combos;
  }

  private static boolean overlaps(ShiftType shift, int[] placed, int start, int minutes) {
    for (int b = 0; b < placed.length; b++) {
      int end = placed[b] + shift.breaks().get(b).minutes();
      if (start < end && placed[b] < start + minutes) {
        return true;
      }
    }
    return false;
  }
}
