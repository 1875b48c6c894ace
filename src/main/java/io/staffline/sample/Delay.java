package io.staffline.sample;

import java.util.random.RandomGenerator;

/**
 * A waiting time in whole seconds: lognormal with the given median and shape {@code sigma}, cut
 * at {@code maxSeconds} (values above it become {@code maxSeconds}) and at least one second.
 * The cut keeps every ticket's path bounded in time, so tests know when a decision must be visible.
 */
public record Delay(double medianSeconds, double sigma, long maxSeconds) {

  public Delay {
    if (!(medianSeconds >= 1) || !(sigma >= 0) || maxSeconds < medianSeconds) {
      throw new IllegalArgumentException("delay needs median >= 1 s, sigma >= 0 and max >= median,"
          + " not median=" + medianSeconds + " sigma=" + sigma + " max=" + maxSeconds);
    }
  }

  /** A delay with median and cap given in minutes (convenience for defaults). */
  public static Delay minutes(double median, double sigma, double maxMinutes) {
    return new Delay(median * 60, sigma, Math.round(maxMinutes * 60));
  }

  /** A delay with median and cap given in hours (convenience for defaults). */
  public static Delay hours(double median, double sigma, double maxHours) {
    return new Delay(median * 3600, sigma, Math.round(maxHours * 3600));
  }

  public long sample(RandomGenerator rng) {
    double v = medianSeconds * Math.exp(sigma * rng.nextGaussian());
    return Math.max(1, Math.min(maxSeconds, Math.round(v)));
  }
}
