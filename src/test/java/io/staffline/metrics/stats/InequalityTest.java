package io.staffline.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Gini and coefficient of variation, population forms, by hand. */
class InequalityTest {

  static final double[] EQUAL = {1, 1, 1, 1};
  static final double[] ONE_CARRIES_ALL = {0, 0, 0, 1};
  /** Σ|xᵢ − xⱼ| over ordered pairs = 2 × (1+2+3+1+2+1) = 20; 2n²μ = 2·16·2.5 = 80; G = 0.25. */
  static final double[] ONE_TO_FOUR = {4, 1, 3, 2};
  static final double GINI_ONE_TO_FOUR = 0.25;
  /** μ = 5, Σ(x − μ)² = 9+1+1+1+0+0+4+16 = 32, σ = √(32/8) = 2, CV = 0.4. */
  static final double[] TEXTBOOK = {2, 4, 4, 4, 5, 5, 7, 9};
  static final double CV_TEXTBOOK = 0.4;

  @Test
  void equalLoadsHaveNoInequality() {
    assertEquals(0.0, Inequality.gini(EQUAL));
    assertEquals(0.0, Inequality.coefficientOfVariation(EQUAL));
  }

  @Test
  void oneAgentCarryingEverythingIsThreeQuartersAmongFour() {
    // Population form: (n − 1)/n, so 0.75 and not 1. Σ(2i − n − 1)x₍ᵢ₎ = 3·1 over n·Σx = 4.
    assertEquals(0.75, Inequality.gini(ONE_CARRIES_ALL));
    // μ = 0.25, σ = √((3·0.0625 + 0.5625)/4) = √0.1875 = 0.4330127; CV = √3 = 1.7320508.
    assertEquals(Math.sqrt(3), Inequality.coefficientOfVariation(ONE_CARRIES_ALL), 1e-15);
  }

  @Test
  void giniByHandAndIndependentOfOrderAndScale() {
    assertEquals(GINI_ONE_TO_FOUR, Inequality.gini(ONE_TO_FOUR), 1e-15);
    assertEquals(GINI_ONE_TO_FOUR, Inequality.gini(new double[] {40, 10, 30, 20}), 1e-15);
  }

  @Test
  void coefficientOfVariationByHand() {
    assertEquals(CV_TEXTBOOK, Inequality.coefficientOfVariation(TEXTBOOK), 1e-15);
  }

  @Test
  void noAgentsOrNoLoadIsUndefined() {
    assertEquals(Double.NaN, Inequality.gini(new double[0]));
    assertEquals(Double.NaN, Inequality.gini(new double[] {0, 0}));
    assertEquals(Double.NaN, Inequality.coefficientOfVariation(new double[0]));
    assertEquals(Double.NaN, Inequality.coefficientOfVariation(new double[] {0, 0}));
    assertEquals(0.0, Inequality.gini(new double[] {7}));
  }

  @Test
  void negativeOrNonFiniteLoadsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Inequality.gini(new double[] {1, -1}));
    assertThrows(IllegalArgumentException.class,
        () -> Inequality.coefficientOfVariation(new double[] {1, Double.NaN}));
    assertThrows(IllegalArgumentException.class,
        () -> Inequality.gini(new double[] {1, Double.POSITIVE_INFINITY}));
  }
}
