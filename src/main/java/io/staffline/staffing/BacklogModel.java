package io.staffline.staffing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayDeque;

/**
 * Deferred work (email, tickets) as a fluid: work units arrive per interval, agents work them off
 * first-in first-out at a constant capacity, and every unit arriving in interval t must be finished
 * by the end of interval t + R (R = {@code responseIntervals}, counted in business intervals: pass
 * only the intervals the team works).
 *
 * <p>Work arriving in an interval can be worked in that interval. With a constant capacity c units
 * per interval, FIFO meets every deadline exactly when, for every window of intervals u..t,
 * work(u..t) ≤ c·(t − u + 1 + R): the window's work must fit in its own intervals plus the R
 * intervals of grace of its last unit. So the minimal capacity is the largest window density
 * work(u..t) / (t − u + 1 + R), found with a lower convex hull in O(T log T). Capacity continues
 * past the last interval until the backlog is gone. See docs/staffing.md §6.
 */
public record BacklogModel(double ahtSeconds, double intervalSeconds, int responseIntervals) {

  /** A cohort counts as finished when less than this share of it is left (floating-point dust). */
  private static final double DONE = 1e-9;

  public BacklogModel {
    if (!(ahtSeconds > 0 && Double.isFinite(ahtSeconds))) {
      throw new IllegalArgumentException("AHT must be finite and > 0 s, got " + ahtSeconds);
    }
    if (!(intervalSeconds > 0 && Double.isFinite(intervalSeconds))) {
      throw new IllegalArgumentException("interval must be finite and > 0 s, got " + intervalSeconds);
    }
    if (responseIntervals < 0) {
      throw new IllegalArgumentException(
          "response target must be ≥ 0 intervals, got " + responseIntervals);
    }
  }

  /**
   * The minimal constant capacity with no work late.
   *
   * @param capacityUnitsPerInterval work units the agents finish per interval
   * @param fractionalAgents capacity × AHT ÷ interval length, exact for the critical window
   * @param agents ⌈fractionalAgents⌉
   * @param windowStart first interval of the critical window (−1 with no work)
   * @param windowEnd last interval of the critical window (−1 with no work)
   */
  public record Requirement(
      double capacityUnitsPerInterval,
      BigDecimal fractionalAgents,
      int agents,
      int windowStart,
      int windowEnd) {}

  /**
   * A FIFO fluid run at a constant capacity.
   *
   * @param backlogAtEnd work units still open at the end of each interval, until the backlog clears
   * @param finishedIn interval in which the last unit of each interval's arrivals was finished
   *     (the interval itself when nothing arrived; −1 when the work is never finished)
   * @param lateIntervals how many intervals' arrivals finished after their deadline
   */
  public record FluidRun(double[] backlogAtEnd, int[] finishedIn, int lateIntervals) {}

  /** Fewest agents (and exact fractional agents) so that no unit in {@code unitsPerInterval} is late. */
  public Requirement required(double[] unitsPerInterval) {
    double[] before = prefixSums(unitsPerInterval);
    // Interval t is the piece of work arriving over [t, t + 1], due R intervals after it arrives.
    int n = unitsPerInterval.length;
    double[] start = new double[n];
    double[] end = new double[n];
    for (int t = 0; t < n; t++) {
      start[t] = t;
      end[t] = t + 1;
    }
    DensestWindow.Window densest = DensestWindow.of(start, end, before, responseIntervals);
    if (densest.first() < 0) {
      return new Requirement(0, BigDecimal.ZERO, 0, -1, -1);
    }
    int bestStart = densest.first();
    int bestEnd = densest.last();
    BigDecimal work = BigDecimal.ZERO;
    for (int s = bestStart; s <= bestEnd; s++) {
      work = work.add(BigDecimal.valueOf(unitsPerInterval[s]));
    }
    BigDecimal handleSeconds = work.multiply(BigDecimal.valueOf(ahtSeconds));
    BigDecimal availableSeconds = BigDecimal.valueOf(bestEnd - bestStart + 1L + responseIntervals)
        .multiply(BigDecimal.valueOf(intervalSeconds));
    return new Requirement(densest.density(),
        handleSeconds.divide(availableSeconds, MathContext.DECIMAL128),
        handleSeconds.divide(availableSeconds, 0, RoundingMode.CEILING).intValueExact(),
        bestStart, bestEnd);
  }

  /** Runs the work FIFO with {@code agents} on it (fractional agents allowed). */
  public FluidRun run(double[] unitsPerInterval, double agents) {
    prefixSums(unitsPerInterval);
    double capacity = agents * intervalSeconds / ahtSeconds;
    int n = unitsPerInterval.length;
    int[] finishedIn = new int[n];
    java.util.Arrays.fill(finishedIn, -1);
    ArrayDeque<double[]> open = new ArrayDeque<>(); // {arrival interval, units left, size}
    java.util.List<Double> backlog = new java.util.ArrayList<>();
    for (int t = 0; t < n || !open.isEmpty(); t++) {
      if (t < n) {
        if (unitsPerInterval[t] > 0) {
          open.addLast(new double[] {t, unitsPerInterval[t], unitsPerInterval[t]});
        } else {
          finishedIn[t] = t;
        }
      } else if (capacity <= 0) {
        break;
      }
      double left = capacity;
      while (!open.isEmpty() && left > 0) {
        double[] cohort = open.peekFirst();
        double done = Math.min(left, cohort[1]);
        cohort[1] -= done;
        left -= done;
        if (cohort[1] <= DONE * cohort[2]) {
          finishedIn[(int) cohort[0]] = t;
          open.removeFirst();
        }
      }
      double openUnits = 0;
      for (double[] cohort : open) {
        openUnits += cohort[1];
      }
      backlog.add(openUnits);
    }
    int late = 0;
    for (int t = 0; t < n; t++) {
      if (finishedIn[t] < 0 || finishedIn[t] > t + responseIntervals) {
        late++;
      }
    }
    double[] backlogAtEnd = backlog.stream().mapToDouble(Double::doubleValue).toArray();
    return new FluidRun(backlogAtEnd, finishedIn, late);
  }

  private static double[] prefixSums(double[] units) {
    double[] before = new double[units.length + 1];
    for (int t = 0; t < units.length; t++) {
      if (!(units[t] >= 0 && Double.isFinite(units[t]))) {
        throw new IllegalArgumentException(
            "work units must be finite and ≥ 0, interval " + t + " has " + units[t]);
      }
      before[t + 1] = before[t] + units[t];
    }
    return before;
  }
}
