package io.staffline.staffing;

import java.math.BigDecimal;

/**
 * Builds a {@link Requirement}'s real-valued staffing: each part of the target that still failed
 * one agent below the requirement offers the point where it is just met; the largest wins and names
 * the binding constraint. Every offer lies in (agents − 1, agents], so the maximum rounds up to the
 * integer requirement.
 */
final class FractionalAgents {
  private final int agents;
  private BigDecimal value;
  private StaffingConstraint binding;

  FractionalAgents(int agents) {
    this.agents = agents;
  }

  /**
   * The parts of {@code target} failing at {@code below} (agents − 1) and met at {@code at}, each
   * interpolated linearly in its metric. The occupancy cap is left to the caller when it is exact.
   */
  FractionalAgents between(StaffingTarget target, Performance below, Performance at,
      boolean interpolateOccupancy) {
    double from = agents - 1;
    ServiceLevelTarget sl = target.serviceLevel();
    double slBelow = sl.achievedBy(below);
    if (slBelow < sl.fraction()) {
      offerCrossing(StaffingConstraint.SERVICE_LEVEL, from,
          (sl.fraction() - slBelow) / (sl.achievedBy(at) - slBelow));
    }
    if (!target.asaIsMetBy(below) && Double.isFinite(below.asaSeconds())) {
      double max = target.maxAsaSeconds().getAsDouble();
      offerCrossing(StaffingConstraint.ASA, from,
          (below.asaSeconds() - max) / (below.asaSeconds() - at.asaSeconds()));
    }
    if (interpolateOccupancy && !target.occupancyIsMetBy(below)
        && Double.isFinite(below.occupancy())) {
      double max = target.maxOccupancy().getAsDouble();
      offerCrossing(StaffingConstraint.OCCUPANCY, from,
          (below.occupancy() - max) / (below.occupancy() - at.occupancy()));
    }
    if (!target.abandonmentIsMetBy(below)) {
      double max = target.maxAbandonment().getAsDouble();
      offerCrossing(StaffingConstraint.ABANDONMENT, from,
          (below.abandonment() - max) / (below.abandonment() - at.abandonment()));
    }
    return this;
  }

  /**
   * Erlang C when agents − 1 ≤ A: interpolate from the stability point A, where the service level
   * is 0 and 1/ASA is 0.
   */
  FractionalAgents fromStabilityPoint(StaffingTarget target, double traffic, Performance at) {
    ServiceLevelTarget sl = target.serviceLevel();
    offerCrossing(StaffingConstraint.SERVICE_LEVEL, traffic, sl.fraction() / sl.achievedBy(at));
    target.maxAsaSeconds().ifPresent(max ->
        offerCrossing(StaffingConstraint.ASA, traffic, at.asaSeconds() / max));
    return this;
  }

  /** A part of the target whose just-met point is known exactly (the occupancy cap A/cap). */
  FractionalAgents offerExact(StaffingConstraint constraint, BigDecimal point) {
    offer(constraint, point);
    return this;
  }

  Requirement requirement(StaffingTarget target, Performance at) {
    if (value == null) {
      // Only a floor below the search (Erlang A's one-agent minimum) kept agents − 1 out.
      return new Requirement(agents, BigDecimal.valueOf(agents),
          StaffingConstraint.ONE_AGENT_MINIMUM, target, at);
    }
    return new Requirement(agents, value, binding, target, at);
  }

  /** The metric crosses its target a fraction {@code theta} of the way from {@code from} to agents. */
  private void offerCrossing(StaffingConstraint constraint, double from, double theta) {
    double share = theta > 0 ? Math.min(theta, 1) : Double.MIN_NORMAL;
    BigDecimal start = BigDecimal.valueOf(from);
    BigDecimal gap = BigDecimal.valueOf(agents).subtract(start);
    offer(constraint, start.add(gap.multiply(BigDecimal.valueOf(share))));
  }

  private void offer(StaffingConstraint constraint, BigDecimal point) {
    BigDecimal top = BigDecimal.valueOf(agents);
    boolean inRange = point.compareTo(top) <= 0 && point.compareTo(top.subtract(BigDecimal.ONE)) > 0;
    BigDecimal clamped = inRange ? point : top;
    if (value == null || clamped.compareTo(value) > 0) {
      value = clamped;
      binding = constraint;
    }
  }
}
