package io.staffline.metrics.facts;

import java.time.Duration;

/** Every time column of the facts is minutes as a double, to the whole second. */
final class Minutes {
  private Minutes() {}

  /** {@code d} (not negative) in minutes; the fraction of a second is dropped. */
  static double of(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("negative span " + d);
    }
    return d.getSeconds() / 60.0;
  }
}
