package io.staffline.forecast;

import java.util.List;

/**
 * Picks a queue's method: the least overall backtest WAPE. All methods are scored on the same
 * intervals, so that is the least Σ|F − A|, which also decides queues whose actuals sum to 0. A
 * tie (equal within a relative 1e-9, against rounding) goes to the simpler method, the earlier in
 * {@link Method}; no backtest at all gives the simplest candidate.
 */
public final class MethodChoice {
  static final double TIE = 1e-9;

  private MethodChoice() {}

  public static Method choose(List<Backtest.MethodScore> scores) {
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("no methods to choose from");
    }
    Backtest.MethodScore best = null;
    for (Backtest.MethodScore s : scores.stream().sorted((a, b) -> a.method().compareTo(b.method())).toList()) {
      if (best == null || clearlyLess(s.overall().absoluteError(), best.overall().absoluteError())) {
        best = s;
      }
    }
    return best.method();
  }

  private static boolean clearlyLess(double a, double b) {
    return a < b - TIE * Math.max(1, Math.abs(b));
  }
}
