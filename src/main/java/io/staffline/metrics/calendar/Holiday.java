package io.staffline.metrics.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated closure on top of the weekly hours: the whole day (a public holiday) or part of it
 * (Christmas Eve from 12:00). The closed ranges are subtracted from whatever the weekly hours of
 * the calendar version valid that day say, so a holiday never opens a closed day.
 */
public record Holiday(LocalDate date, String name, List<TimeRange> closed) implements Serializable {

  public Holiday {
    Objects.requireNonNull(date, "date");
    name = name == null ? "" : name;
    closed = List.copyOf(closed);
    if (closed.isEmpty()) {
      throw new IllegalArgumentException("holiday " + date + " closes nothing; for a whole day"
          + " use Holiday.wholeDay or the range 00:00-24:00");
    }
  }

  /** Closed all day. */
  public static Holiday wholeDay(LocalDate date, String name) {
    return new Holiday(date, name, List.of(TimeRange.WHOLE_DAY));
  }

  /** Closed during the given ranges only, e.g. {@code 12:00-24:00} on Christmas Eve. */
  public static Holiday partial(LocalDate date, String name, TimeRange... closed) {
    return new Holiday(date, name, List.of(closed));
  }

  /** Whether the holiday closes the whole day. */
  public boolean isWholeDay() {
    return TimeRange.subtract(List.of(TimeRange.WHOLE_DAY), closed).isEmpty();
  }
}
