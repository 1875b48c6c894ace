package io.staffline.staffing;

import java.math.BigDecimal;

/** Numbers as a planner would write them in the console. */
final class Text {
  private Text() {}

  /** 20.0 → "20", 7.5 → "7.5"; NaN and infinities as Java writes them. */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** A share as typed: 0.8 → "80%", 0.333 → "33.3%". */
  static String share(double v) {
    return BigDecimal.valueOf(v).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
