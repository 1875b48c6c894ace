package io.staffline.forecast;

import io.staffline.metrics.stats.Percentiles;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Prediction intervals from the chosen method's backtest errors (docs/forecasting.md §intervals).
 * Per horizon bucket, q_lo and q_hi are the type-7 quantiles at (1 − c)/2 and (1 + c)/2 of the
 * scaled errors z = (A − F) ÷ √max(F, 1); the interval of a forecast F is
 * [max(0, F + q_lo·√max(F, 1)), max(0, F + q_hi·√max(F, 1))]. A bucket without errors uses the
 * errors of all buckets together; without any errors the bounds are NaN (null).
 */
public final class PredictionIntervals {
  private final EnumMap<HorizonBucket, double[]> quantiles = new EnumMap<>(HorizonBucket.class);
  private final double[] pooled;

  public PredictionIntervals(Map<HorizonBucket, double[]> scaledErrors, double coverage) {
    if (!(coverage > 0 && coverage < 1)) {
      throw new IllegalArgumentException("interval coverage must be between 0 and 1, not " + coverage);
    }
    double lowP = (1 - coverage) / 2;
    double highP = (1 + coverage) / 2;
    scaledErrors.forEach((bucket, errors) -> {
      if (errors.length > 0) {
        quantiles.put(bucket, bounds(Percentiles.sorted(errors), lowP, highP));
      }
    });
    double[] all = scaledErrors.values().stream().flatMapToDouble(Arrays::stream).toArray();
    pooled = all.length == 0 ? new double[] {Double.NaN, Double.NaN} : bounds(Percentiles.sorted(all), lowP, highP);
  }

  private static double[] bounds(double[] sorted, double lowP, double highP) {
    return new double[] {Percentiles.continuous(sorted, lowP), Percentiles.continuous(sorted, highP)};
  }

  public double lower(double forecast, HorizonBucket bucket) {
    return bound(forecast, quantiles.getOrDefault(bucket, pooled)[0]);
  }

  public double upper(double forecast, HorizonBucket bucket) {
    return bound(forecast, quantiles.getOrDefault(bucket, pooled)[1]);
  }

  private static double bound(double forecast, double quantile) {
    return Math.max(0, forecast + quantile * Math.sqrt(Math.max(forecast, 1)));
  }
}
