package io.staffline.metrics.calendar;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The business-calendar file ({@code jobs/calendars.yaml}) as bound by Jackson: calendars by name
 * and the calendar of each team. Leaves are strings, converted and checked by
 * {@link #toTeamCalendars()}, whose errors name the setting at fault (e.g.
 * {@code calendars.office.versions[0].weekly_hours.mon-fri[0]}). Format: docs/business-hours.md.
 *
 * @param calendars by name; one must be called {@value TeamCalendars#DEFAULT}
 * @param teams team → calendar name; unlisted teams use {@value TeamCalendars#DEFAULT}
 */
public record CalendarsConfig(
    @JsonProperty("calendars") Map<String, CalendarSpec> calendars,
    @JsonProperty("teams") Map<String, String> teams) {

  /**
   * One calendar.
   *
   * @param timeZone IANA zone such as {@code Europe/Berlin}, for every version that names none
   * @param versions at least one; each valid from its {@code valid_from} until the next starts
   * @param holidays dated closures, applied under every version
   */
  public record CalendarSpec(
      @JsonProperty("time_zone") String timeZone,
      @JsonProperty("versions") List<VersionSpec> versions,
      @JsonProperty("holidays") List<HolidaySpec> holidays) {
  }

  /**
   * One version of the weekly hours.
   *
   * @param validFrom {@code yyyy-MM-dd}, the first day (00:00 local) it applies; omitted only on
   *     the version that has always applied
   * @param timeZone overrides the calendar's zone from this version on (a team that moved)
   * @param weeklyHours day or day range ({@code monday}, {@code mon}, {@code mon-fri}) → ranges
   *     ({@code 08:00-18:00}, {@code 00:00-24:00}); days not listed are closed
   */
  public record VersionSpec(
      @JsonProperty("valid_from") String validFrom,
      @JsonProperty("time_zone") String timeZone,
      @JsonProperty("weekly_hours") Map<String, List<String>> weeklyHours) {
  }

  /**
   * One holiday.
   *
   * @param date {@code yyyy-MM-dd}
   * @param name for people reading the file and reports
   * @param closed the closed ranges ({@code 12:00-24:00}); omitted: the whole day
   */
  public record HolidaySpec(
      @JsonProperty("date") String date,
      @JsonProperty("name") String name,
      @JsonProperty("closed") List<String> closed) {
  }

  /** Converts and checks every setting. */
  /** Reads a calendars file (jobs/calendars.yaml); unknown keys and bad values name the file. */
  public static CalendarsConfig load(java.nio.file.Path file) {
    try {
      return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readValue(file.toFile(), CalendarsConfig.class);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  public TeamCalendars toTeamCalendars() {
    if (calendars == null || calendars.isEmpty()) {
      throw new IllegalArgumentException("calendars: missing; at least the '"
          + TeamCalendars.DEFAULT + "' calendar is required");
    }
    Map<String, BusinessCalendar> built = new LinkedHashMap<>();
    calendars.forEach((name, spec) -> built.put(name, calendar(name, spec)));
    return new TeamCalendars(built, teams == null ? Map.of() : teams);
  }

  private static BusinessCalendar calendar(String name, CalendarSpec spec) {
    String at = "calendars." + name;
    if (spec == null) {
      throw new IllegalArgumentException(at + ": empty calendar");
    }
    if (spec.versions() == null || spec.versions().isEmpty()) {
      throw new IllegalArgumentException(at + ".versions: missing; at least one version of the"
          + " weekly hours is required");
    }
    List<CalendarVersion> versions = new ArrayList<>();
    for (int i = 0; i < spec.versions().size(); i++) {
      versions.add(version(at + ".versions[" + i + "]", spec.versions().get(i), spec.timeZone(),
          at + ".time_zone"));
    }
    List<Holiday> holidays = new ArrayList<>();
    List<HolidaySpec> holidaySpecs = spec.holidays() == null ? List.of() : spec.holidays();
    for (int i = 0; i < holidaySpecs.size(); i++) {
      holidays.add(holiday(at + ".holidays[" + i + "]", holidaySpecs.get(i)));
    }
    try {
      return new BusinessCalendar(name, versions, holidays);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
    }
  }

  private static CalendarVersion version(String at, VersionSpec spec, String calendarZone,
      String calendarZoneAt) {
    if (spec == null) {
      throw new IllegalArgumentException(at + ": empty version");
    }
    LocalDate validFrom = spec.validFrom() == null ? CalendarVersion.SINCE_EVER
        : date(at + ".valid_from", spec.validFrom());
    ZoneId zone = spec.timeZone() != null ? zone(at + ".time_zone", spec.timeZone())
        : zone(calendarZoneAt, calendarZone);
    if (spec.weeklyHours() == null) {
      throw new IllegalArgumentException(at + ".weekly_hours: missing (write {} for a version"
          + " that is never open)");
    }
    WeeklyHours.Builder hours = WeeklyHours.builder();
    Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
    spec.weeklyHours().forEach((days, ranges) -> {
      String dayAt = at + ".weekly_hours." + days;
      for (DayOfWeek day : days(dayAt, days)) {
        if (!seen.add(day)) {
          throw new IllegalArgumentException(dayAt + ": " + day.toString().toLowerCase(Locale.ROOT)
              + " is already given by another key; list all its ranges under one key");
        }
        for (TimeRange range : ranges(dayAt, ranges)) {
          hours.open(day, range);
        }
      }
    });
    try {
      return new CalendarVersion(validFrom, zone, hours.build());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ".weekly_hours: " + e.getMessage(), e);
    }
  }

  private static Holiday holiday(String at, HolidaySpec spec) {
    if (spec == null || spec.date() == null) {
      throw new IllegalArgumentException(at + ".date: missing");
    }
    LocalDate date = date(at + ".date", spec.date());
    if (spec.closed() == null) {
      return Holiday.wholeDay(date, spec.name());
    }
    List<TimeRange> closed = ranges(at + ".closed", spec.closed());
    if (closed.isEmpty()) {
      throw new IllegalArgumentException(at + ".closed: empty; omit it to close the whole day");
    }
    return new Holiday(date, spec.name(), closed);
  }

  private static List<TimeRange> ranges(String at, List<String> texts) {
    if (texts == null) {
      throw new IllegalArgumentException(at + ": missing; give a list such as [\"08:00-18:00\"]");
    }
    List<TimeRange> ranges = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      try {
        ranges.add(TimeRange.parse(String.valueOf(texts.get(i))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(at + "[" + i + "]: " + e.getMessage(), e);
      }
    }
    return ranges;
  }

  /** {@code monday}, {@code mon}, or a range {@code mon-fri} / {@code monday-friday}. */
  static Set<DayOfWeek> days(String at, String text) {
    String[] ends = text.strip().toLowerCase(Locale.ROOT).split("-", -1);
    if (ends.length > 2) {
      throw new IllegalArgumentException(at + ": '" + text + "' is not a day or day range");
    }
    DayOfWeek first = day(at, ends[0].strip(), text);
    DayOfWeek last = ends.length == 2 ? day(at, ends[1].strip(), text) : first;
    if (first.compareTo(last) > 0) {
      throw new IllegalArgumentException(at + ": day range '" + text + "' runs backwards; the week"
          + " starts on Monday (write e.g. sat-sun)");
    }
    return EnumSet.range(first, last);
  }

  private static DayOfWeek day(String at, String name, String text) {
    for (DayOfWeek day : DayOfWeek.values()) {
      String full = day.toString().toLowerCase(Locale.ROOT);
      if (name.equals(full) || name.equals(full.substring(0, 3))) {
        return day;
      }
    }
    throw new IllegalArgumentException(at + ": '" + text + "' is not a day (monday … sunday or"
        + " mon … sun) or day range (mon-fri)");
  }

  private static LocalDate date(String at, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(at + ": '" + text + "' is not a date yyyy-MM-dd", e);
    }
  }

  private static ZoneId zone(String at, String text) {
    if (text == null) {
      throw new IllegalArgumentException(at + ": missing; give an IANA time zone such as"
          + " Europe/Berlin");
    }
    try {
      return ZoneId.of(text.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(at + ": '" + text + "' is not a time zone (IANA name such"
          + " as Europe/Berlin, or UTC)", e);
    }
  }
}
