package io.staffline.metrics.stats;

import java.util.Arrays;

/**
 * How unevenly work is spread across agents (tickets, replies or handle hours per agent of a team
 * or tier). Both measures are population statistics of the agents present, without small-sample
 * correction, and both are scale-free: doubling everyone's load changes neither. Loads must be
 * finite and ≥ 0; no agents, or nobody with any load, gives NaN (there is no spread to measure).
 */
public final class Inequality {

  private Inequality() {
  }

  /**
   * The Gini coefficient, mean absolute difference over twice the mean:
   * G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2n²μ), computed on the sorted loads as Σᵢ (2i − n − 1)·x₍ᵢ₎ / (n·Σx)
   * with i = 1..n. 0 when everyone carries the same; (n − 1)/n when one agent carries everything
   * ({0, 0, 0, 1} → 0.75), not 1, because this is the population form.
   */
  public static double gini(double[] loads) {
    requireLoads(loads);
    int n = loads.length;
    double total = Arrays.stream(loads).sum();
    if (n == 0 || total == 0) {
      return Double.NaN;
    }
    double[] sorted = loads.clone();
    Arrays.sort(sorted);
    double weighted = 0;
    for (int i = 1; i <= n; i++) {
      weighted += (2.0 * i - n - 1) * sorted[i - 1];
    }
    return weighted / (n * total);
  }

  /**
   * The coefficient of variation, population standard deviation over the mean:
   * σ/μ with σ = √(Σ(x − μ)²/n). 0 when everyone carries the same.
   */
  public static double coefficientOfVariation(double[] loads) {
    requireLoads(loads);
    int n = loads.length;
    if (n == 0) {
      return Double.NaN;
    }
    double mean = Arrays.stream(loads).sum() / n;
    if (mean == 0) {
      return Double.NaN;
    }
    double squares = 0;
    for (double load : loads) {
      squares += (load - mean) * (load - mean);
    }
    return Math.sqrt(squares / n) / mean;
  }

  private static void requireLoads(double[] loads) {
    for (int i = 0; i < loads.length; i++) {
      if (!(loads[i] >= 0 && loads[i] < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("loads must be finite and ≥ 0; index " + i + " is "
            + loads[i]);
      }
    }
  }
}
