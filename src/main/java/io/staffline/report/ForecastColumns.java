package io.staffline.report;

import io.staffline.forecast.ForecastTables;

/** The forecast stage's columns as both workbooks read them (names declared once, in ForecastTables). */
public final class ForecastColumns {
  private ForecastColumns() {}

  /** {@code forecast}: one row per queue × interval × origin. */
  public static final class Forecast {
    public static final String TABLE = ForecastTables.FORECAST;
    public static final String AS_OF = ForecastTables.AS_OF;
    public static final String TEAM = ForecastTables.TEAM;
    public static final String CHANNEL = ForecastTables.CHANNEL;
    public static final String TIER = ForecastTables.TIER;
    public static final String INTERVAL_START = ForecastTables.INTERVAL_START;
    public static final String INTERVAL_MINUTES = ForecastTables.INTERVAL_MINUTES;
    public static final String ORIGIN = ForecastTables.ORIGIN;
    public static final String METHOD = ForecastTables.METHOD;
    public static final String CONTACTS = ForecastTables.CONTACTS;
    public static final String LO = ForecastTables.CONTACTS_LO;
    public static final String HI = ForecastTables.CONTACTS_HI;
    public static final String AHT = ForecastTables.AHT_SECONDS;
    public static final String[] READ = {AS_OF, TEAM, CHANNEL, TIER, INTERVAL_START, INTERVAL_MINUTES, ORIGIN, METHOD,
        CONTACTS, LO, HI, AHT};

    private Forecast() {}
  }

  /** {@code forecast_accuracy}: one row per queue × method × horizon bucket of the backtest. */
  public static final class ForecastAccuracy {
    public static final String TABLE = ForecastTables.ACCURACY;
    public static final String AS_OF = ForecastTables.AS_OF;
    public static final String TEAM = ForecastTables.TEAM;
    public static final String CHANNEL = ForecastTables.CHANNEL;
    public static final String TIER = ForecastTables.TIER;
    public static final String METHOD = ForecastTables.METHOD;
    public static final String HORIZON = ForecastTables.HORIZON_BUCKET;
    public static final String INTERVALS = ForecastTables.INTERVALS;
    public static final String ACTUAL_TOTAL = ForecastTables.ACTUAL_TOTAL;
    public static final String WAPE = ForecastTables.WAPE;
    public static final String BIAS = ForecastTables.BIAS;
    public static final String MASE = ForecastTables.MASE;
    public static final String CHOSEN = ForecastTables.CHOSEN;
    public static final String[] READ = {AS_OF, TEAM, CHANNEL, TIER, METHOD, HORIZON, INTERVALS, ACTUAL_TOTAL, WAPE,
        BIAS, MASE, CHOSEN};

    private ForecastAccuracy() {}
  }
}
