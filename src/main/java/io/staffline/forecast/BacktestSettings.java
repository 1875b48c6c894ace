package io.staffline.forecast;

/**
 * The rolling-origin backtest: {@code origins} origins, {@code originStepDays} apart, the latest
 * one step before the as-of; an origin needs {@code minTrainWeeks} weeks of history before it.
 */
public record BacktestSettings(int origins, int originStepDays, int minTrainWeeks) {
  public static final BacktestSettings DEFAULTS = new BacktestSettings(6, 7, 2);

  public BacktestSettings {
    if (origins < 1) {
      throw new IllegalArgumentException("backtest.origins must be at least 1, not " + origins);
    }
    if (originStepDays < 1) {
      throw new IllegalArgumentException("backtest.origin_step_days must be at least 1, not " + originStepDays);
    }
    if (minTrainWeeks < 1) {
      throw new IllegalArgumentException("backtest.min_train_weeks must be at least 1, not " + minTrainWeeks);
    }
  }
}
