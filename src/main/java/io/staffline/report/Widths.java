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
      case COUNT, CHANGE_COUNT -> grouped(v, 0) + 1;
      case DECIMAL -> grouped(v, 2) + 1;
      case HOURS -> grouped(v, 1) + 1;
      case INDEX -> 5;
      case PERCENT -> 6;
      case CHANGE_POINTS -> 10;
      case CHANGE_MINUTES -> grouped(v, 1) + 5;
      case DURATION -> String.valueOf((long) Math.floor(v * 24)).length() + 3;
      case DURATION_PRECISE -> String.valueOf((long) Math.floor(v * 24)).length() + 6;
      case DURATION_SECONDS -> String.valueOf((long) Math.floor(v * 1440)).length() + 3;
      case DATE -> 10;
      case DATE_TIME -> 16;
      case TEXT -> 8;
    };
  }

  private static final long[] POWERS = {1, 10, 100};
  /** Below this the scaled value's rounding is read exactly (its ulp is under 2e-5). */
  private static final double FAST_BELOW = 1e9;

  /**
   * The length of {@code String.format(Locale.ROOT, "%,.<decimals>f", v)} for {@code v ≥ 0}, by
   * arithmetic: the writers measure every numeric cell, and the formatter was most of the cost of
   * writing a 12,000-row interval sheet. Values where rounding half-up is in doubt (a scaled
   * fraction within 1e-4 of one half), large values and non-finite ones ask the formatter.
   */
  static int grouped(double v, int decimals) {
    if (!(v < FAST_BELOW) || decimals < 0 || decimals >= POWERS.length) {
      return formatted(v, decimals);
    }
    double scaled = v * POWERS[decimals];
    double whole = Math.floor(scaled);
    double fraction = scaled - whole;
    if (Math.abs(fraction - 0.5) < 1e-4) {
      return formatted(v, decimals);
    }
    long units = (long) whole + (fraction > 0.5 ? 1 : 0);
    long integerPart = units / POWERS[decimals];
    int digits = 1;
    for (long rest = integerPart; rest >= 10; rest /= 10) {
      digits++;
    }
    return digits + (digits - 1) / 3 + (decimals > 0 ? decimals + 1 : 0);
  }

  private static int formatted(double v, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", v).length();
  }

  /** Excel width units (1/256 of a character) for a column whose longest value has {@code chars}. */
  static int excelWidth(int chars) {
    int clamped = Math.max(MIN_CHARS, Math.min(MAX_CHARS, chars));
    return (clamped + 2) * 256;
  }
}
