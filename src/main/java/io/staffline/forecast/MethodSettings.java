package io.staffline.forecast;

import java.util.List;

/**
 * The parameters of the forecast methods (defaults and meaning: docs/forecasting.md §settings).
 *
 * @param averageWeeks k of the seasonal moving average and of the daily totals of the daily-profile
 *     method
 * @param profileWeeks weeks of history behind each weekday's intraday profile (daily profile)
 * @param holtWinters the parameter grid Holt-Winters is fitted on
 */
public record MethodSettings(int averageWeeks, int profileWeeks, HoltWintersGrid holtWinters) {
  public static final MethodSettings DEFAULTS = new MethodSettings(4, 8, HoltWintersGrid.DEFAULTS);

  public MethodSettings {
    if (averageWeeks < 1) {
      throw new IllegalArgumentException("seasonal_average_weeks must be at least 1, not " + averageWeeks);
    }
    if (profileWeeks < averageWeeks) {
      throw new IllegalArgumentException("daily_profile_weeks (" + profileWeeks
          + ") must be at least seasonal_average_weeks (" + averageWeeks
          + "): with the same weeks the method is the seasonal average again");
    }
  }

  /**
   * The smoothing parameters tried when fitting Holt-Winters (every combination), and the weeks
   * its starting state is estimated from.
   */
  public record HoltWintersGrid(List<Double> alpha, List<Double> delta, List<Double> omega, int initWeeks) {
    public static final HoltWintersGrid DEFAULTS = new HoltWintersGrid(
        List.of(0.0, 0.02, 0.05, 0.1, 0.2), List.of(0.0, 0.02, 0.05, 0.1), List.of(0.0, 0.02, 0.05, 0.1, 0.2), 2);

    public HoltWintersGrid {
      alpha = checked("holt_winters.alpha", alpha);
      delta = checked("holt_winters.delta", delta);
      omega = checked("holt_winters.omega", omega);
      if (initWeeks < 1) {
        throw new IllegalArgumentException("holt_winters.init_weeks must be at least 1, not " + initWeeks);
      }
    }

    private static List<Double> checked(String name, List<Double> values) {
      if (values == null || values.isEmpty()) {
        throw new IllegalArgumentException(name + ": give at least one value in [0, 1]");
      }
      for (Double v : values) {
        if (v == null || !(v >= 0 && v <= 1)) {
          throw new IllegalArgumentException(name + ": " + v + " is not in [0, 1]");
        }
      }
      return List.copyOf(values);
    }
  }
}
