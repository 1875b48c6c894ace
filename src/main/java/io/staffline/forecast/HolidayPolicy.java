package io.staffline.forecast;

/**
 * What holidays of a queue's team do (docs/forecasting.md §holidays): in the history a holiday
 * interval is skipped as a seasonal sample ({@code skip}) or kept as any other ({@code keep}); in
 * the forecast it gets zero contacts ({@code zero}) or the method's forecast of a normal day
 * ({@code normal}).
 */
public record HolidayPolicy(History history, Forecast forecast) {
  public static final HolidayPolicy DEFAULTS = new HolidayPolicy(History.SKIP, Forecast.ZERO);

  public enum History { SKIP, KEEP }

  public enum Forecast { ZERO, NORMAL }

  public HolidayPolicy {
    java.util.Objects.requireNonNull(history, "holidays.history");
    java.util.Objects.requireNonNull(forecast, "holidays.forecast");
  }
}
