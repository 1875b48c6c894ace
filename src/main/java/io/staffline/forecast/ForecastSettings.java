package io.staffline.forecast;

import java.util.List;

/**
 * The settings of {@code staffline forecast}, one default each ({@link #DEFAULTS}), overridden by
 * jobs/forecast.yaml ({@link ForecastConfig}). Meaning and defaults: docs/forecasting.md §settings.
 *
 * @param horizonWeeks weeks forecast from the as-of
 * @param methods the candidates of the backtest (seasonal naive is always scored, for MASE)
 * @param intervalCoverage the share the prediction interval should hold (0.8: an 80% interval)
 * @param ahtMinEventsPerSlot handled events a slot of the week needs for its own handle time
 */
public record ForecastSettings(int horizonWeeks, List<Method> methods, MethodSettings methodSettings,
    BacktestSettings backtest, double intervalCoverage, HolidayPolicy holidays, long ahtMinEventsPerSlot) {

  public static final ForecastSettings DEFAULTS = new ForecastSettings(6, List.of(Method.values()),
      MethodSettings.DEFAULTS, BacktestSettings.DEFAULTS, 0.8, HolidayPolicy.DEFAULTS, 30);

  public ForecastSettings {
    if (horizonWeeks < 1) {
      throw new IllegalArgumentException("horizon_weeks must be at least 1, not " + horizonWeeks);
    }
    if (methods == null || methods.isEmpty()) {
      throw new IllegalArgumentException("methods: name at least one of " + Method.codes());
    }
    methods = methods.stream().sorted().distinct().toList();
    if (!(intervalCoverage > 0 && intervalCoverage < 1)) {
      throw new IllegalArgumentException("interval_coverage must be between 0 and 1, not " + intervalCoverage);
    }
    if (ahtMinEventsPerSlot < 1) {
      throw new IllegalArgumentException("aht_min_events_per_slot must be at least 1, not " + ahtMinEventsPerSlot);
    }
  }

  /** The same settings with another horizon (the holdout evaluation forecasts exactly the weeks held out). */
  public ForecastSettings withHorizonWeeks(int weeks) {
    return new ForecastSettings(weeks, methods, methodSettings, backtest, intervalCoverage, holidays, ahtMinEventsPerSlot);
  }
}
