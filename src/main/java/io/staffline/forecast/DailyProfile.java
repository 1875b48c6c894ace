package io.staffline.forecast;

/**
 * Daily total × intraday profile. The total of a coming day is the mean total of the same
 * weekday over the k latest normal days of that weekday (k = {@code averageWeeks}); it is split
 * over the day's intervals by that weekday's profile: interval j's share of the arrivals on the
 * {@code profileWeeks} latest normal days of the weekday (a ratio of sums). A day with any
 * holiday interval is not a normal day. The history must hold whole days. docs/forecasting.md.
 */
public final class DailyProfile implements ForecastMethod {
  private final int perDay;
  private final int totalWeeks;
  private final int profileWeeks;

  public DailyProfile(Seasons seasons, MethodSettings settings) {
    this(seasons, settings.averageWeeks(), settings.profileWeeks());
  }

  public DailyProfile(Seasons seasons, int totalWeeks, int profileWeeks) {
    if (totalWeeks < 1 || profileWeeks < totalWeeks) {
      throw new IllegalArgumentException("daily profile: need 1 ≤ total weeks (" + totalWeeks
          + ") ≤ profile weeks (" + profileWeeks + ")");
    }
    this.perDay = seasons.perDay();
    this.totalWeeks = totalWeeks;
    this.profileWeeks = profileWeeks;
  }

  @Override
  public double[] forecast(double[] history, int horizon) {
    if (history.length % perDay != 0) {
      throw new IllegalArgumentException("daily profile: the history of " + history.length
          + " intervals is not a whole number of days of " + perDay);
    }
    int days = history.length / perDay;
    double[] totals = dailyTotals(history, days);
    double[] forecast = new double[horizon];
    int planned = -1;
    double[] day = null;
    for (int step = 0; step < horizon; step++) {
      int d = days + step / perDay;
      if (d != planned) {
        day = dayForecast(history, totals, SeasonalAverage.latestSameSlot(days, d, Seasons.DAYS_PER_WEEK));
        planned = d;
      }
      forecast[step] = day[step % perDay];
    }
    return forecast;
  }

  /** Each day's total; NaN for a day with a holiday interval. */
  private double[] dailyTotals(double[] history, int days) {
    double[] totals = new double[days];
    for (int d = 0; d < days; d++) {
      double sum = 0;
      for (int j = 0; j < perDay; j++) {
        sum += history[d * perDay + j];
      }
      totals[d] = sum;
    }
    return totals;
  }

  /** The forecast of one day whose latest past day of the same weekday is {@code lastSameWeekday}. */
  private double[] dayForecast(double[] history, double[] totals, int lastSameWeekday) {
    double total = SeasonalAverage.meanOfLatestSamples(totals, lastSameWeekday, Seasons.DAYS_PER_WEEK, totalWeeks);
    double[] day = new double[perDay];
    double profileMass = 0;
    int found = 0;
    for (int d = lastSameWeekday; d >= 0 && found < profileWeeks; d -= Seasons.DAYS_PER_WEEK) {
      if (Double.isNaN(totals[d])) {
        continue;
      }
      found++;
      profileMass += totals[d];
      for (int j = 0; j < perDay; j++) {
        day[j] += history[d * perDay + j];
      }
    }
    for (int j = 0; j < perDay; j++) {
      day[j] = profileMass == 0 ? 0 : total * day[j] / profileMass;
    }
    return day;
  }
}
