package io.staffline.report;

/**
 * How a value cell reads. Durations are stored as fractions of a day (Excel's time unit) and shown
 * as {@code [h]:mm}, so they sum and sort like numbers; shares are stored as 0–1 and shown as
 * percentages. docs/reports.md §Craft.
 */
public enum CellFormat {
  TEXT("@"),
  COUNT("#,##0"),
  DECIMAL("#,##0.00"),
  /** Agent-hours and similar: one decimal. */
  HOURS("#,##0.0"),
  /** Dimensionless indices such as the coefficient of variation and Gini. */
  INDEX("0.000"),
  PERCENT("0.0%"),
  /** Elapsed time of a day-fraction value, hours may exceed 24. */
  DURATION("[h]:mm"),
  /** Durations of a few minutes (first replies on chat and phone), where [h]:mm would show 0:01. */
  DURATION_PRECISE("[h]:mm:ss"),
  /** Short elapsed times (handle times): minutes and seconds. */
  DURATION_SECONDS("[m]:ss"),
  DATE("yyyy-mm-dd"),
  DATE_TIME("yyyy-mm-dd hh:mm"),
  /** A signed difference of counts. */
  CHANGE_COUNT("+#,##0;-#,##0;0"),
  /** A signed difference of shares, in percentage points (the value is the difference × 100). */
  CHANGE_POINTS("+0.0\" pts\";-0.0\" pts\";0.0\" pts\""),
  /** A signed difference of durations in minutes ([h]:mm cannot show negative times). */
  CHANGE_MINUTES("+#,##0.0\" min\";-#,##0.0\" min\";0.0\" min\"");

  private final String pattern;

  CellFormat(String pattern) {
    this.pattern = pattern;
  }

  /** The Excel number format. */
  public String pattern() {
    return pattern;
  }
}
