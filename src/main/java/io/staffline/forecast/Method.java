package io.staffline.forecast;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The forecast methods by name, simplest first: a tie in the backtest goes to the earlier one.
 * docs/forecasting.md §methods.
 */
public enum Method {
  SEASONAL_NAIVE(SeasonalNaive::new),
  SEASONAL_AVERAGE(SeasonalAverage::new),
  DAILY_PROFILE(DailyProfile::new),
  HOLT_WINTERS(HoltWinters::new);

  private final BiFunction<Seasons, MethodSettings, ForecastMethod> factory;

  Method(BiFunction<Seasons, MethodSettings, ForecastMethod> factory) {
    this.factory = factory;
  }

  public ForecastMethod create(Seasons seasons, MethodSettings settings) {
    return factory.apply(seasons, settings);
  }

  /** The name in settings and tables: {@code seasonal_naive}, {@code holt_winters}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The method called {@code code}; the error lists the known names. */
  public static Method of(String code) {
    for (Method m : values()) {
      if (m.code().equals(code)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown forecast method '" + code + "'; known: " + codes());
  }

  public static String codes() {
    return Arrays.stream(values()).map(Method::code).collect(Collectors.joining(", "));
  }
}
