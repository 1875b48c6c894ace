package io.staffline.metrics.calendar;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The weekly hours and time zone a calendar has from {@code validFrom} (00:00 local time in
 * {@code zone}) until the next version starts. {@link #SINCE_EVER} marks a first version without a
 * start date.
 */
public record CalendarVersion(LocalDate validFrom, ZoneId zone, WeeklyHours weeklyHours)
    implements Serializable {

  /** The {@code validFrom} of a version that has always been valid. */
  public static final LocalDate SINCE_EVER = LocalDate.MIN;

  public CalendarVersion {
    Objects.requireNonNull(validFrom, "validFrom (use CalendarVersion.SINCE_EVER for no start)");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(weeklyHours, "weeklyHours");
  }

  /** A version valid since ever. */
  public static CalendarVersion sinceEver(ZoneId zone, WeeklyHours weeklyHours) {
    return new CalendarVersion(SINCE_EVER, zone, weeklyHours);
  }

  /** Whether the version has no start date. */
  public boolean isSinceEver() {
    return validFrom.equals(SINCE_EVER);
  }

  /** The first moment of the version: the start of {@code validFrom} in its zone. */
  Instant start() {
    return isSinceEver() ? Instant.MIN : validFrom.atStartOfDay(zone).toInstant();
  }
}
