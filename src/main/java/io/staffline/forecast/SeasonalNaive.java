package io.staffline.forecast;

/**
 * Seasonal naive: the same interval of the latest week with a normal sample there (last week,
 * or the week before when last week was a holiday). The benchmark every method is scored
 * against (MASE). docs/forecasting.md §methods.
 */
public final class SeasonalNaive implements ForecastMethod {
  private final SeasonalAverage lastWeek;

  public SeasonalNaive(Seasons seasons, MethodSettings settings) {
    this(seasons);
  }

  public SeasonalNaive(Seasons seasons) {
    this.lastWeek = new SeasonalAverage(seasons, 1);
  }

  @Override
  public double[] forecast(double[] history, int horizon) {
    return lastWeek.forecast(history, horizon);
  }
}
