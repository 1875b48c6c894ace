package io.staffline.metrics.stats;

import java.util.Arrays;

/**
 * Exact percentiles of a sample, defined as DuckDB defines them so that our tables and a DuckDB
 * query over the same Parquet agree to the bit:
 * <ul>
 *   <li>{@link #continuous} is {@code quantile_cont} (Hyndman–Fan type 7, the default of R, NumPy
 *       and Excel's PERCENTILE.INC): h = (n − 1)·p, f = h − ⌊h⌋, result = x[⌊h⌋]·(1 − f) + x[⌈h⌉]·f
 *       on the 0-based sorted sample (DuckDB's floating-point formula, so equal neighbours can
 *       give a result one unit in the last place off). p50 of 1..10 is 5.5, p90 is 9.1.</li>
 *   <li>{@link #discrete} is {@code quantile_disc} (type 1, the inverse of the empirical
 *       distribution function): the smallest x[i] with (i + 1)/n ≥ p, i.e. x[⌈n·p⌉ − 1] (x[0] for
 *       p = 0), always a value of the sample. DuckDB computes the index as n − ⌊n − n·p⌋, which
 *       keeps 0.3 of 10 at exactly 3 although 10 × 0.3 is 3.0000000000000004 in floating point;
 *       so do we. p50 of 1..10 is 5, p90 is 9.</li>
 * </ul>
 * An empty sample has no percentile: NaN (DuckDB: NULL).
 */
public final class Percentiles {

  private Percentiles() {
  }

  /** A sorted copy of {@code values}, ready for {@link #continuous} and {@link #discrete}. */
  public static double[] sorted(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    requireSorted(sorted);
    return sorted;
  }

  /**
   * The type-7 percentile of an ascending sample ({@code quantile_cont}).
   *
   * @throws IllegalArgumentException unless 0 ≤ p ≤ 1 and {@code sorted} is ascending without NaN
   */
  public static double continuous(double[] sorted, double p) {
    requireProbability(p);
    requireSorted(sorted);
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * p;
    int below = (int) Math.floor(h);
    int above = (int) Math.ceil(h);
    if (below == above) {
      return sorted[below];
    }
    // DuckDB's formula for DOUBLE, kept as is so results agree to the last bit.
    double fraction = h - below;
    return sorted[below] * (1.0 - fraction) + sorted[above] * fraction;
  }

  /**
   * The type-1 percentile of an ascending sample ({@code quantile_disc}).
   *
   * @throws IllegalArgumentException unless 0 ≤ p ≤ 1 and {@code sorted} is ascending without NaN
   */
  public static double discrete(double[] sorted, double p) {
    requireProbability(p);
    requireSorted(sorted);
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    long fromTop = (long) Math.floor(n - n * p);
    return sorted[(int) Math.max(1, n - fromTop) - 1];
  }

  private static void requireProbability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("percentile must be a probability in [0, 1], got " + p);
    }
  }

  private static void requireSorted(double[] sorted) {
    for (int i = 0; i < sorted.length; i++) {
      if (Double.isNaN(sorted[i])) {
        throw new IllegalArgumentException("sample holds NaN at index " + i);
      }
      if (i > 0 && sorted[i] < sorted[i - 1]) {
        throw new IllegalArgumentException("sample must be sorted ascending; index " + i + " ("
            + sorted[i] + ") is below index " + (i - 1) + " (" + sorted[i - 1] + ")");
      }
    }
  }
}
