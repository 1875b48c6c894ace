package io.staffline.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dense interval series of every queue, built from the {@code arrivals} table (a missing
 * interval is 0). Index 0 is 00:00 UTC of the first day with data; the series end with the last
 * interval written.
 */
public final class ArrivalHistory {
  private final Instant start;
  private final int intervalMinutes;
  private final int length;
  private final Map<QueueKey, QueueSeries> queues;

  /** One queue's counts per interval (metrics.md §4). */
  public record QueueSeries(double[] newTickets, double[] escalationsIn, double[] arrivals,
      double[] handledEvents, double[] handleSeconds) {
    QueueSeries(int length) {
      this(new double[length], new double[length], new double[length], new double[length], new double[length]);
    }

    static double sum(double[] values, int end) {
      double s = 0;
      for (int t = 0; t < end; t++) {
        s += values[t];
      }
      return s;
    }
  }

  private ArrivalHistory(Instant start, int intervalMinutes, int length, Map<QueueKey, QueueSeries> queues) {
    this.start = start;
    this.intervalMinutes = intervalMinutes;
    this.length = length;
    this.queues = Collections.unmodifiableMap(queues);
  }

  /**
   * @param start the first interval with data (any row); the series start at 00:00 UTC of its day
   * @param end the end of the last interval with data
   */
  public static Builder builder(Instant start, Instant end, int intervalMinutes) {
    return new Builder(start.truncatedTo(ChronoUnit.DAYS), end, intervalMinutes);
  }

  public Instant start() {
    return start;
  }

  public int intervalMinutes() {
    return intervalMinutes;
  }

  public Seasons seasons() {
    return Seasons.ofMinutes(intervalMinutes);
  }

  /** Intervals from the start to the end of the data. */
  public int length() {
    return length;
  }

  /** The end of the last interval with data. */
  public Instant end() {
    return at(length);
  }

  /** The start of interval {@code index}. */
  public Instant at(int index) {
    return start.plus(Duration.ofMinutes((long) intervalMinutes * index));
  }

  /** The index of the interval starting at {@code moment} (which must be aligned). */
  public int indexOf(Instant moment) {
    long minutes = Duration.between(start, moment).toMinutes();
    if (minutes % intervalMinutes != 0 || !start.plus(Duration.ofMinutes(minutes)).equals(moment)) {
      throw new IllegalArgumentException(moment + " is not on the " + intervalMinutes + "-minute interval grid");
    }
    return Math.toIntExact(minutes / intervalMinutes);
  }

  /** The default as-of: the end of the last complete UTC day of the data. */
  public Instant endOfLastCompleteDay() {
    return end().truncatedTo(ChronoUnit.DAYS);
  }

  /** Every queue, in {@link QueueKey} order. */
  public Map<QueueKey, QueueSeries> queues() {
    return queues;
  }

  /** Collects rows into dense series. */
  public static final class Builder {
    private final Instant start;
    private final int intervalMinutes;
    private final int length;
    private final Map<QueueKey, QueueSeries> queues = new TreeMap<>();

    private Builder(Instant start, Instant end, int intervalMinutes) {
      this.start = start;
      this.intervalMinutes = intervalMinutes;
      long minutes = Duration.between(start, end).toMinutes();
      this.length = Math.toIntExact((minutes + intervalMinutes - 1) / intervalMinutes);
    }

    /** Adds one row of the arrivals table. */
    public Builder add(QueueKey queue, Instant intervalStart, long newTickets, long escalationsIn, long arrivals,
        long handledEvents, long handleSeconds) {
      int t = Math.toIntExact(Duration.between(start, intervalStart).toMinutes() / intervalMinutes);
      QueueSeries s = queues.computeIfAbsent(queue, q -> new QueueSeries(length));
      s.newTickets()[t] += newTickets;
      s.escalationsIn()[t] += escalationsIn;
      s.arrivals()[t] += arrivals;
      s.handledEvents()[t] += handledEvents;
      s.handleSeconds()[t] += handleSeconds;
      return this;
    }

    public ArrivalHistory build() {
      return new ArrivalHistory(start, intervalMinutes, length, queues);
    }
  }
}
