package io.staffline.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.staffline.forecast.MethodSettings.HoltWintersGrid;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Double-seasonal Holt-Winters: the update equations, the grid fit and the edge cases, by hand. */
class HoltWintersTest {
  private static final Seasons ONE_PER_DAY = new Seasons(1);
  private static final Seasons FOUR_PER_DAY = new Seasons(4);
  private static final double[] WEEK = {1, 2, 3, 4, 5, 6, 7};
  private static final double ROUNDING = 1e-9;

  private static HoltWintersGrid only(double alpha, double delta, double omega, int initWeeks) {
    return new HoltWintersGrid(List.of(alpha), List.of(delta), List.of(omega), initWeeks);
  }

  @Test
  void aPureSeasonalSeriesIsReproduced() {
    // Four days of four intervals with a daily shape, scaled per weekday, repeated for three weeks.
    double[] week = new double[28];
    double[] shape = {1, 6, 9, 4};
    double[] weekday = {1.2, 1.1, 1, 1, 0.9, 0.4, 0.3};
    for (int d = 0; d < 7; d++) {
      for (int j = 0; j < 4; j++) {
        week[4 * d + j] = 10 * shape[j] * weekday[d];
      }
    }
    double[] history = new double[3 * 28];
    for (int t = 0; t < history.length; t++) {
      history[t] = week[t % 28];
    }
    double[] forecast = new HoltWinters(FOUR_PER_DAY, HoltWintersGrid.DEFAULTS).forecast(history, 56);
    double[] twoWeeks = new double[56];
    for (int t = 0; t < 56; t++) {
      twoWeeks[t] = week[t % 28];
    }
    assertArrayEquals(twoWeeks, forecast, ROUNDING);
  }

  @Test
  void eachErrorMovesTheLevelByAlphaTimesTheError() {
    // Init from week 1: level 4, daily 0 (one interval a day), weekly y − 4. Week 2 is week 1 + 2.
    // With α = 0.5: errors 2, 1, 0.5, ... so after 7 steps level = 4 + 2 × (1 − 0.5⁷) = 5.984375.
    double[] history = {1, 2, 3, 4, 5, 6, 7, 3, 4, 5, 6, 7, 8, 9};
    double[] forecast = new HoltWinters(ONE_PER_DAY, only(0.5, 0, 0, 1)).forecast(history, 2);
    // Monday: level + weekly[Monday] = 5.984375 + (1 − 4); Tuesday: 5.984375 + (2 − 4).
    assertArrayEquals(new double[] {2.984375, 3.984375}, forecast, ROUNDING);
  }

  @Test
  void seasonalComponentsTakeTheirShareOfTheError() {
    // Same series, α = 0, ω = 0.5: only the slot seen moves, by half its error of 2 each time.
    double[] history = {1, 2, 3, 4, 5, 6, 7, 3, 4, 5, 6, 7, 8, 9};
    double[] forecast = new HoltWinters(ONE_PER_DAY, only(0, 0, 0.5, 1)).forecast(history, 7);
    assertArrayEquals(new double[] {2, 3, 4, 5, 6, 7, 8}, forecast, ROUNDING);
  }

  @Test
  void theFitPicksTheLeastSquaredDayAheadError() {
    double[] history = {1, 2, 3, 4, 5, 6, 7, 3, 4, 5, 6, 7, 8, 9};
    HoltWinters hw = new HoltWinters(ONE_PER_DAY, new HoltWintersGrid(List.of(0.0, 0.5), List.of(0.0), List.of(0.0), 1));
    HoltWinters.Fit fit = hw.fit(history);
    // One interval a day, so a day ahead is one step. Scored from week 2 on. α = 0: seven errors of
    // 2, SSE 28. α = 0.5: errors 2·0.5^k, k = 0..6, SSE = 4 × (1 − 0.25⁷) / 0.75 = 5.33301...
    assertEquals(0.5, fit.alpha(), 0);
    assertEquals(4 * (1 - Math.pow(0.25, 7)) / 0.75, fit.squaredError(), ROUNDING);
  }

  @Test
  void theDayAheadErrorUsesTheLevelOfADayBefore() {
    // Two intervals a day (a week of 14). Week 1 is 4 everywhere (level 4, no seasonality); week 2
    // is 6 everywhere. With α = 0.5 the levels before each step of week 2 are 4, 5, 5.5, 5.75, ...
    // The forecast of interval t made a day (2 intervals) before uses the level before step t − 1:
    // t = 14 → 4 (error 2), t = 15 → 4 (2), t = 16 → 5 (1), t = 17 → 5.5 (0.5), ... so the errors
    // are 2 and then 2·0.5^k for k = 0..12: SSE = 4 + 4 × (1 − 0.25¹³) / 0.75.
    double[] history = new double[28];
    java.util.Arrays.fill(history, 0, 14, 4);
    java.util.Arrays.fill(history, 14, 28, 6);
    HoltWinters.Fit fit = new HoltWinters(new Seasons(2), only(0.5, 0, 0, 1)).fit(history);
    assertEquals(4 + 4 * (1 - Math.pow(0.25, 13)) / 0.75, fit.squaredError(), ROUNDING);
  }

  @Test
  void aHolidayUpdatesNothing() {
    double[] history = {1, 2, 3, 4, 5, 6, 7, 3, Double.NaN, 5, 6, 7, 8, 9};
    double[] forecast = new HoltWinters(ONE_PER_DAY, only(0.5, 0, 0, 1)).forecast(history, 1);
    // α = 0.5. t=7: 1 vs 3, level 5; t=8 (Tuesday) is a holiday and skipped; t=9: 5 − 1 = 4 vs 5,
    // level 5.5; t=10: 5.5 vs 6, 5.75; t=11: 6.75 vs 7, 5.875; t=12: 7.875 vs 8, 5.9375; t=13: 8.9375
    // vs 9, 5.96875. Monday: 5.96875 + (1 − 4).
    assertArrayEquals(new double[] {2.96875}, forecast, ROUNDING);
  }

  @Test
  void zerosStayZeroAndNegativeForecastsAreCutAtZero() {
    assertArrayEquals(new double[7], new HoltWinters(ONE_PER_DAY, HoltWintersGrid.DEFAULTS).forecast(new double[21], 7), 0);
    // Week 2 collapses to 0 (and 1 on Sunday); α = 1 makes the level follow each observation.
    double[] falling = {1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 0, 0, 0, 1};
    double[] forecast = new HoltWinters(ONE_PER_DAY, only(1, 0, 0, 1)).forecast(falling, 7);
    // Level after the last step: 1 − w[Sunday] = 1 − 3 = −2; Monday..Saturday −5..0 → 0, Sunday −2 + 3 = 1.
    assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 1}, forecast, ROUNDING);
  }
}
