package io.staffline.staffing;

/**
 * "X% of contacts within T seconds", read as {@link ServiceLevelReading}. X must lie strictly between
 * 0 and 1: 0 is no target, and 100% within a finite time is unattainable in any queue with waiting.
 */
public record ServiceLevelTarget(double fraction, double answerSeconds, ServiceLevelReading reading) {

  public ServiceLevelTarget {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException(
          "service-level fraction must be in (0, 1), e.g. 0.8 for 80%, got " + fraction);
    }
    if (!(answerSeconds >= 0 && Double.isFinite(answerSeconds))) {
      throw new IllegalArgumentException("answer time must be finite and ≥ 0 s, got " + answerSeconds);
    }
    if (reading == null) {
      throw new IllegalArgumentException("service-level reading must be given");
    }
  }

  /** The default reading: answered within T over all arrivals. */
  public static ServiceLevelTarget of(double fraction, double answerSeconds) {
    return new ServiceLevelTarget(fraction, answerSeconds, ServiceLevelReading.ANSWERED_WITHIN);
  }

  /** The same target with another share (the what-if moves the share, not T or the reading). */
  public ServiceLevelTarget withFraction(double share) {
    return new ServiceLevelTarget(share, answerSeconds, reading);
  }

  /** True when {@code performance} reaches the target in this target's reading. */
  boolean isMetBy(Performance performance) {
    return achievedBy(performance) >= fraction;
  }

  /** The service level {@code performance} reaches, in this target's reading. */
  public double achievedBy(Performance performance) {
    return performance.serviceLevel(reading);
  }
}
