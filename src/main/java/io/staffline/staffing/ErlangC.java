package io.staffline.staffing;

/**
 * Erlang C (M/M/n): Poisson arrivals, exponential handle times, n agents, nobody hangs up.
 * Computed through the Erlang B recurrence, never factorials or powers, so it stays finite and
 * O(n) at thousands of Erlangs. Formulas: docs/staffing.md §2.
 */
public final class ErlangC implements QueueModel {

  /** Guards the upward search; a reachable target is met long before. */
  private static final int MAX_EXTRA_AGENTS = 10_000_000;

  /** Erlang B blocking probability B(n, A) by B₀ = 1, Bₖ = A·Bₖ₋₁ / (k + A·Bₖ₋₁). */
  public static double erlangB(int servers, double traffic) {
    // The same recurrence on 1/B (1/Bₖ = 1 + (k/A)·1/Bₖ₋₁): one multiply-add per step instead of a
    // division, which halves the cost of the O(n) walk at thousands of Erlangs.
    if (traffic == 0) {
      return servers == 0 ? 1 : 0;
    }
    double perErlang = 1 / traffic;
    double inverse = 1;
    for (int k = 1; k <= servers; k++) {
      inverse = 1 + inverse * k * perErlang;
    }
    return 1 / inverse;
  }

  /** B(k, A) from B(k − 1, A). */
  static double nextErlangB(double previous, int k, double traffic) {
    return traffic * previous / (k + traffic * previous);
  }

  /** Erlang C: P(wait) = n·B / (n − A(1 − B)); 1 when n ≤ A (the queue never empties). */
  public static double probabilityOfWaiting(int servers, double traffic) {
    if (servers <= traffic) {
      return 1;
    }
    double b = erlangB(servers, traffic);
    return servers * b / (servers - traffic * (1 - b));
  }

  @Override
  public String name() {
    return "erlang-c";
  }

  @Override
  public Performance evaluate(Workload workload, int agents, double answerSeconds) {
    requireAgents(agents);
    if (workload.isIdle()) {
      return Performance.idle(agents, answerSeconds);
    }
    double b = erlangB(agents, workload.trafficErlangs());
    return performance(workload, agents, b, answerSeconds);
  }

  /**
   * Searches upward from ⌊A⌋ + 1 (or the occupancy cap's ⌈A/cap⌉ if higher), carrying B along
   * the recurrence. Service level rises and ASA falls with n, so the first n meeting both is the
   * answer; the occupancy cap is met by the starting point, decided in exact arithmetic.
   */
  @Override
  public Requirement required(Workload workload, StaffingTarget target) {
    double answerSeconds = target.serviceLevel().answerSeconds();
    if (workload.isIdle()) {
      return Requirement.none(target, Performance.idle(0, answerSeconds));
    }
    double traffic = workload.trafficErlangs();
    int stable = workload.trafficFloor() + 1;
    int occupancyFloor = target.maxOccupancy().isPresent()
        ? workload.minimumAgentsForOccupancy(target.maxOccupancy().getAsDouble())
        : 0;
    int start = Math.max(stable, occupancyFloor);
    int n = start;
    double b = erlangB(n, traffic);
    double previousB = Double.NaN;
    Performance at = performance(workload, n, b, answerSeconds);
    while (!meetsQueueTargets(target, at)) {
      if (n - start > MAX_EXTRA_AGENTS) {
        throw new IllegalStateException("no staffing up to " + n + " agents meets " + target);
      }
      n++;
      previousB = b;
      b = nextErlangB(b, n, traffic);
      at = performance(workload, n, b, answerSeconds);
    }
    return fractional(workload, target, n, previousB, at).requirement(target, at);
  }

  private static FractionalAgents fractional(
      Workload workload, StaffingTarget target, int n, double previousB, Performance at) {
    double traffic = workload.trafficErlangs();
    FractionalAgents fractional = new FractionalAgents(n);
    if (target.maxOccupancy().isPresent()) {
      double cap = target.maxOccupancy().getAsDouble();
      if (workload.minimumAgentsForOccupancy(cap) == n) {
        fractional.offerExact(StaffingConstraint.OCCUPANCY, workload.trafficOver(cap));
      }
    }
    if (n - 1 <= traffic) {
      return fractional.fromStabilityPoint(target, traffic, at);
    }
    double belowB = Double.isNaN(previousB) ? erlangB(n - 1, traffic) : previousB;
    Performance below = performance(workload, n - 1, belowB, at.answerSeconds());
    return fractional.between(target, below, at, false);
  }

  /** Service level and ASA; the occupancy cap is exact and met by where the search starts. */
  private static boolean meetsQueueTargets(StaffingTarget target, Performance p) {
    return target.serviceLevel().isMetBy(p) && target.asaIsMetBy(p);
  }

  /** Erlang C figures for n servers given B(n, A). */
  static Performance performance(Workload workload, int n, double b, double answerSeconds) {
    double traffic = workload.trafficErlangs();
    double aht = workload.ahtSeconds();
    if (n <= traffic) {
      double occupancy = n == 0 ? Double.NaN : 1;
      return new Performance(n, n, traffic, answerSeconds, false, 1, 0, 0,
          Double.POSITIVE_INFINITY, occupancy, 0);
    }
    double c = n * b / (n - traffic * (1 - b));
    double serviceLevel = 1 - c * Math.exp(-(n - traffic) * answerSeconds / aht);
    double asa = c * aht / (n - traffic);
    return new Performance(n, n, traffic, answerSeconds, true, c, serviceLevel, serviceLevel, asa,
        traffic / n, 0);
  }

  static void requireAgents(int agents) {
    if (agents < 0) {
      throw new IllegalArgumentException("agents must be ≥ 0, got " + agents);
    }
  }
}
