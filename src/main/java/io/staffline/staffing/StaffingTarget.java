package io.staffline.staffing;

import java.util.OptionalDouble;

/**
 * What the staffing must achieve: a service level, and optionally a maximum ASA, a maximum
 * occupancy and (Erlang A only) a maximum abandonment probability. All must hold at once.
 */
public record StaffingTarget(
    ServiceLevelTarget serviceLevel,
    OptionalDouble maxAsaSeconds,
    OptionalDouble maxOccupancy,
    OptionalDouble maxAbandonment) {

  public StaffingTarget {
    if (serviceLevel == null) {
      throw new IllegalArgumentException("a service-level target is required");
    }
    maxAsaSeconds.ifPresent(asa -> require(asa > 0 && Double.isFinite(asa),
        "maximum ASA must be finite and > 0 s, got " + asa));
    maxOccupancy.ifPresent(cap -> require(cap > 0 && cap <= 1,
        "maximum occupancy must be in (0, 1], got " + cap));
    maxAbandonment.ifPresent(rate -> require(rate > 0 && rate < 1,
        "maximum abandonment must be in (0, 1), got " + rate));
  }

  /** Only a service-level target. */
  public static StaffingTarget of(ServiceLevelTarget serviceLevel) {
    return new StaffingTarget(
        serviceLevel, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
  }

  /** The same target with another service level; the ASA, occupancy and abandonment limits stay. */
  public StaffingTarget withServiceLevel(ServiceLevelTarget level) {
    return new StaffingTarget(level, maxAsaSeconds, maxOccupancy, maxAbandonment);
  }

  public StaffingTarget withMaxAsa(double seconds) {
    return new StaffingTarget(serviceLevel, OptionalDouble.of(seconds), maxOccupancy, maxAbandonment);
  }

  public StaffingTarget withMaxOccupancy(double cap) {
    return new StaffingTarget(serviceLevel, maxAsaSeconds, OptionalDouble.of(cap), maxAbandonment);
  }

  public StaffingTarget withMaxAbandonment(double rate) {
    return new StaffingTarget(serviceLevel, maxAsaSeconds, maxOccupancy, OptionalDouble.of(rate));
  }

  /** True when {@code p} meets every part of the target. */
  public boolean isMetBy(Performance p) {
    return serviceLevel.isMetBy(p)
        && asaIsMetBy(p)
        && occupancyIsMetBy(p)
        && abandonmentIsMetBy(p);
  }

  /**
   * {@link #isMetBy(Performance)}, with the occupancy cap decided exactly from {@code workload}'s
   * typed inputs where nobody abandons (busy servers = offered traffic A): servers ≥ ⌈A / cap⌉. So
   * 5.7 Erlangs on 10 agents meet a 57% cap, although 5.7 / 10 is 0.5700000000000001 in binary.
   */
  public boolean isMetBy(Workload workload, Performance p) {
    boolean occupancy = maxOccupancy.isEmpty()
        || (p.stable() && p.abandonment() == 0
            ? p.servers() >= workload.minimumAgentsForOccupancy(maxOccupancy.getAsDouble())
            : occupancyIsMetBy(p));
    return serviceLevel.isMetBy(p) && asaIsMetBy(p) && occupancy && abandonmentIsMetBy(p);
  }

  boolean asaIsMetBy(Performance p) {
    return maxAsaSeconds.isEmpty() || p.asaSeconds() <= maxAsaSeconds.getAsDouble();
  }

  boolean occupancyIsMetBy(Performance p) {
    return maxOccupancy.isEmpty() || p.occupancy() <= maxOccupancy.getAsDouble();
  }

  boolean abandonmentIsMetBy(Performance p) {
    return maxAbandonment.isEmpty() || p.abandonment() <= maxAbandonment.getAsDouble();
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
