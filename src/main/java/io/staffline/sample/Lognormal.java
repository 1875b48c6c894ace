package io.staffline.sample;

import java.util.random.RandomGenerator;

/**
 * A lognormal amount of work in whole seconds, given by its mean and shape {@code sigma};
 * {@code median = mean * exp(-sigma^2 / 2)}. Samples are rounded to whole seconds (at least one),
 * which moves the mean by far less than a second.
 */
public record Lognormal(double mean, double sigma) {

  public Lognormal {
    if (!(mean >= 1) || !(sigma >= 0)) {
      throw new IllegalArgumentException(
          "lognormal needs mean >= 1 and sigma >= 0, not mean=" + mean + " sigma=" + sigma);
    }
  }

  public double median() {
    return mean * Math.exp(-sigma * sigma / 2);
  }

  /** The standard deviation, for tolerances in tests: {@code mean * sqrt(exp(sigma^2) - 1)}. */
  public double standardDeviation() {
    return mean * Math.sqrt(Math.expm1(sigma * sigma));
  }

  public int sample(RandomGenerator rng) {
    double v = median() * Math.exp(sigma * rng.nextGaussian());
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(v)));
  }
}
