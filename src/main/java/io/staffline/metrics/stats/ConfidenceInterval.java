package io.staffline.metrics.stats;

/** A two-sided confidence interval [lower, upper]; both NaN when undefined (no observations). */
public record ConfidenceInterval(double lower, double upper) {

  /** The interval of a rate with no observations. */
  public static final ConfidenceInterval UNDEFINED =
      new ConfidenceInterval(Double.NaN, Double.NaN);

  public ConfidenceInterval {
    if (lower > upper) {
      throw new IllegalArgumentException("lower bound " + lower + " above upper " + upper);
    }
  }

  /** Whether {@code value} lies in the closed interval. */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
