package io.staffline.report;

/** The columns of the forecast stage's tables (docs/pipeline.md), read by both workbooks. */
public final class ForecastColumns {
  private ForecastColumns() {}

  /** {@code forecast}: one row per queue × interval × origin. */
  public static final class Forecast {
    public static final String TABLE = "forecast";
    public static final String AS_OF = "as_of";
    public static final String TEAM = "team";
    public static final String CHANNEL = "channel";
    public static final String TIER = "tier";
    public static final String INTERVAL_START = "interval_start";
    public static final String INTERVAL_MINUTES = "interval_minutes";
    public static final String ORIGIN = "origin";
    public static final String METHOD = "method";
    public static final String CONTACTS = "contacts";
    public static final String LO = "contacts_lo";
    public static final String HI = "contacts_hi";
    public static final String AHT = "aht_seconds";
    public static final String[] READ = {AS_OF, TEAM, CHANNEL, TIER, INTERVAL_START, INTERVAL_MINUTES, ORIGIN, METHOD,
        CONTACTS, LO, HI, AHT};

    private Forecast() {}
  }

  /** {@code forecast_accuracy}: one row per queue × method × horizon bucket of the backtest. */
  public static final class ForecastAccuracy {
    public static final String TABLE = "forecast_accuracy";
    public static final String AS_OF = "as_of";
    public static final String TEAM = "team";
    public static final String CHANNEL = "channel";
    public static final String TIER = "tier";
    public static final String METHOD = "method";
    public static final String HORIZON = "horizon_bucket";
    public static final String INTERVALS = "intervals";
    public static final String ACTUAL_TOTAL = "actual_total";
    public static final String WAPE = "wape";
    public static final String BIAS = "bias";
    public static final String MASE = "mase";
    public static final String CHOSEN = "chosen";
    public static final String[] READ = {AS_OF, TEAM, CHANNEL, TIER, METHOD, HORIZON, INTERVALS, ACTUAL_TOTAL, WAPE,
        BIAS, MASE, CHOSEN};

    private ForecastAccuracy() {}
  }
}
