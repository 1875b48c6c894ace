package io.staffline.report.weekly;

import io.staffline.report.IsoWeek;
import io.staffline.report.weekly.Columns.Arrivals;
import io.staffline.report.ForecastColumns.Forecast;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * The forecast the planners had when the week began against what arrived: the forecast rows of the
 * latest origin ({@code as_of}) at or before the week's Monday 00:00 UTC, summed over origins
 * (direct + cascade) per queue and interval, against the arrivals table's {@code arrivals} (new
 * tickets + escalations in) of the same queue and interval. Both are put on the coarser of the two
 * interval lengths. Per queue: WAPE = Σ|F − A| ÷ ΣA over the week's intervals and bias =
 * (ΣF − ΣA) ÷ ΣA (positive = forecast too high); null when nothing arrived. A missing row is 0.
 * Queues the forecast does not cover at all are counted apart (they would have no method to judge).
 */
record ForecastVsActual(Instant origin, int intervalMinutes, List<Queue> queues, int queuesWithoutForecast,
    double arrivalsWithoutForecast) {

  /** A queue: team × channel × line. */
  record QueueKey(String team, String channel, int tier) implements Comparable<QueueKey> {
    @Override
    public int compareTo(QueueKey o) {
      int c = team.compareTo(o.team);
      if (c == 0) {
        c = channel.compareTo(o.channel);
      }
      return c != 0 ? c : Integer.compare(tier, o.tier);
    }
  }

  /** One queue's week: totals and the interval-level absolute error. */
  record Queue(QueueKey key, String method, double forecast, double actual, double absoluteError, int intervals) {
    Double wape() {
      return actual == 0 ? null : absoluteError / actual;
    }

    Double bias() {
      return actual == 0 ? null : (forecast - actual) / actual;
    }
  }

  /** The comparison, or empty when no forecast origin before the week covers it. */
  static Optional<ForecastVsActual> of(Table forecast, Table arrivals, IsoWeek week) {
    Instant origin = null;
    for (int r = 0; r < forecast.rowCount(); r++) {
      Instant asOf = forecast.instantColumn(Forecast.AS_OF).get(r);
      if (!asOf.isAfter(week.start()) && week.contains(forecast.instantColumn(Forecast.INTERVAL_START).get(r))
          && (origin == null || asOf.isAfter(origin))) {
        origin = asOf;
      }
    }
    if (origin == null) {
      return Optional.empty();
    }
    int length = commonInterval(forecast, arrivals, origin, week);
    Map<QueueKey, Map<Instant, double[]>> byQueue = new TreeMap<>();
    Map<QueueKey, Set<String>> methods = new HashMap<>();
    for (int r = 0; r < forecast.rowCount(); r++) {
      Instant start = forecast.instantColumn(Forecast.INTERVAL_START).get(r);
      if (forecast.instantColumn(Forecast.AS_OF).get(r).equals(origin) && week.contains(start)) {
        QueueKey q = new QueueKey(forecast.stringColumn(Forecast.TEAM).get(r), forecast.stringColumn(Forecast.CHANNEL).get(r),
            forecast.intColumn(Forecast.TIER).getInt(r));
        cell(byQueue, q, bucket(start, length))[0] += forecast.doubleColumn(Forecast.CONTACTS).getDouble(r);
        methods.computeIfAbsent(q, k -> new TreeSet<>()).add(forecast.stringColumn(Forecast.METHOD).get(r));
      }
    }
    for (int r = 0; r < arrivals.rowCount(); r++) {
      Instant start = arrivals.instantColumn(Arrivals.INTERVAL_START).get(r);
      if (week.contains(start)) {
        QueueKey q = new QueueKey(arrivals.stringColumn(Arrivals.TEAM).get(r), arrivals.stringColumn(Arrivals.CHANNEL).get(r),
            arrivals.intColumn(Arrivals.TIER).getInt(r));
        cell(byQueue, q, bucket(start, length))[1] += arrivals.longColumn(Arrivals.ARRIVALS).getLong(r);
      }
    }
    List<Queue> queues = new ArrayList<>();
    int intervals = (int) (java.time.Duration.between(week.start(), week.end()).toMinutes() / length);
    double[] uncovered = new double[2];
    byQueue.forEach((q, cells) -> {
      if (!methods.containsKey(q)) {
        uncovered[0]++;
        cells.values().forEach(c -> uncovered[1] += c[1]);
        return;
      }
      double f = 0;
      double a = 0;
      double abs = 0;
      for (double[] c : cells.values()) {
        f += c[0];
        a += c[1];
        abs += Math.abs(c[0] - c[1]);
      }
      queues.add(new Queue(q, String.join(", ", methods.get(q)), f, a, abs, intervals));
    });
    return Optional.of(new ForecastVsActual(origin, length, queues, (int) uncovered[0], uncovered[1]));
  }

  /** Σ over all queues: WAPE of the whole week (errors do not cancel across queues). */
  Queue total(String label) {
    double f = 0;
    double a = 0;
    double abs = 0;
    for (Queue q : queues) {
      f += q.forecast();
      a += q.actual();
      abs += q.absoluteError();
    }
    return new Queue(new QueueKey(label, "", 0), "", f, a, abs, queues.isEmpty() ? 0 : queues.get(0).intervals());
  }

  private static double[] cell(Map<QueueKey, Map<Instant, double[]>> byQueue, QueueKey q, Instant bucket) {
    return byQueue.computeIfAbsent(q, k -> new TreeMap<>()).computeIfAbsent(bucket, b -> new double[2]);
  }

  private static Instant bucket(Instant start, int minutes) {
    long seconds = minutes * 60L;
    return Instant.ofEpochSecond(Math.floorDiv(start.getEpochSecond(), seconds) * seconds);
  }

  /** The coarser of the two interval lengths; each must divide it (15, 30 and 60 all do). */
  private static int commonInterval(Table forecast, Table arrivals, Instant origin, IsoWeek week) {
    Set<Integer> lengths = new HashSet<>();
    for (int r = 0; r < forecast.rowCount(); r++) {
      if (forecast.instantColumn(Forecast.AS_OF).get(r).equals(origin)) {
        lengths.add(forecast.intColumn(Forecast.INTERVAL_MINUTES).getInt(r));
      }
    }
    for (int r = 0; r < arrivals.rowCount(); r++) {
      lengths.add(arrivals.intColumn(Arrivals.INTERVAL_MINUTES).getInt(r));
    }
    int longest = lengths.stream().mapToInt(Integer::intValue).max().orElse(60);
    for (int l : lengths) {
      if (l <= 0 || longest % l != 0) {
        throw new IllegalArgumentException("forecast and arrivals use interval lengths " + new TreeSet<>(lengths)
            + " minutes for " + week + ": each must divide the longest");
      }
    }
    return longest;
  }
}
