package io.staffline.forecast;

/**
 * Sums of forecast errors over a set of intervals, and the scores made of them
 * (docs/forecasting.md §scores): WAPE = Σ|F − A| ÷ ΣA, bias = Σ(F − A) ÷ ΣA, MASE = Σ|F − A| ÷
 * Σ|N − A| with N the seasonal naive forecast of the same intervals. A score whose denominator is 0
 * is NaN (null in tables).
 */
public final class AccuracyTally {
  private long intervals;
  private double actualTotal;
  private double absoluteError;
  private double error;
  private double naiveAbsoluteError;

  /** Adds one interval: forecast, actual, and the seasonal naive forecast of it. */
  public void add(double forecast, double actual, double naive) {
    intervals++;
    actualTotal += actual;
    absoluteError += Math.abs(forecast - actual);
    error += forecast - actual;
    naiveAbsoluteError += Math.abs(naive - actual);
  }

  public long intervals() {
    return intervals;
  }

  public double actualTotal() {
    return actualTotal;
  }

  public double absoluteError() {
    return absoluteError;
  }

  public double wape() {
    return ratio(absoluteError, actualTotal);
  }

  public double bias() {
    return ratio(error, actualTotal);
  }

  /** Seasonal naive's WAPE on the same intervals. */
  public double naiveWape() {
    return ratio(naiveAbsoluteError, actualTotal);
  }

  public double mase() {
    return ratio(absoluteError, naiveAbsoluteError);
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }
}
