package io.staffline.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rolling-origin backtest on a one-interval-a-day series (a week is 7 intervals), by hand. */
class BacktestTest {
  private static final Seasons DAILY = new Seasons(1);
  private static final BacktestSettings TWO_ORIGINS = new BacktestSettings(2, 7, 2);
  private static final double EXACT = 0;

  // Four weeks: every week the same except week 4 adds 7 on Monday.
  private static final double[] SERIES = {
      1, 2, 3, 4, 5, 6, 7,
      1, 2, 3, 4, 5, 6, 7,
      1, 2, 3, 4, 5, 6, 7,
      8, 2, 3, 4, 5, 6, 7};

  private final Backtest backtest = new Backtest(DAILY, List.of(Method.SEASONAL_NAIVE, Method.SEASONAL_AVERAGE),
      MethodSettings.DEFAULTS, TWO_ORIGINS);

  @Test
  void originsStepBackFromTheEndAndKeepTheMinimumTraining() {
    // 28 − 7 = 21 and 28 − 14 = 14; both leave ≥ 2 weeks (14) of training.
    assertEquals(List.of(21, 14), backtest.origins(28));
    // With 20 intervals: 13 and 6 are both short of 14.
    assertEquals(List.of(), backtest.origins(20));
  }

  @Test
  void eachOriginScoresWhatItsHorizonReaches() {
    Backtest.Result r = backtest.run(SERIES, 14);
    Backtest.MethodScore naive = r.of(Method.SEASONAL_NAIVE);
    // Origin 21 forecasts 7 steps (the series ends), origin 14 forecasts 14 steps: 21 intervals.
    assertEquals(21, naive.overall().intervals());
    // Day 1 of each origin: t = 21 (actual 8, naive 1) and t = 14 (actual 1, naive 1).
    assertEquals(2, naive.buckets().get(HorizonBucket.DAY_1).intervals());
    assertEquals(9, naive.buckets().get(HorizonBucket.DAY_1).actualTotal(), EXACT);
    assertEquals(7.0 / 9, naive.buckets().get(HorizonBucket.DAY_1).wape(), EXACT);
    // Week 2 of origin 14 is t = 21..27: only the Monday misses (by 7), as on day 1 of origin 21.
    assertEquals(7, naive.buckets().get(HorizonBucket.WEEK_2_PLUS).intervals());
    assertEquals(7, naive.buckets().get(HorizonBucket.WEEK_2_PLUS).absoluteError(), EXACT);
    assertEquals(14, naive.overall().absoluteError(), EXACT);
    // Scaled errors of day 1: (8 − 1)/√1 and (1 − 1)/√1, in origin order.
    assertArrayEquals(new double[] {7, 0}, naive.scaledErrors().get(HorizonBucket.DAY_1), EXACT);
  }

  @Test
  void theAverageIsScoredOnTheSameIntervalsAgainstNaive() {
    Backtest.Result r = backtest.run(SERIES, 14);
    Backtest.MethodScore average = r.of(Method.SEASONAL_AVERAGE);
    // Origin 21: Monday mean of 3 weeks = 1 (actual 8, off 7); the rest exact. Origin 14: all exact
    // but t = 21 (forecast 1, actual 8). So the same 14 of error as naive: MASE 1.
    assertEquals(21, average.overall().intervals());
    assertEquals(14, average.overall().absoluteError(), EXACT);
    assertEquals(1, average.overall().mase(), EXACT);
  }

  @Test
  void holidayActualsAreNotScored() {
    double[] withHoliday = SERIES.clone();
    withHoliday[21] = Double.NaN;
    Backtest.Result r = backtest.run(withHoliday, 14);
    // t = 21 is left out of both origins' scores: 19 intervals, no error at all.
    assertEquals(19, r.of(Method.SEASONAL_NAIVE).overall().intervals());
    assertEquals(0, r.of(Method.SEASONAL_NAIVE).overall().absoluteError(), EXACT);
  }
}
