package io.staffline.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** jobs/forecast.yaml: the bundled file states the defaults; every bad key or value names file, line and key. */
class ForecastConfigTest {
  private static final String FILE = "forecast.yaml";

  private static String error(String yaml) {
    return assertThrows(IllegalArgumentException.class, () -> ForecastConfig.parse(yaml, FILE)).getMessage();
  }

  @Test
  void theBundledFileHoldsExactlyTheDefaults() {
    assertEquals(ForecastSettings.DEFAULTS, ForecastConfig.load(Path.of("jobs", "forecast.yaml")));
  }

  @Test
  void anEmptyFileAndLeftOutKeysTakeTheDefaults() {
    assertEquals(ForecastSettings.DEFAULTS, ForecastConfig.parse("", FILE));
    ForecastSettings s = ForecastConfig.parse("seasonal_average_weeks: 3\nholidays:\n  forecast: normal\n", FILE);
    assertEquals(3, s.methodSettings().averageWeeks());
    assertEquals(HolidayPolicy.Forecast.NORMAL, s.holidays().forecast());
    assertEquals(HolidayPolicy.History.SKIP, s.holidays().history());
    assertEquals(ForecastSettings.DEFAULTS.backtest(), s.backtest());
  }

  @Test
  void anUnknownKeyNamesItsLineAndTheKnownKeys() {
    assertEquals("forecast.yaml line 2: unknown key 'horizon_week' (known: [aht_min_events_per_slot, backtest, "
        + "daily_profile_weeks, holidays, holt_winters, horizon_weeks, interval_coverage, methods, "
        + "seasonal_average_weeks])", error("# settings\nhorizon_week: 6\n"));
    assertEquals("forecast.yaml line 3: unknown key 'origin' in backtest (known: [min_train_weeks, origin_step_days, "
        + "origins])", error("horizon_weeks: 6\nbacktest:\n  origin: 3\n"));
  }

  @Test
  void aValueOutOfRangeNamesItsLineAndKey() {
    assertEquals("forecast.yaml line 3: backtest.origins must be at least 1, not 0",
        error("horizon_weeks: 6\nbacktest:\n  origins: 0\n"));
    assertEquals("forecast.yaml line 1: daily_profile_weeks (2) must be at least seasonal_average_weeks (4): with "
        + "the same weeks the method is the seasonal average again", error("daily_profile_weeks: 2\n"));
  }

  @Test
  void aValueOfTheWrongKindNamesItsLineAndKey() {
    assertEquals("forecast.yaml line 1: horizon_weeks: must be a whole number, not 'six'", error("horizon_weeks: six\n"));
    assertEquals("forecast.yaml line 1: methods[1]: unknown forecast method 'arima'; known: seasonal_naive, "
        + "seasonal_average, daily_profile, holt_winters", error("methods: [seasonal_naive, arima]\n"));
    assertEquals("forecast.yaml line 2: holt_winters.alpha[0]: must be a number, not 'high'",
        error("holt_winters:\n  alpha: [high]\n"));
    assertEquals("forecast.yaml line 2: holidays.forecast: 'closed' is not one of [zero, normal]",
        error("holidays:\n  forecast: closed\n"));
    assertEquals("forecast.yaml line 2: holt_winters.alpha: expected a value or a list, not a mapping",
        error("holt_winters:\n  alpha: {a: 1}\n"));
  }

  @Test
  void methodsAreKeptInSimplicityOrder() {
    assertEquals(List.of(Method.SEASONAL_NAIVE, Method.HOLT_WINTERS),
        ForecastConfig.parse("methods: [holt_winters, seasonal_naive, holt_winters]\n", FILE).methods());
  }
}
