package io.staffline.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * 8 good of 10 rated at 95%, by hand: z = 1.959964, z² = 3.841459, z²/n = 0.3841459;
 * centre = (0.8 + 0.1920729) / 1.3841459 = 0.7167400;
 * half-width = 1.959964 × √(0.016 + 0.0096036) / 1.3841459 = 1.959964 × 0.1600114 / 1.3841459
 * = 0.2265777; so [0.4901623, 0.9433177]. Exact values from mpmath at 40 digits.
 */
class WilsonTest {

  static final double HAND_LOWER = 0.4902;
  static final double HAND_UPPER = 0.9433;
  static final double EXACT_LOWER = 0.4901624715366417032618750;
  static final double EXACT_UPPER = 0.9433178485456247451089262;
  // 45 of 50 at 90%, also from mpmath.
  static final double LOWER_45_OF_50_AT_90 = 0.8084624858484290393831919;
  static final double UPPER_45_OF_50_AT_90 = 0.9504709655225548393119486;

  @Test
  void eightOfTenAtNinetyFivePercent() {
    ConfidenceInterval interval = Wilson.interval(8, 10, 0.95);
    assertEquals(HAND_LOWER, interval.lower(), 1e-4);
    assertEquals(HAND_UPPER, interval.upper(), 1e-4);
    assertEquals(EXACT_LOWER, interval.lower(), 1e-15);
    assertEquals(EXACT_UPPER, interval.upper(), 1e-15);
  }

  @Test
  void otherConfidenceLevelsUseTheirOwnZ() {
    ConfidenceInterval interval = Wilson.interval(45, 50, 0.90);
    assertEquals(LOWER_45_OF_50_AT_90, interval.lower(), 1e-15);
    assertEquals(UPPER_45_OF_50_AT_90, interval.upper(), 1e-15);
  }

  @Test
  void allOrNothingStaysInsideTheUnitIntervalAndIsNotZeroWidth() {
    ConfidenceInterval none = Wilson.interval(0, 10, 0.95);
    assertEquals(0.0, none.lower());
    // z²/n / (1 + z²/n) = 0.3841459 / 1.3841459 = 0.2775328.
    assertEquals(0.2775328, none.upper(), 1e-7);
    ConfidenceInterval all = Wilson.interval(10, 10, 0.95);
    assertEquals(1.0, all.upper());
    assertEquals(1 - 0.2775328, all.lower(), 1e-7);
  }

  @Test
  void noTrialsIsUndefined() {
    ConfidenceInterval interval = Wilson.interval(0, 0, 0.95);
    assertEquals(Double.NaN, interval.lower());
    assertEquals(Double.NaN, interval.upper());
  }

  @Test
  void impossibleCountsAndConfidencesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Wilson.interval(11, 10, 0.95));
    assertThrows(IllegalArgumentException.class, () -> Wilson.interval(-1, 10, 0.95));
    assertThrows(IllegalArgumentException.class, () -> Wilson.interval(8, 10, 95));
    assertThrows(IllegalArgumentException.class, () -> Wilson.interval(8, 10, 1.0));
  }
}
