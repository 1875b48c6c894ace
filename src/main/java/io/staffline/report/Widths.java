package io.staffline.report;

import java.util.Locale;

/** Column widths from the content, computed (no font metrics, so the same inputs give the same widths). */
final class Widths {
  private Widths() {}

  static final int MIN_CHARS = 6;
  static final int MAX_CHARS = 60;

  /** How many characters {@code value} takes when shown in {@code format}. */
  static int displayLength(double value, CellFormat format) {
    double v = Math.abs(value);
    return switch (format) {
      case COUNT, CHANGE_COUNT -> String.format(Locale.ROOT, "%,.0f", v).length() + 1;
      case DECIMAL -> String.format(Locale.ROOT, "%,.2f", v).length() + 1;
      case HOURS -> String.format(Locale.ROOT, "%,.1f", v).length() + 1;
      case INDEX -> 5;
      case PERCENT -> 6;
      case CHANGE_POINTS -> 10;
      case CHANGE_MINUTES -> String.format(Locale.ROOT, "%,.1f", v).length() + 5;
      case DURATION -> String.valueOf((long) Math.floor(v * 24)).length() + 3;
      case DURATION_PRECISE -> String.valueOf((long) Math.floor(v * 24)).length() + 6;
      case DURATION_SECONDS -> String.valueOf((long) Math.floor(v * 1440)).length() + 3;
      case DATE -> 10;
      case DATE_TIME -> 16;
      case TEXT -> 8;
    };
  }

  /** Excel width units (1/256 of a character) for a column whose longest value has {@code chars}. */
  static int excelWidth(int chars) {
    int clamped = Math.max(MIN_CHARS, Math.min(MAX_CHARS, chars));
    return (clamped + 2) * 256;
  }
}
