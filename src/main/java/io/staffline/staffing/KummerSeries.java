package io.staffline.staffing;

/**
 * The series behind Erlang A: F(a, z) = Σ_{j≥0} t_j with t₀ = 1 and t_j = t_{j−1}·z/(a + j), i.e.
 * the queue-length weights of M/M/n+M relative to the all-busy state (a = nθ/AHT + 1, z = λθ).
 * Also the t-weighted means of j and of H_j = Σ_{i=1..j} 1/(a + i), which give abandonment and ASA.
 *
 * <p>All terms are positive, so nothing cancels. The sum starts at the largest term, whose
 * logarithm comes from a Stirling difference when it lies far out, and walks outwards until the
 * rest is below 1e-16 of the sum: O(√z) terms, finite for any load.
 */
final class KummerSeries {

  /** log F(a, z), and the means of j and of H_j under the weights t_j / F. */
  record Sum(double logSum, double meanIndex, double meanHarmonic) {}

  private static final double TAIL = 1e-17;
  private static final int DIRECT_TERMS = 4096;
  private static final double STIRLING_FROM = 32;

  private KummerSeries() {}

  static Sum of(double a, double z) {
    if (z == 0) {
      return new Sum(0, 0, 0);
    }
    long peak = z > a + 1 ? (long) Math.floor(z - a) : 0;
    double harmonicAtPeak = harmonic(a, peak);
    double sum = 1;
    double sumIndex = peak;
    double sumHarmonic = harmonicAtPeak;
    double term = 1;
    double h = harmonicAtPeak;
    for (long j = peak - 1; j >= 0; j--) {
      double ratio = (a + j + 1) / z;
      term *= ratio;
      h -= 1 / (a + j + 1);
      sum += term;
      sumIndex += j * term;
      sumHarmonic += h * term;
      if (restIsNegligible(term, (a + j) / z, sum)) {
        break;
      }
    }
    term = 1;
    h = harmonicAtPeak;
    for (long j = peak + 1; ; j++) {
      term *= z / (a + j);
      h += 1 / (a + j);
      sum += term;
      sumIndex += j * term;
      sumHarmonic += h * term;
      if (restIsNegligible(term, z / (a + j + 1), sum)) {
        break;
      }
    }
    return new Sum(logTerm(a, z, peak) + Math.log(sum), sumIndex / sum, sumHarmonic / sum);
  }

  /** The remaining terms shrink at least geometrically by {@code ratio}; bound their sum. */
  private static boolean restIsNegligible(double term, double ratio, double sum) {
    return ratio < 1 && term * ratio / (1 - ratio) < TAIL * sum;
  }

  /** log t_j = Σ_{i=1..j} log(z/(a + i)). */
  static double logTerm(double a, double z, long j) {
    if (j <= DIRECT_TERMS) {
      double log = 0;
      for (long i = 1; i <= j; i++) {
        log += Math.log(z / (a + i));
      }
      return log;
    }
    long shift = Math.max(0, (long) Math.ceil(STIRLING_FROM - (a + 1)));
    double log = logTerm(a, z, shift);
    double x = a + 1 + shift;
    double d = j - shift;
    // d·log z − [lnΓ(x + d) − lnΓ(x)], Stirling, arranged so that no two large terms cancel.
    return log - (x - 0.5) * Math.log1p(d / x) - d * Math.log1p((x + d - z) / z) + d
        - (stirlingCorrection(x + d) - stirlingCorrection(x));
  }

  /** H_j = Σ_{i=1..j} 1/(a + i) = ψ(a + j + 1) − ψ(a + 1). */
  static double harmonic(double a, long j) {
    if (j <= DIRECT_TERMS) {
      double h = 0;
      for (long i = 1; i <= j; i++) {
        h += 1 / (a + i);
      }
      return h;
    }
    long shift = Math.max(0, (long) Math.ceil(STIRLING_FROM - (a + 1)));
    double x = a + 1 + shift;
    double d = j - shift;
    return harmonic(a, shift) + Math.log1p(d / x) + digammaRest(x + d) - digammaRest(x);
  }

  /** lnΓ(s) − [(s − ½)ln s − s + ½ln 2π], for s ≥ 32. */
  private static double stirlingCorrection(double s) {
    double s2 = s * s;
    return (1 / 12.0 - (1 / 360.0 - (1 / 1260.0 - 1 / (1680.0 * s2)) / s2) / s2) / s;
  }

  /** ψ(s) − ln s, for s ≥ 32. */
  private static double digammaRest(double s) {
    double s2 = s * s;
    return -0.5 / s - (1 / 12.0 - (1 / 120.0 - 1 / (252.0 * s2)) / s2) / s2;
  }
}
