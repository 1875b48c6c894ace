package io.staffline.forecast;

/** How far ahead a forecast interval lies from its origin, in whole days: day 1, days 2–7, week 2 on. */
public enum HorizonBucket {
  DAY_1("day 1"),
  DAYS_2_7("days 2-7"),
  WEEK_2_PLUS("week 2+");

  /** The label of the row pooling every bucket in {@code forecast_accuracy}. */
  public static final String ALL = "all";

  private final String label;

  HorizonBucket(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The bucket of the {@code step}-th interval after the origin (0 = the first). */
  public static HorizonBucket of(int step, Seasons seasons) {
    int day = step / seasons.perDay();
    return day == 0 ? DAY_1 : day < Seasons.DAYS_PER_WEEK ? DAYS_2_7 : WEEK_2_PLUS;
  }
}
