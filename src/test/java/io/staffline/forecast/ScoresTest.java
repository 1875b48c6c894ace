package io.staffline.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WAPE, bias, MASE, horizon buckets, the method choice and the prediction intervals, by hand. */
class ScoresTest {
  private static final double EXACT = 0;

  @Test
  void wapeBiasAndMaseOfThreeIntervals() {
    AccuracyTally t = new AccuracyTally();
    // (F, A, naive): (2, 3, 1), (4, 3, 5), (0, 1, 3).
    t.add(2, 3, 1);
    t.add(4, 3, 5);
    t.add(0, 1, 3);
    // Σ|F−A| = 1 + 1 + 1 = 3, ΣA = 7, Σ(F−A) = −1 + 1 − 1 = −1, Σ|N−A| = 2 + 2 + 2 = 6.
    assertEquals(3, t.intervals());
    assertEquals(7, t.actualTotal(), EXACT);
    assertEquals(3.0 / 7, t.wape(), EXACT);
    assertEquals(-1.0 / 7, t.bias(), EXACT);
    assertEquals(0.5, t.mase(), EXACT);
    assertEquals(6.0 / 7, t.naiveWape(), EXACT);
  }

  @Test
  void scoresWithoutActualsAreUndefined() {
    AccuracyTally t = new AccuracyTally();
    t.add(1, 0, 0);
    assertEquals(Double.NaN, t.wape());
    assertEquals(Double.NaN, t.bias());
    assertEquals(Double.NaN, t.mase());
  }

  @Test
  void horizonBucketsAreWholeDaysFromTheOrigin() {
    Seasons halfHours = new Seasons(48);
    assertEquals(HorizonBucket.DAY_1, HorizonBucket.of(0, halfHours));
    assertEquals(HorizonBucket.DAY_1, HorizonBucket.of(47, halfHours));
    assertEquals(HorizonBucket.DAYS_2_7, HorizonBucket.of(48, halfHours));
    assertEquals(HorizonBucket.DAYS_2_7, HorizonBucket.of(7 * 48 - 1, halfHours));
    assertEquals(HorizonBucket.WEEK_2_PLUS, HorizonBucket.of(7 * 48, halfHours));
  }

  private static Backtest.MethodScore scored(Method m, double absoluteError) {
    AccuracyTally t = new AccuracyTally();
    t.add(absoluteError, 0, 0);
    return new Backtest.MethodScore(m, new EnumMap<>(HorizonBucket.class), t, new EnumMap<>(HorizonBucket.class));
  }

  @Test
  void theLeastErrorWins() {
    assertEquals(Method.DAILY_PROFILE, MethodChoice.choose(List.of(scored(Method.SEASONAL_NAIVE, 10),
        scored(Method.HOLT_WINTERS, 9), scored(Method.DAILY_PROFILE, 8), scored(Method.SEASONAL_AVERAGE, 8.5))));
  }

  @Test
  void aTieGoesToTheSimplerMethodWhateverTheOrder() {
    assertEquals(Method.SEASONAL_AVERAGE, MethodChoice.choose(List.of(scored(Method.HOLT_WINTERS, 8),
        scored(Method.SEASONAL_AVERAGE, 8), scored(Method.SEASONAL_NAIVE, 9))));
    // Equal but for rounding (a relative 1e-12) is a tie too.
    assertEquals(Method.SEASONAL_NAIVE, MethodChoice.choose(List.of(scored(Method.HOLT_WINTERS, 8),
        scored(Method.SEASONAL_NAIVE, 8 * (1 + 1e-12)))));
  }

  @Test
  void intervalsComeFromTheTenthAndNinetiethPercentileOfScaledErrors() {
    // Six errors −2..3: type 7, h = 5 × 0.1 = 0.5 → q10 = (−2 − 1)/2 = −1.5; h = 4.5 → q90 = (2 + 3)/2 = 2.5.
    PredictionIntervals p = new PredictionIntervals(Map.of(HorizonBucket.DAY_1, new double[] {3, -1, 0, 2, -2, 1}), 0.8);
    // F = 4: scale √4 = 2 → [4 − 3, 4 + 5].
    assertEquals(1, p.lower(4, HorizonBucket.DAY_1), EXACT);
    assertEquals(9, p.upper(4, HorizonBucket.DAY_1), EXACT);
    // F = 0.25: scale √max(F, 1) = 1 → [0.25 − 1.5 → 0, 2.75].
    assertEquals(0, p.lower(0.25, HorizonBucket.DAY_1), EXACT);
    assertEquals(2.75, p.upper(0.25, HorizonBucket.DAY_1), EXACT);
  }

  @Test
  void aBucketWithoutErrorsUsesAllErrorsTogether() {
    Map<HorizonBucket, double[]> errors = new EnumMap<>(HorizonBucket.class);
    errors.put(HorizonBucket.DAY_1, new double[] {0, 1});
    errors.put(HorizonBucket.DAYS_2_7, new double[] {2, 3, 4});
    PredictionIntervals p = new PredictionIntervals(errors, 0.8);
    // Pooled 0..4: q10 = 0.4, q90 = 3.6; F = 9, scale 3.
    assertEquals(9 + 0.4 * 3, p.lower(9, HorizonBucket.WEEK_2_PLUS), 1e-12);
    assertEquals(9 + 3.6 * 3, p.upper(9, HorizonBucket.WEEK_2_PLUS), 1e-12);
    // Day 1 has its own: q10 = 0.1, q90 = 0.9.
    assertEquals(9 + 0.1 * 3, p.lower(9, HorizonBucket.DAY_1), 1e-12);
  }

  @Test
  void theScaledErrorDividesByTheRootOfTheForecast() {
    assertEquals((7 - 4) / 2.0, Backtest.scaledError(4, 7), EXACT);
    assertEquals(-0.5, Backtest.scaledError(0.5, 0), EXACT);
  }
}
