package io.staffline.forecast;

import io.staffline.forecast.MethodSettings.HoltWintersGrid;

/**
 * Double-seasonal Holt-Winters, additive, without trend (Taylor 2003, error-correction form): a
 * level ℓ, a daily component d (one value per interval of the day) and a weekly component w (one
 * per interval of the week). With e_t = y_t − (ℓ + d[t mod P] + w[t mod W]) each observation
 * updates ℓ += α·e, d[t mod P] += δ·e, w[t mod W] += ω·e; the forecast is ℓ + d + w of the slot,
 * never below 0. The starting state comes from the first {@code initWeeks} weeks (means of slots),
 * and (α, δ, ω) is the grid combination with the least squared <em>day-ahead</em> error after them
 * (each interval forecast from a day before it): the one-step error rewards a level that chases
 * the last few intervals, which then carries a passing burst across a six-week horizon. A NaN
 * (holiday) updates nothing. docs/forecasting.md §Holt-Winters.
 */
public final class HoltWinters implements ForecastMethod {
  private final int perDay;
  private final int perWeek;
  private final HoltWintersGrid grid;

  /** One combination of smoothing parameters and its in-sample squared day-ahead error. */
  public record Fit(double alpha, double delta, double omega, double squaredError) {}

  public HoltWinters(Seasons seasons, MethodSettings settings) {
    this(seasons, settings.holtWinters());
  }

  public HoltWinters(Seasons seasons, HoltWintersGrid grid) {
    this.perDay = seasons.perDay();
    this.perWeek = seasons.perWeek();
    this.grid = grid;
  }

  @Override
  public double[] forecast(double[] history, int horizon) {
    Fit fit = fit(history);
    State state = initialState(history);
    state.smooth(history, fit, 0);
    double[] forecast = new double[horizon];
    for (int step = 0; step < horizon; step++) {
      forecast[step] = Math.max(0, state.predict(history.length + step));
    }
    return forecast;
  }

  /** The grid combination with the least squared day-ahead error (the first of equals, in grid order). */
  public Fit fit(double[] history) {
    int scoredFrom = Math.min(history.length, grid.initWeeks() * perWeek);
    if (scoredFrom == history.length) {
      scoredFrom = 0;
    }
    State start = initialState(history);
    Fit best = null;
    for (double alpha : grid.alpha()) {
      for (double delta : grid.delta()) {
        for (double omega : grid.omega()) {
          State state = start.copy();
          Fit candidate = new Fit(alpha, delta, omega, 0);
          double error = state.smooth(history, candidate, scoredFrom);
          if (best == null || error < best.squaredError()) {
            best = new Fit(alpha, delta, omega, error);
          }
        }
      }
    }
    return best;
  }

  /** ℓ = mean of the first weeks; d = mean of each interval of the day − ℓ; w = mean of each slot − ℓ − d. */
  State initialState(double[] history) {
    int end = Math.min(history.length, grid.initWeeks() * perWeek);
    double[] weekSum = new double[perWeek];
    int[] weekCount = new int[perWeek];
    double[] daySum = new double[perDay];
    int[] dayCount = new int[perDay];
    double sum = 0;
    int count = 0;
    for (int t = 0; t < end; t++) {
      double y = history[t];
      if (!Double.isNaN(y)) {
        sum += y;
        count++;
        weekSum[t % perWeek] += y;
        weekCount[t % perWeek]++;
        daySum[t % perDay] += y;
        dayCount[t % perDay]++;
      }
    }
    State state = new State(count == 0 ? 0 : sum / count, new double[perDay], new double[perWeek]);
    for (int j = 0; j < perDay; j++) {
      state.daily[j] = dayCount[j] == 0 ? 0 : daySum[j] / dayCount[j] - state.level;
    }
    for (int i = 0; i < perWeek; i++) {
      state.weekly[i] = weekCount[i] == 0 ? 0 : weekSum[i] / weekCount[i] - state.level - state.daily[i % perDay];
    }
    return state;
  }

  /** Level and the two seasonal components, indexed by interval of the day and of the week. */
  final class State {
    double level;
    final double[] daily;
    final double[] weekly;

    State(double level, double[] daily, double[] weekly) {
      this.level = level;
      this.daily = daily;
      this.weekly = weekly;
    }

    State copy() {
      return new State(level, daily.clone(), weekly.clone());
    }

    double predict(int t) {
      return level + daily[t % perDay] + weekly[t % perWeek];
    }

    /**
     * Runs the updates over the history; returns the squared day-ahead error from {@code scoredFrom}
     * on: the error of each interval's forecast made a day (P intervals) before it. That forecast is
     * the level of then plus today's seasonal values, which have not changed since (each updates
     * once a cycle), so a ring of the last P levels gives it exactly.
     */
    double smooth(double[] history, Fit fit, int scoredFrom) {
      double squared = 0;
      double[] levels = new double[perDay];
      for (int t = 0; t < history.length; t++) {
        levels[t % perDay] = level;
        double y = history[t];
        if (Double.isNaN(y)) {
          continue;
        }
        double e = y - predict(t);
        if (t >= scoredFrom && t >= perDay - 1) {
          double dayAhead = y - (levels[(t + 1) % perDay] + daily[t % perDay] + weekly[t % perWeek]);
          squared += dayAhead * dayAhead;
        }
        level += fit.alpha() * e;
        daily[t % perDay] += fit.delta() * e;
        weekly[t % perWeek] += fit.omega() * e;
      }
      return squared;
    }
  }
}
