package io.staffline.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The fewest agents meeting a {@link StaffingTarget}, with how the queue performs at that staffing.
 *
 * @param agents the integer requirement: the smallest staffing meeting every part of the target
 * @param fractionalAgents the real-valued staffing at which the binding part of the target is just
 *     met (linear interpolation between {@code agents − 1} and {@code agents}; exact for an
 *     occupancy cap); always in (agents − 1, agents], so rounding it up gives {@code agents}.
 *     Sum these across queues before rounding: {@link #pooledAgents}
 * @param binding the part of the target that decided {@code agents}
 * @param target the target, including which service-level reading it uses
 * @param performance the queue's figures with {@code agents} on duty
 */
public record Requirement(
    int agents,
    BigDecimal fractionalAgents,
    StaffingConstraint binding,
    StaffingTarget target,
    Performance performance) {

  /** Nothing arrives: zero agents, every target met. */
  static Requirement none(StaffingTarget target, Performance idle) {
    return new Requirement(0, BigDecimal.ZERO, StaffingConstraint.NONE, target, idle);
  }

  /** The service level reached, in the reading the target uses. */
  public double serviceLevel() {
    return target.serviceLevel().achievedBy(performance);
  }

  /** ⌈Σ fractional agents⌉: several queues' requirements summed before rounding (see docs/staffing.md §5). */
  public static int pooledAgents(Collection<Requirement> queues) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Requirement queue : queues) {
      sum = sum.add(queue.fractionalAgents());
    }
    return sum.setScale(0, RoundingMode.CEILING).intValueExact();
  }
}
