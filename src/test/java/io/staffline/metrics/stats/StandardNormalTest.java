package io.staffline.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Reference quantiles computed with mpmath at 40 digits (findroot of ncdf(z) = p), one per region
 * of AS 241: central (|p − ½| ≤ 0.425), tail (down to ~1e-11) and far tail.
 */
class StandardNormalTest {

  static final double Z_0_7 = 0.5244005127080407840382893;
  static final double Z_0_975 = 1.959963984540054235524594;
  static final double Z_0_995 = 2.575829303548900760978577;
  static final double Z_1E_12 = -7.034483825301131929809515;
  static final double Z_1E_300 = -37.04709629936119923722296;
  /** Relative error AS 241 promises, with room for a few roundings. */
  static final double RELATIVE = 4e-16;

  @Test
  void matchesReferenceValuesInEveryRegion() {
    assertClose(Z_0_7, StandardNormal.quantile(0.7));
    assertClose(-Z_0_7, StandardNormal.quantile(0.3));
    assertClose(Z_0_975, StandardNormal.quantile(0.975));
    assertClose(-Z_0_975, StandardNormal.quantile(0.025));
    assertClose(Z_0_995, StandardNormal.quantile(0.995));
    assertClose(Z_1E_12, StandardNormal.quantile(1e-12));
    assertClose(Z_1E_300, StandardNormal.quantile(1e-300));
    assertEquals(0.0, StandardNormal.quantile(0.5));
  }

  @Test
  void twoSidedCriticalValues() {
    assertClose(Z_0_975, StandardNormal.twoSidedCritical(0.95));
    assertClose(Z_0_995, StandardNormal.twoSidedCritical(0.99));
    assertThrows(IllegalArgumentException.class, () -> StandardNormal.twoSidedCritical(1));
    assertThrows(IllegalArgumentException.class, () -> StandardNormal.twoSidedCritical(0));
  }

  @Test
  void probabilitiesOutsideTheUnitIntervalAreRejected() {
    assertEquals(Double.NEGATIVE_INFINITY, StandardNormal.quantile(0));
    assertEquals(Double.POSITIVE_INFINITY, StandardNormal.quantile(1));
    assertThrows(IllegalArgumentException.class, () -> StandardNormal.quantile(-0.1));
    assertThrows(IllegalArgumentException.class, () -> StandardNormal.quantile(Double.NaN));
  }

  private static void assertClose(double expected, double actual) {
    assertEquals(expected, actual, Math.abs(expected) * RELATIVE);
  }
}
