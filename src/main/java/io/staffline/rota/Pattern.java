package io.staffline.rota;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A candidate weekly pattern: one daily shift (start, span, one placement of each break) worked on
 * one tour at one phase, by a crew of {@link #crewSize()} agents (1 for weekly tours). Its
 * coverage counts the crew's agents on duty in each interval of the cyclic week.
 *
 * @param id readable and unique, e.g. {@code day8/07:00/b3:00/5on2off/MON}
 * @param shift the shift type
 * @param start start time, every working day
 * @param breakStarts minutes after the start at which each of the shift's breaks starts
 * @param tour the tour
 * @param phase the planned Monday is day −phase of crew member 0's cycle (so its cycle starts on day {@code phase})
 * @param memberDays {@code memberDays[j][d]}: crew member j works a shift starting on day d (0 = Monday)
 * @param coverage agents of the crew on duty per interval of the week
 * @param paidMinutesPerWeek paid minutes of the whole crew per week
 */
public record Pattern(String id, ShiftType shift, LocalTime start, int[] breakStarts, Tour tour, int phase,
    boolean[][] memberDays, int[] coverage, long paidMinutesPerWeek) {

  public int crewSize() {
    return memberDays.length;
  }

  /** The weekday crew member 0's cycle starts on. */
  public DayOfWeek startDay() {
    return DayOfWeek.MONDAY.plus(phase % Tour.WEEK_DAYS);
  }

  public int startMinute() {
    return start.getHour() * 60 + start.getMinute();
  }

  public int lengthMinutes() {
    return shift.lengthMinutes();
  }

  /** Paid hours per week of one agent (the crew's average). */
  public double paidHoursPerAgentWeek() {
    return paidMinutesPerWeek / 60.0 / crewSize();
  }

  public boolean works(int member, int day) {
    return memberDays[member][day];
  }

  public int coverage(int interval) {
    return coverage[interval];
  }

  /** The shift as shown in a rotation: {@code 07:00-15:00}, with its breaks, e.g. {@code 07:00-15:00 break 10:00-10:30}. */
  public String shiftText() {
    StringBuilder s = new StringBuilder(clock(startMinute())).append('-').append(clock(startMinute() + lengthMinutes()));
    List<String> breaks = new ArrayList<>();
    for (int b = 0; b < breakStarts.length; b++) {
      int from = startMinute() + breakStarts[b];
      breaks.add(clock(from) + "-" + clock(from + shift.breaks().get(b).minutes()));
    }
    if (!breaks.isEmpty()) {
      s.append(" break ").append(String.join(", ", breaks));
    }
    return s.toString();
  }

  /** {@code HH:mm} of a minute count, modulo a day. */
  public static String clock(int minutes) {
    int m = Math.floorMod(minutes, WeekGrid.MINUTES_PER_DAY);
    return String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60);
  }

  /** {@code h:mm} of an offset. */
  static String offset(int minutes) {
    return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pattern p && p.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id + Arrays.toString(breakStarts);
  }
}
