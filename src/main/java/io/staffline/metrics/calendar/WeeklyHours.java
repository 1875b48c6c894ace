package io.staffline.metrics.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Opening hours of an ordinary week: for each weekday zero or more wall-clock ranges, sorted, not
 * overlapping, and touching ranges joined (08:00–12:00 and 12:00–18:00 are 08:00–18:00).
 */
public final class WeeklyHours implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Open around the clock, every day (24/7). */
  public static final WeeklyHours ALWAYS_OPEN = builder()
      .open(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, TimeRange.WHOLE_DAY).build();

  /** Never open: a calendar that was retired from some date on. */
  public static final WeeklyHours CLOSED = builder().build();

  private final EnumMap<DayOfWeek, List<TimeRange>> hours;

  private WeeklyHours(EnumMap<DayOfWeek, List<TimeRange>> hours) {
    this.hours = hours;
  }

  /** Weekly hours from a map of weekday → ranges; days not in the map are closed. */
  public static WeeklyHours of(Map<DayOfWeek, ? extends Collection<TimeRange>> hours) {
    Builder builder = builder();
    hours.forEach((day, ranges) -> ranges.forEach(range -> builder.open(day, range)));
    return builder.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The opening ranges of {@code day}, sorted; empty when closed all day. */
  public List<TimeRange> on(DayOfWeek day) {
    return hours.get(day);
  }

  /** Whether no day of the week has opening hours. */
  public boolean isClosedAllWeek() {
    return hours.values().stream().allMatch(List::isEmpty);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WeeklyHours that && hours.equals(that.hours);
  }

  @Override
  public int hashCode() {
    return hours.hashCode();
  }

  @Override
  public String toString() {
    return hours.toString();
  }

  /** Collects opening ranges day by day; {@link #build()} sorts, joins and checks them. */
  public static final class Builder {
    private final EnumMap<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);

    private Builder() {
      for (DayOfWeek day : DayOfWeek.values()) {
        hours.put(day, new ArrayList<>());
      }
    }

    /** Opens {@code day} during {@code range}. */
    public Builder open(DayOfWeek day, TimeRange range) {
      hours.get(Objects.requireNonNull(day, "day")).add(Objects.requireNonNull(range, "range"));
      return this;
    }

    /** Opens {@code day} during {@code range}, written like {@code 08:00-18:00}. */
    public Builder open(DayOfWeek day, String range) {
      return open(day, TimeRange.parse(range));
    }

    /** Opens every day from {@code first} to {@code last} (inclusive, Monday first). */
    public Builder open(DayOfWeek first, DayOfWeek last, TimeRange range) {
      if (first.compareTo(last) > 0) {
        throw new IllegalArgumentException("day range " + first + "-" + last
            + " runs backwards; the week starts on Monday");
      }
      for (int d = first.getValue(); d <= last.getValue(); d++) {
        open(DayOfWeek.of(d), range);
      }
      return this;
    }

    /** Opens every day from {@code first} to {@code last} during {@code range} ({@code 08:00-18:00}). */
    public Builder open(DayOfWeek first, DayOfWeek last, String range) {
      return open(first, last, TimeRange.parse(range));
    }

    public WeeklyHours build() {
      EnumMap<DayOfWeek, List<TimeRange>> checked = new EnumMap<>(DayOfWeek.class);
      hours.forEach((day, ranges) -> checked.put(day, joined(day, ranges)));
      return new WeeklyHours(checked);
    }

    private static List<TimeRange> joined(DayOfWeek day, List<TimeRange> ranges) {
      List<TimeRange> sorted = new ArrayList<>(ranges);
      sorted.sort(Comparator.comparingInt(TimeRange::startSecond));
      List<TimeRange> joined = new ArrayList<>();
      for (TimeRange next : sorted) {
        TimeRange last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
        if (last == null || last.endSecond() < next.startSecond()) {
          joined.add(next);
        } else if (last.endSecond() == next.startSecond()) {
          joined.set(joined.size() - 1,
              TimeRange.ofSecondsOfDay(last.startSecond(), next.endSecond()));
        } else {
          throw new IllegalArgumentException(
              "opening hours on " + day + " overlap: " + last + " and " + next);
        }
      }
      return List.copyOf(joined);
    }
  }
}
