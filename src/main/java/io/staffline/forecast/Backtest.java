package io.staffline.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;

/**
 * Rolling-origin backtest of one queue's series (docs/forecasting.md §backtest). Origins lie at
 * as-of − j × step days (j = 1 … origins) and keep at least the minimum training history; from each
 * one every method forecasts min(horizon, intervals left) ahead from the history before it and is
 * scored on the intervals with a normal actual (not NaN). Pure.
 */
public final class Backtest {
  private final Seasons seasons;
  private final List<Method> methods;
  private final MethodSettings methodSettings;
  private final BacktestSettings settings;

  /** One method's backtest: scores per horizon bucket and over all, and its scaled errors per bucket. */
  public record MethodScore(Method method, EnumMap<HorizonBucket, AccuracyTally> buckets, AccuracyTally overall,
      EnumMap<HorizonBucket, double[]> scaledErrors) {}

  /** The scores of every method (in {@link Method} order) and the origins used. */
  public record Result(List<MethodScore> scores, List<Integer> origins) {
    public MethodScore of(Method method) {
      return scores.stream().filter(s -> s.method() == method).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no backtest of " + method.code()));
    }
  }

  public Backtest(Seasons seasons, List<Method> methods, MethodSettings methodSettings, BacktestSettings settings) {
    this.seasons = seasons;
    this.methods = methods.stream().sorted().distinct().toList();
    this.methodSettings = methodSettings;
    this.settings = settings;
  }

  /** The origins (indices into a series of {@code length} intervals), latest first. */
  public List<Integer> origins(int length) {
    List<Integer> origins = new ArrayList<>();
    int minTrain = settings.minTrainWeeks() * seasons.perWeek();
    for (int j = 1; j <= settings.origins(); j++) {
      int origin = length - j * settings.originStepDays() * seasons.perDay();
      if (origin >= minTrain) {
        origins.add(origin);
      }
    }
    return origins;
  }

  public Result run(double[] series, int horizon) {
    List<Integer> origins = origins(series.length);
    ForecastMethod naive = Method.SEASONAL_NAIVE.create(seasons, methodSettings);
    List<Tally> tallies = methods.stream().map(m -> new Tally(m, m.create(seasons, methodSettings))).toList();
    for (int origin : origins) {
      double[] history = Arrays.copyOf(series, origin);
      int steps = Math.min(horizon, series.length - origin);
      double[] naiveForecast = naive.forecast(history, steps);
      for (Tally tally : tallies) {
        double[] forecast = tally.method == Method.SEASONAL_NAIVE ? naiveForecast
            : tally.forecaster.forecast(history, steps);
        for (int step = 0; step < steps; step++) {
          double actual = series[origin + step];
          if (!Double.isNaN(actual)) {
            tally.add(HorizonBucket.of(step, seasons), forecast[step], actual, naiveForecast[step]);
          }
        }
      }
    }
    return new Result(tallies.stream().map(Tally::score).toList(), List.copyOf(origins));
  }

  /** The scaled error (A − F) ÷ √max(F, 1) of the prediction intervals (docs/forecasting.md §intervals). */
  public static double scaledError(double forecast, double actual) {
    return (actual - forecast) / Math.sqrt(Math.max(forecast, 1));
  }

  private static final class Tally {
    final Method method;
    final ForecastMethod forecaster;
    final EnumMap<HorizonBucket, AccuracyTally> buckets = new EnumMap<>(HorizonBucket.class);
    final AccuracyTally overall = new AccuracyTally();
    final EnumMap<HorizonBucket, double[]> errors = new EnumMap<>(HorizonBucket.class);
    final EnumMap<HorizonBucket, Integer> sizes = new EnumMap<>(HorizonBucket.class);

    Tally(Method method, ForecastMethod forecaster) {
      this.method = method;
      this.forecaster = forecaster;
    }

    void add(HorizonBucket bucket, double forecast, double actual, double naive) {
      buckets.computeIfAbsent(bucket, b -> new AccuracyTally()).add(forecast, actual, naive);
      overall.add(forecast, actual, naive);
      double[] e = errors.computeIfAbsent(bucket, b -> new double[64]);
      int size = sizes.getOrDefault(bucket, 0);
      if (size == e.length) {
        e = Arrays.copyOf(e, 2 * size);
        errors.put(bucket, e);
      }
      e[size] = scaledError(forecast, actual);
      sizes.put(bucket, size + 1);
    }

    MethodScore score() {
      EnumMap<HorizonBucket, double[]> trimmed = new EnumMap<>(HorizonBucket.class);
      errors.forEach((b, e) -> trimmed.put(b, Arrays.copyOf(e, sizes.get(b))));
      return new MethodScore(method, buckets, overall, trimmed);
    }
  }
}
