package io.staffline.metrics.stats;

/**
 * The Wilson score interval for a proportion (Wilson 1927): the set of p whose normal-approximation
 * test does not reject k successes in n trials. With p̂ = k/n and z the two-sided critical value,
 * centre = (p̂ + z²/2n) / (1 + z²/n) and half-width = z·√(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n). Unlike
 * p̂ ± z·√(p̂(1−p̂)/n) it stays inside [0, 1] and is not zero-width at 0 or n successes, which
 * matters for a CSAT of 10 of 10.
 */
public final class Wilson {

  private Wilson() {
  }

  /**
   * The interval for {@code successes} of {@code trials} at {@code confidence} (0.95 for 95%);
   * {@link ConfidenceInterval#UNDEFINED} when there are no trials. The lower bound is exactly 0 at
   * no successes and the upper exactly 1 at all successes.
   *
   * @throws IllegalArgumentException unless 0 ≤ successes ≤ trials and 0 < confidence < 1
   */
  public static ConfidenceInterval interval(long successes, long trials, double confidence) {
    if (trials < 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException("need 0 ≤ successes ≤ trials, got " + successes
          + " of " + trials);
    }
    double z = StandardNormal.twoSidedCritical(confidence);
    if (trials == 0) {
      return ConfidenceInterval.UNDEFINED;
    }
    double n = trials;
    double share = successes / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (share + z2 / (2 * n)) / denominator;
    double halfWidth = z * Math.sqrt(share * (1 - share) / n + z2 / (4 * n * n)) / denominator;
    double lower = successes == 0 ? 0 : Math.max(0, centre - halfWidth);
    double upper = successes == trials ? 1 : Math.min(1, centre + halfWidth);
    return new ConfidenceInterval(lower, upper);
  }
}
