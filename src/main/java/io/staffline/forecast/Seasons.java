package io.staffline.forecast;

/**
 * The two cycles of an interval series: a day of {@code intervalsPerDay} intervals and a week of
 * seven days. Series handed to the methods start at 00:00 UTC, so index {@code t} lies in interval
 * {@code t mod perDay()} of its day and in slot {@code t mod perWeek()} of the week.
 */
public record Seasons(int intervalsPerDay) {
  public static final int DAYS_PER_WEEK = 7;

  public Seasons {
    if (intervalsPerDay < 1) {
      throw new IllegalArgumentException("a day needs at least one interval, not " + intervalsPerDay);
    }
  }

  /** The seasons of an interval length that divides the day (15, 30 or 60 minutes, or any divisor). */
  public static Seasons ofMinutes(int intervalMinutes) {
    if (intervalMinutes < 1 || 1440 % intervalMinutes != 0) {
      throw new IllegalArgumentException("interval of " + intervalMinutes + " minutes does not divide the day");
    }
    return new Seasons(1440 / intervalMinutes);
  }

  public int perDay() {
    return intervalsPerDay;
  }

  public int perWeek() {
    return DAYS_PER_WEEK * intervalsPerDay;
  }
}
