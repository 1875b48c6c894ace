package io.staffline.forecast;

/**
 * Seasonal moving average of k weeks: the mean of the same interval of the week in the k latest
 * weeks of history with a normal sample there (holidays skipped, so the walk may reach further
 * back); 0 for a slot that has none. docs/forecasting.md §methods.
 */
public final class SeasonalAverage implements ForecastMethod {
  private final int week;
  private final int weeks;

  public SeasonalAverage(Seasons seasons, MethodSettings settings) {
    this(seasons, settings.averageWeeks());
  }

  public SeasonalAverage(Seasons seasons, int weeks) {
    if (weeks < 1) {
      throw new IllegalArgumentException("a seasonal average needs at least 1 week, not " + weeks);
    }
    this.week = seasons.perWeek();
    this.weeks = weeks;
  }

  @Override
  public double[] forecast(double[] history, int horizon) {
    int n = history.length;
    double[] forecast = new double[horizon];
    for (int step = 0; step < horizon; step++) {
      forecast[step] = meanOfLatestSamples(history, latestSameSlot(n, n + step, week), week, weeks);
    }
    return forecast;
  }

  /** The latest index before {@code n} in the same slot of the cycle as {@code t} (may be negative). */
  static int latestSameSlot(int n, int t, int cycle) {
    return t - cycle * ((t - n) / cycle + 1);
  }

  /** The mean of up to {@code k} non-NaN values at {@code from}, {@code from − cycle}, …; 0 if none. */
  static double meanOfLatestSamples(double[] history, int from, int cycle, int k) {
    double sum = 0;
    int found = 0;
    for (int s = from; s >= 0 && found < k; s -= cycle) {
      if (!Double.isNaN(history[s])) {
        sum += history[s];
        found++;
      }
    }
    return found == 0 ? 0 : sum / found;
  }
}
