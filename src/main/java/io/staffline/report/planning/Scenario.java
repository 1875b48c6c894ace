package io.staffline.report.planning;

import java.util.List;

/**
 * One what-if: the baseline with the service-level target and shrinkage moved by some percentage
 * points and the handle time scaled.
 */
public record Scenario(String name, double serviceLevelPoints, double shrinkagePoints, double ahtFactor) {
  public static final Scenario BASELINE = new Scenario("Baseline", 0, 0, 1);
  /** The steps planners ask about first: ±5 points of target and shrinkage, ±10% handle time. */
  public static final double POINTS = 5;
  public static final double AHT_STEP = 0.10;

  public static List<Scenario> standard() {
    return List.of(BASELINE,
        new Scenario("Service level +5 pts", POINTS, 0, 1),
        new Scenario("Service level −5 pts", -POINTS, 0, 1),
        new Scenario("Shrinkage +5 pts", 0, POINTS, 1),
        new Scenario("Shrinkage −5 pts", 0, -POINTS, 1),
        new Scenario("Handle time +10%", 0, 0, 1 + AHT_STEP),
        new Scenario("Handle time −10%", 0, 0, 1 - AHT_STEP));
  }

  /** The scenario's service-level target, kept inside (0, 1): a 100% target is unattainable. */
  double serviceLevel(double base) {
    return Math.min(0.99, Math.max(0.01, base + serviceLevelPoints / 100));
  }

  /** The scenario's shrinkage, kept inside [0, 0.95]. */
  double shrinkage(double base) {
    return Math.min(0.95, Math.max(0, base + shrinkagePoints / 100));
  }
}
