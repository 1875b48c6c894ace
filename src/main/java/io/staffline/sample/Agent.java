package io.staffline.sample;

import io.staffline.ticket.Level;
import io.staffline.ticket.Tier;
import java.time.LocalDate;
import java.util.List;

/**
 * One agent: identity, fixed shift and day-off rotation, employment dates and career steps.
 * Contractors ({@code external}) are not in the roster, have no dates and may act at any time.
 *
 * @param rotationOffset day-off rotation: the agent is off on shifts starting on a local date
 *     whose {@code (epochDay + rotationOffset) mod 7} is 5 or 6
 * @param leaveDate first local day the agent no longer works, or null
 */
record Agent(
    String id,
    String displayName,
    String email,
    String team,
    Shift shift,
    int rotationOffset,
    int weeklyHours,
    LocalDate hireDate,
    LocalDate leaveDate,
    List<CareerStep> career,
    boolean external) {

  /** A level and line held from {@code effectiveFrom} (a local date) on. */
  record CareerStep(LocalDate effectiveFrom, Level level, Tier tier) {}

  Agent {
    career = List.copyOf(career);
  }

  static Agent contractor(String id) {
    return new Agent(id, null, null, null, null, 0, 0, null, null, List.of(), true);
  }

  /** Employed on a local date: on or after the hire date and before the leave date. */
  boolean employedOn(LocalDate day) {
    return !day.isBefore(hireDate) && (leaveDate == null || day.isBefore(leaveDate));
  }

  /** Whether the rotation has the agent working the shift that starts on {@code day}. */
  boolean worksShiftStartingOn(LocalDate day) {
    return Math.floorMod(day.toEpochDay() + rotationOffset, 7) < 5;
  }

  /** Hours worked per shift: weekly hours over five days (8 h full-time, 4 h or 6 h part-time). */
  int hoursPerShift() {
    return weeklyHours / 5;
  }

  /** The career step in force on a local date, or null before the hire date. */
  CareerStep stepOn(LocalDate day) {
    CareerStep current = null;
    for (CareerStep s : career) {
      if (s.effectiveFrom().isAfter(day)) {
        break;
      }
      current = s;
    }
    return current;
  }

  CareerStep latest() {
    return career.get(career.size() - 1);
  }
}
