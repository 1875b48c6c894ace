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
    return percent(BigDecimal.valueOf(v));
  }

  /** A share written exactly: 0.35 → "35%". */
  static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** A change of a share in percentage points: 0.05 → "5 points". */
  static String points(BigDecimal change) {
    return change.movePointRight(2).stripTrailingZeros().toPlainString() + " points";
  }
}
