package io.staffline.metrics.calendar;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A wall-clock range within one day, [start, end): opening hours such as 08:00–18:00 or a
 * holiday closure such as 12:00–24:00. An end of {@link LocalTime#MIDNIGHT} means 24:00, the end
 * of the day, so 00:00–24:00 is the whole day; a range never crosses midnight otherwise. Times are
 * whole seconds.
 */
public record TimeRange(LocalTime start, LocalTime end) implements Serializable {

  /** 00:00–24:00. */
  public static final TimeRange WHOLE_DAY = new TimeRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

  static final int SECONDS_PER_DAY = 24 * 60 * 60;
  /** Strict, so a start of 24:00 is an error rather than 00:00. */
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);

  public TimeRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.getNano() != 0 || end.getNano() != 0) {
      throw new IllegalArgumentException("times are whole seconds, not " + start + "-" + end);
    }
    if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
      throw new IllegalArgumentException("range " + start + "-" + end + " must start before it"
          + " ends and may not cross midnight (write 24:00 for the end of the day)");
    }
  }

  /** From {@code start} to the end of the day (24:00). */
  public static TimeRange untilMidnight(LocalTime start) {
    return new TimeRange(start, LocalTime.MIDNIGHT);
  }

  /**
   * Reads {@code HH:mm-HH:mm} (seconds optional: {@code HH:mm:ss}), e.g. {@code 08:00-18:00};
   * {@code 24:00} is accepted as an end only.
   */
  public static TimeRange parse(String text) {
    String[] parts = text.strip().split("-", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("'" + text + "' is not a time range like 08:00-18:00");
    }
    String endText = parts[1].strip();
    LocalTime end = endText.equals("24:00") || endText.equals("24:00:00")
        ? LocalTime.MIDNIGHT : clock(endText, text);
    return new TimeRange(clock(parts[0].strip(), text), end);
  }

  private static LocalTime clock(String part, String text) {
    try {
      return LocalTime.parse(part, CLOCK);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a time range like 08:00-18:00: '"
          + part + "' is not a time of day HH:mm", e);
    }
  }

  /** Builds a range from seconds since the start of the day; 86,400 is 24:00. */
  static TimeRange ofSecondsOfDay(int startSecond, int endSecond) {
    return new TimeRange(LocalTime.ofSecondOfDay(startSecond),
        endSecond == SECONDS_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(endSecond));
  }

  /** Whether the end is 24:00. */
  public boolean endsAtMidnight() {
    return end.equals(LocalTime.MIDNIGHT);
  }

  /** Whether {@code time} is in [start, end). */
  public boolean contains(LocalTime time) {
    long nanos = time.toNanoOfDay();
    return nanos >= start.toNanoOfDay()
        && (endsAtMidnight() || nanos < end.toNanoOfDay());
  }

  /** Wall-clock position of the start, in seconds since the start of the day. */
  int startSecond() {
    return start.toSecondOfDay();
  }

  /** Wall-clock position of the end, in seconds since the start of the day; 86,400 for 24:00. */
  int endSecond() {
    return endsAtMidnight() ? SECONDS_PER_DAY : end.toSecondOfDay();
  }

  /**
   * What remains of {@code open} (sorted, not overlapping) once every range in {@code closed} is
   * taken out; the result is sorted.
   */
  static List<TimeRange> subtract(List<TimeRange> open, List<TimeRange> closed) {
    List<TimeRange> remaining = open;
    for (TimeRange cut : closed) {
      List<TimeRange> next = new ArrayList<>(remaining.size() + 1);
      for (TimeRange range : remaining) {
        if (cut.endSecond() <= range.startSecond() || range.endSecond() <= cut.startSecond()) {
          next.add(range);
          continue;
        }
        if (range.startSecond() < cut.startSecond()) {
          next.add(ofSecondsOfDay(range.startSecond(), cut.startSecond()));
        }
        if (cut.endSecond() < range.endSecond()) {
          next.add(ofSecondsOfDay(cut.endSecond(), range.endSecond()));
        }
      }
      remaining = next;
    }
    return remaining;
  }

  @Override
  public String toString() {
    return start + "-" + (endsAtMidnight() ? "24:00" : end.toString());
  }
}
