package io.staffline.forecast;

/**
 * A forecast method: a history of counts per interval → the counts of the next {@code horizon}
 * intervals. Pure. The history starts at 00:00 UTC (see {@link Seasons}); a {@code NaN} marks an
 * interval that is not a normal sample (a holiday), which each method skips in its own way. The
 * forecast never goes below 0.
 */
public interface ForecastMethod {
  double[] forecast(double[] history, int horizon);
}
