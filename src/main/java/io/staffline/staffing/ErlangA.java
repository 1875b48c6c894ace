package io.staffline.staffing;

/**
 * Erlang A (M/M/n+M): Erlang C plus callers who hang up after an exponential patience with mean
 * {@code patienceSeconds}. Stable at any staffing, so fewer agents than Erlangs is allowed.
 *
 * <p>Computed from the birth–death chain in closed form (Garnett, Mandelbaum and Reiman 2002;
 * derivation in docs/staffing.md §3): everything reduces to the positive series of
 * {@link KummerSeries}, the incomplete gamma function in disguise, evaluated in log space; the
 * all-agents part comes from the Erlang B recurrence. Patience → ∞ gives Erlang C.
 */
public record ErlangA(double patienceSeconds) implements QueueModel {

  private static final int MAX_EXTRA_AGENTS = 10_000_000;

  public ErlangA {
    if (!(patienceSeconds > 0 && Double.isFinite(patienceSeconds))) {
      throw new IllegalArgumentException(
          "mean patience must be finite and > 0 s, got " + patienceSeconds);
    }
  }

  @Override
  public String name() {
    return "erlang-a";
  }

  @Override
  public Performance evaluate(Workload workload, int agents, double answerSeconds) {
    ErlangC.requireAgents(agents);
    if (workload.isIdle()) {
      return Performance.idle(agents, answerSeconds);
    }
    double b = ErlangC.erlangB(agents, workload.trafficErlangs());
    return performance(workload, agents, b, answerSeconds);
  }

  /**
   * Service level (both readings) and abandonment are monotone in n: with one more agent every
   * death rate of the chain is at least as high, so the number in system an arrival sees is
   * stochastically smaller, and so is its offered wait. The smallest n meeting those two is found
   * by galloping and bisection from a provable floor: the agents carry A·(1 − abandonment) &lt; n
   * Erlangs, so answered-within-T at X needs n &gt; X·A and abandonment at most α needs
   * n &gt; (1 − α)·A; at least one agent when anything arrives. ASA of the answered callers and
   * occupancy carry no such guarantee, so from there the search moves up one agent at a time,
   * carrying Erlang B along, until they hold too (jumping ahead only by the occupancy floor, which
   * is safe because the carried load only grows with n).
   */
  @Override
  public Requirement required(Workload workload, StaffingTarget target) {
    double answerSeconds = target.serviceLevel().answerSeconds();
    if (workload.isIdle()) {
      return Requirement.none(target, Performance.idle(0, answerSeconds));
    }
    double traffic = workload.trafficErlangs();
    int floor = Math.max(1, (int) Math.floor(carriedLoadBound(target, traffic) * (1 - 1e-9)));
    int n = smallestMeetingMonotoneParts(workload, target, floor);
    double b = ErlangC.erlangB(n, traffic);
    double previousB = Double.NaN;
    Performance at = performance(workload, n, b, answerSeconds);
    while (!target.isMetBy(at)) {
      if (n - floor > MAX_EXTRA_AGENTS) {
        throw new IllegalStateException("no staffing up to " + n + " agents meets " + target);
      }
      int next = Math.max(n + 1, occupancyFloor(target, at));
      if (next == n + 1) {
        previousB = b;
        b = ErlangC.nextErlangB(b, next, traffic);
      } else {
        previousB = Double.NaN;
        b = ErlangC.erlangB(next, traffic);
      }
      n = next;
      at = performance(workload, n, b, answerSeconds);
    }
    double belowB = Double.isNaN(previousB) ? ErlangC.erlangB(n - 1, traffic) : previousB;
    Performance below = performance(workload, n - 1, belowB, answerSeconds);
    return new FractionalAgents(n).between(target, below, at, true).requirement(target, at);
  }

  /**
   * A floor from the occupancy cap when it fails at {@code at}: more agents carry at least as much
   * (abandonment falls), so occupancy ≤ cap needs n ≥ carried load now ÷ cap.
   */
  private static int occupancyFloor(StaffingTarget target, Performance at) {
    if (target.occupancyIsMetBy(at) || !Double.isFinite(at.occupancy())) {
      return 0;
    }
    double carried = at.occupancy() * at.servers();
    return (int) Math.ceil(carried / target.maxOccupancy().getAsDouble() * (1 - 1e-12));
  }

  /** The smallest n ≥ floor meeting the service level and the abandonment cap. */
  private int smallestMeetingMonotoneParts(Workload workload, StaffingTarget target, int floor) {
    if (meetsMonotoneParts(workload, target, floor)) {
      return floor;
    }
    long failing = floor;
    long step = 1;
    while (!meetsMonotoneParts(workload, target, (int) (floor + step))) {
      failing = floor + step;
      step *= 2;
      if (step > MAX_EXTRA_AGENTS) {
        throw new IllegalStateException("no staffing up to " + (floor + step) + " agents meets " + target);
      }
    }
    long meeting = floor + step;
    while (meeting - failing > 1) {
      long middle = (failing + meeting) >>> 1;
      if (meetsMonotoneParts(workload, target, (int) middle)) {
        meeting = middle;
      } else {
        failing = middle;
      }
    }
    return (int) meeting;
  }

  private boolean meetsMonotoneParts(Workload workload, StaffingTarget target, int n) {
    double b = ErlangC.erlangB(n, workload.trafficErlangs());
    Performance p = performance(workload, n, b, target.serviceLevel().answerSeconds());
    return target.serviceLevel().isMetBy(p) && target.abandonmentIsMetBy(p);
  }

  /** Erlangs the agents must carry at least, whatever the patience. */
  private static double carriedLoadBound(StaffingTarget target, double traffic) {
    ServiceLevelTarget sl = target.serviceLevel();
    double bound = sl.reading() == ServiceLevelReading.ANSWERED_WITHIN ? sl.fraction() * traffic : 0;
    if (target.maxAbandonment().isPresent()) {
      bound = Math.max(bound, (1 - target.maxAbandonment().getAsDouble()) * traffic);
    }
    return bound;
  }

  /**
   * M/M/n+M figures for n agents given B(n, A). With θ the mean patience, γ = 1/θ, c = nθ/AHT,
   * y = λθ, x = e^{−γT} and F(a, z) the {@link KummerSeries}:
   * P(all busy) ∝ F(c, y) against (1 − B)/B for the states below n; the rest is in docs/staffing.md.
   */
  Performance performance(Workload workload, int n, double b, double answerSeconds) {
    double traffic = workload.trafficErlangs();
    double aht = workload.ahtSeconds();
    double patienceShare = Math.exp(-answerSeconds / patienceSeconds);
    if (n == 0) {
      // Nobody is answered; everyone waits until they give up.
      return new Performance(0, 0, traffic, answerSeconds, true, 1, 0, 1 - patienceShare,
          Double.NaN, Double.NaN, 1);
    }
    if (b == 0) {
      // B underflowed: n is so far above A that nobody ever waits.
      return new Performance(n, n, traffic, answerSeconds, true, 0, 1, 1, 0, traffic / n, 0);
    }
    double c = n * patienceSeconds / aht;
    double y = workload.arrivalsPerSecond() * patienceSeconds;
    double yAfterT = y * patienceShare;
    double arrivalsWithinT = -y * Math.expm1(-answerSeconds / patienceSeconds);

    KummerSeries.Sum queue = KummerSeries.of(c + 1, y);
    KummerSeries.Sum queueAfterT = KummerSeries.of(c + 1, yAfterT);
    double logServedShare = -Math.log1p(1 / c);
    double logQueue = logAddExp(0, Math.log(y / (c + 1)) + queue.logSum());
    double logQueueAfterT = logAddExp(0, Math.log(yAfterT / (c + 1)) + queueAfterT.logSum());
    double logAllBusy = -logAddExp(Math.log1p(-b) - Math.log(b), logQueue);

    double wait = Math.exp(logAllBusy + logQueue);
    double abandonment = Math.exp(
        logAllBusy + queue.logSum() + Math.log1p(queue.meanIndex()) - Math.log(c + 1));
    double offeredWaitOverT = Math.exp(
        logAllBusy - n * answerSeconds / aht + arrivalsWithinT + logQueueAfterT);
    double answeredAfterT = Math.exp(logAllBusy + logServedShare
        - (n / aht + 1 / patienceSeconds) * answerSeconds + arrivalsWithinT
        + queueAfterT.logSum());
    double waitOfAnswered = Math.exp(logAllBusy + logServedShare + queue.logSum())
        * (1 / (c + 1) + queue.meanHarmonic()) * patienceSeconds;

    double answeredWithin = clamp01(1 - abandonment - answeredAfterT);
    double waitedAtMost = clamp01(1 - patienceShare * offeredWaitOverT);
    double asa = waitOfAnswered / (1 - abandonment);
    double occupancy = traffic * (1 - abandonment) / n;
    return new Performance(n, n, traffic, answerSeconds, true, wait, answeredWithin, waitedAtMost,
        asa, occupancy, abandonment);
  }

  private static double logAddExp(double p, double q) {
    double hi = Math.max(p, q);
    if (hi == Double.NEGATIVE_INFINITY) {
      return hi;
    }
    return hi + Math.log1p(Math.exp(Math.min(p, q) - hi));
  }

  private static double clamp01(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
