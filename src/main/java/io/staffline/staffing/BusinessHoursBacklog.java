package io.staffline.staffing;

import io.staffline.metrics.calendar.BusinessCalendar;
import io.staffline.metrics.calendar.BusinessCalendar.OpenPeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Deferred work (email, web forms, API tickets) answered within a response target in <b>business
 * hours</b> of the team's calendar: the fluid backlog model of {@link BacklogModel} on the
 * calendar's business-time axis. The target's clock and the agents run only while the team is open,
 * so work arriving on Friday evening is due the business target after Monday's opening.
 *
 * <p>Each forecast interval's work arrives uniformly over the interval in real time. Its open part
 * maps one to one onto business time; work arriving while closed waits for the next opening and
 * arrives there all at once. Every unit is due the response target after its business arrival time.
 * A constant staffing c (agents on duty whenever the team is open) then meets every deadline under
 * first-in first-out exactly when every window of pieces u..t has work(u..t) ≤ c × (business span
 * of u..t + target) ({@link DensestWindow}); the minimal staffing is the densest window, decided
 * exactly. Agents keep working past the horizon until the backlog is gone. See docs/staffing.md §6
 * and §11.
 */
public final class BusinessHoursBacklog {

  /** A unit counts as on time when it finishes at most this long after its deadline (float dust). */
  static final double ON_TIME_SLACK_SECONDS = 1e-3;

  private final BusinessCalendar calendar;
  private final Duration responseTarget;

  /**
   * @param calendar the team's business hours
   * @param responseTarget business time within which each unit must be finished; &gt; 0 (work
   *     arriving while closed arrives at the opening all at once and needs some time)
   */
  public BusinessHoursBacklog(BusinessCalendar calendar, Duration responseTarget) {
    if (calendar == null) {
      throw new IllegalArgumentException("a business calendar is required");
    }
    if (responseTarget == null || responseTarget.isNegative() || responseTarget.isZero()) {
      throw new IllegalArgumentException("response target must be more than 0 business time, got "
          + responseTarget);
    }
    this.calendar = calendar;
    this.responseTarget = responseTarget;
  }

  /**
   * The work of one forecast interval.
   *
   * @param start interval start (inclusive)
   * @param end interval end (exclusive), after start
   * @param handleSeconds contacts × AHT: agent-seconds of work arriving in the interval
   */
  public record IntervalWork(Instant start, Instant end, double handleSeconds) {
    public IntervalWork {
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("interval " + start + " must end after it starts, not at "
            + end);
      }
      if (!(handleSeconds >= 0 && Double.isFinite(handleSeconds))) {
        throw new IllegalArgumentException("work of interval " + start
            + " must be finite and ≥ 0 handle seconds, got " + handleSeconds);
      }
    }
  }

  /**
   * The fewest agents with no work late.
   *
   * @param fractionalAgents work of the critical window ÷ (its business span + target): the
   *     constant staffing at which its last unit finishes exactly on time (34 significant digits;
   *     exact whenever the window's work is, e.g. whole intervals)
   * @param agents ⌈fractionalAgents⌉
   * @param firstInterval index of the interval where the critical window starts (−1 with no work)
   * @param lastInterval index of the interval where it ends (−1 with no work)
   */
  public record Requirement(BigDecimal fractionalAgents, int agents, int firstInterval,
      int lastInterval) {}

  /**
   * A first-in first-out fluid run at a constant staffing.
   *
   * @param finishedAt when the last unit of each interval's work is finished (the interval's start
   *     when it has none)
   * @param late whether some unit of the interval's work finished after its deadline
   * @param lateIntervals how many intervals have late work
   */
  public record FluidRun(List<Instant> finishedAt, List<Boolean> late, int lateIntervals) {}

  /** The minimal constant staffing for {@code work} (intervals in time order, not overlapping). */
  public Requirement required(List<IntervalWork> work) {
    Pieces pieces = Pieces.of(work, calendar);
    DensestWindow.Window densest = DensestWindow.of(pieces.start, pieces.end, pieces.before,
        seconds(responseTarget));
    if (densest.first() < 0) {
      return new Requirement(BigDecimal.ZERO, 0, -1, -1);
    }
    BigDecimal handleSeconds = BigDecimal.ZERO;
    for (int k = densest.first(); k <= densest.last(); k++) {
      handleSeconds = handleSeconds.add(pieces.exactWork(k));
    }
    Duration window = pieces.businessEnd.get(densest.last())
        .minus(pieces.businessStart.get(densest.first())).plus(responseTarget);
    BigDecimal windowSeconds = exactSeconds(window);
    return new Requirement(
        handleSeconds.divide(windowSeconds, MathContext.DECIMAL128),
        handleSeconds.divide(windowSeconds, 0, RoundingMode.CEILING).intValueExact(),
        pieces.interval[densest.first()], pieces.interval[densest.last()]);
  }

  /** Works {@code work} off first in first out with {@code agents} on duty while open. */
  public FluidRun run(List<IntervalWork> work, double agents) {
    if (!(agents >= 0 && Double.isFinite(agents))) {
      throw new IllegalArgumentException("agents must be finite and ≥ 0, got " + agents);
    }
    Pieces pieces = Pieces.of(work, calendar);
    double grace = seconds(responseTarget);
    double[] finished = new double[work.size()];
    boolean[] late = new boolean[work.size()];
    for (int i = 0; i < work.size(); i++) {
      finished[i] = Double.NaN;
    }
    // Business time at which everything that arrived so far is done.
    double free = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < pieces.start.length; k++) {
      double units = pieces.before[k + 1] - pieces.before[k];
      if (units == 0) {
        continue;
      }
      double begin = Math.max(free, pieces.start[k]);
      // The agents start on this piece at `begin` and finish its last unit when its work is done,
      // but not before that unit arrives.
      double done = agents == 0 ? Double.POSITIVE_INFINITY
          : Math.max(begin + units / agents, pieces.end[k]);
      int i = pieces.interval[k];
      // The first and the last unit are the latest ones of a piece (finish − arrival is linear
      // between them while the agents are busy, and 0 once they catch up).
      late[i] |= begin > pieces.start[k] + grace + ON_TIME_SLACK_SECONDS
          || done > pieces.end[k] + grace + ON_TIME_SLACK_SECONDS;
      finished[i] = done;
      free = done;
    }
    List<Instant> finishedAt = new ArrayList<>();
    List<Boolean> lateness = new ArrayList<>();
    int lateIntervals = 0;
    for (int i = 0; i < work.size(); i++) {
      finishedAt.add(Double.isNaN(finished[i]) ? work.get(i).start() : realTime(work, finished[i]));
      lateness.add(late[i]);
      lateIntervals += late[i] ? 1 : 0;
    }
    return new FluidRun(finishedAt, lateness, lateIntervals);
  }

  /** The real moment {@code businessSeconds} of open time after the first interval starts. */
  private Instant realTime(List<IntervalWork> work, double businessSeconds) {
    if (Double.isInfinite(businessSeconds)) {
      return Instant.MAX;
    }
    return calendar.addBusinessTime(work.get(0).start(),
        Duration.ofNanos(Math.round(businessSeconds * 1e9)));
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  private static BigDecimal exactSeconds(Duration d) {
    return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
  }

  /**
   * The forecast intervals cut into pieces on the business-time axis (0 = the first interval's
   * start): an open period of an interval arrives over its business span; a closed part arrives all
   * at once at the next opening.
   */
  private static final class Pieces {
    final double[] start;
    final double[] end;
    final double[] before;
    final int[] interval;
    final List<Duration> businessStart = new ArrayList<>();
    final List<Duration> businessEnd = new ArrayList<>();
    private final List<Share> shares = new ArrayList<>();
    private final List<Duration> parts = new ArrayList<>();
    private final List<Double> pieceWork = new ArrayList<>();
    private final List<Integer> intervals = new ArrayList<>();

    private Pieces(List<IntervalWork> work, BusinessCalendar calendar) {
      Duration at = Duration.ZERO;
      Instant previousEnd = work.isEmpty() ? null : work.get(0).start();
      for (int i = 0; i < work.size(); i++) {
        IntervalWork w = work.get(i);
        if (w.start().isBefore(previousEnd)) {
          throw new IllegalArgumentException("intervals must be in time order without overlap: "
              + w.start() + " starts before the previous one ends at " + previousEnd);
        }
        at = at.plus(calendar.businessTime(previousEnd, w.start()));
        Share share = new Share(w);
        Instant cursor = w.start();
        for (OpenPeriod open : calendar.openPeriods(w.start(), w.end())) {
          addClosed(i, cursor, open.start(), at, share);
          add(i, at, at.plus(open.length()), share, open.length());
          at = at.plus(open.length());
          cursor = open.end();
        }
        addClosed(i, cursor, w.end(), at, share);
        previousEnd = w.end();
      }
      int n = pieceWork.size();
      start = new double[n];
      end = new double[n];
      before = new double[n + 1];
      interval = new int[n];
      for (int k = 0; k < n; k++) {
        start[k] = seconds(businessStart.get(k));
        end[k] = seconds(businessEnd.get(k));
        before[k + 1] = before[k] + pieceWork.get(k);
        interval[k] = intervals.get(k);
      }
    }

    static Pieces of(List<IntervalWork> work, BusinessCalendar calendar) {
      return new Pieces(work, calendar);
    }

    /** Work arriving in the closed time [from, to) waits for the opening at business time {@code at}. */
    private void addClosed(int i, Instant from, Instant to, Duration at, Share share) {
      if (from.isBefore(to)) {
        add(i, at, at, share, Duration.between(from, to));
      }
    }

    /** The work arriving in part of an interval: handle seconds × part ÷ interval, one rounding. */
    private record Share(double handleSeconds, Duration length) {
      Share(IntervalWork w) {
        this(w.handleSeconds(), Duration.between(w.start(), w.end()));
      }

      boolean whole(Duration part) {
        return part.equals(length);
      }

      BigDecimal of(Duration part) {
        BigDecimal handle = BigDecimal.valueOf(handleSeconds);
        // A whole interval (open or closed throughout, as most are) keeps its work as it is: the
        // value h × L ÷ L has, without the 34-digit division.
        return whole(part) ? handle
            : handle.multiply(exactSeconds(part))
                .divide(exactSeconds(length), MathContext.DECIMAL128);
      }
    }

    /**
     * A piece of interval {@code i}'s work. Its exact work is only needed for the densest window,
     * so it is made there ({@link #exactWork}); the double here is that value rounded once, which
     * for a whole interval is its handle seconds themselves.
     */
    private void add(int i, Duration from, Duration to, Share share, Duration part) {
      businessStart.add(from);
      businessEnd.add(to);
      shares.add(share);
      parts.add(part);
      pieceWork.add(share.whole(part) ? share.handleSeconds() : share.of(part).doubleValue());
      intervals.add(i);
    }

    /** The work of piece {@code k} in exact decimal. */
    BigDecimal exactWork(int k) {
      return shares.get(k).of(parts.get(k));
    }
  }
}
