package io.staffline.forecast;

import io.staffline.metrics.calendar.BusinessCalendar;
import io.staffline.metrics.calendar.Holiday;
import io.staffline.metrics.calendar.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Which intervals a team's holidays close: an interval whose start, read on the wall clock of the
 * team's calendar, falls in a closed range of a holiday of that date (the whole day for a public
 * holiday, 12:00–24:00 for a half day). Weekly hours do not matter: a holiday on a Saturday still
 * makes that Saturday no normal Saturday. docs/forecasting.md §holidays.
 */
public final class Holidays {
  private Holidays() {}

  /** One flag per interval of {@code length} intervals of {@code minutes} from {@code start}. */
  public static boolean[] closedIntervals(BusinessCalendar calendar, Instant start, int minutes, int length) {
    boolean[] closed = new boolean[length];
    Map<LocalDate, Holiday> byDate = new HashMap<>();
    calendar.holidays().forEach(h -> byDate.put(h.date(), h));
    if (byDate.isEmpty()) {
      return closed;
    }
    for (int i = 0; i < length; i++) {
      Instant moment = start.plusSeconds(60L * minutes * i);
      LocalDateTime wallClock = LocalDateTime.ofInstant(moment, zoneAt(calendar, moment));
      Holiday holiday = byDate.get(wallClock.toLocalDate());
      if (holiday != null) {
        for (TimeRange range : holiday.closed()) {
          closed[i] |= range.contains(wallClock.toLocalTime());
        }
      }
    }
    return closed;
  }

  /** The zone of the version in force; before the first version, the first version's zone. */
  private static ZoneId zoneAt(BusinessCalendar calendar, Instant moment) {
    try {
      return calendar.versionAt(moment).zone();
    } catch (IllegalArgumentException beforeFirstVersion) {
      // Holidays are dated, so they still apply where the weekly hours are not defined yet.
      return calendar.versions().get(0).zone();
    }
  }
}
