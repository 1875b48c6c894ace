package io.staffline.metrics.calendar;

import java.io.Serializable;
import java.util.Map;

/**
 * Which business calendar each team works by. Teams not listed, and tickets without a team, use
 * the calendar named {@value #DEFAULT}, which must exist.
 */
public final class TeamCalendars implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The name of the calendar for teams without one of their own. */
  public static final String DEFAULT = "default";

  private final Map<String, BusinessCalendar> calendars;
  private final Map<String, String> calendarOfTeam;

  /**
   * @param calendars by name; must include {@value #DEFAULT}
   * @param calendarOfTeam team → calendar name
   */
  public TeamCalendars(Map<String, BusinessCalendar> calendars,
      Map<String, String> calendarOfTeam) {
    if (!calendars.containsKey(DEFAULT)) {
      throw new IllegalArgumentException("calendars: a calendar named '" + DEFAULT
          + "' is required (used for teams without their own), found " + calendars.keySet());
    }
    calendarOfTeam.forEach((team, calendar) -> {
      if (!calendars.containsKey(calendar)) {
        throw new IllegalArgumentException("teams." + team + ": no calendar named '" + calendar
            + "'; calendars are " + calendars.keySet());
      }
    });
    this.calendars = Map.copyOf(calendars);
    this.calendarOfTeam = Map.copyOf(calendarOfTeam);
  }

  /** Every team on the {@value #DEFAULT} calendar. */
  public static TeamCalendars only(BusinessCalendar defaultCalendar) {
    return new TeamCalendars(Map.of(DEFAULT, defaultCalendar), Map.of());
  }

  /** The calendar of {@code team}; the default one for an unlisted or null team. */
  public BusinessCalendar forTeam(String team) {
    String calendar = team == null ? DEFAULT : calendarOfTeam.getOrDefault(team, DEFAULT);
    return calendars.get(calendar);
  }

  /** The calendar called {@code name}. */
  public BusinessCalendar named(String name) {
    BusinessCalendar calendar = calendars.get(name);
    if (calendar == null) {
      throw new IllegalArgumentException("no calendar named '" + name + "'; calendars are "
          + calendars.keySet());
    }
    return calendar;
  }

  /** Calendar names by team, as configured. */
  public Map<String, String> calendarOfTeam() {
    return calendarOfTeam;
  }
}
