package io.staffline.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of paid time agents are not available to handle contacts (breaks, training, meetings,
 * absence): planned and unplanned shrinkage added up by the caller. Scheduled agents =
 * ⌈required ÷ (1 − shrinkage)⌉ in exact decimal arithmetic, so 21 at 30% is exactly 30, not 31.
 */
public record Shrinkage(double fraction) {

  /** No shrinkage: scheduled = required. */
  public static final Shrinkage NONE = new Shrinkage(0);

  public Shrinkage {
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException("shrinkage must be in [0, 1), got " + fraction);
    }
  }

  /** Agents to put on the rota so that {@code required} are available. */
  public int scheduled(int required) {
    if (required < 0) {
      throw new IllegalArgumentException("required agents must be ≥ 0, got " + required);
    }
    BigDecimal available = BigDecimal.ONE.subtract(BigDecimal.valueOf(fraction));
    return BigDecimal.valueOf(required).divide(available, 0, RoundingMode.CEILING).intValueExact();
  }
}
