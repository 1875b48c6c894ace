package io.staffline.staffing;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Micro benchmark, not a test: required agents for 10,000 intervals (a week-like profile of 0 to
 * ~1,700 Erlangs, AHT 120–600 s, 80% in 20 s) with Erlang C and with Erlang A (patience 120 s),
 * after warm-up. Reproduce with:
 * {@code mvn -q -o test-compile && java -cp target/classes:target/test-classes io.staffline.staffing.ErlangBench}
 */
public final class ErlangBench {
  private static final int INTERVALS = 10_000;
  private static final int WARM_UP_ROUNDS = 5;
  private static final int MEASURED_ROUNDS = 5;

  private ErlangBench() {}

  public static void main(String[] args) {
    Workload[] intervals = intervals(INTERVALS, 20_260_901L);
    StaffingTarget target = StaffingTarget.of(ServiceLevelTarget.of(0.8, 20)).withMaxOccupancy(0.9);
    double erlangs = 0;
    for (Workload w : intervals) {
      erlangs += w.trafficErlangs();
    }
    System.out.printf(Locale.ROOT, "%,d intervals, mean traffic %.1f Erlangs%n",
        INTERVALS, erlangs / INTERVALS);
    measure("Erlang C", new ErlangC(), intervals, target);
    measure("Erlang A (patience 120 s)", new ErlangA(120), intervals, target);
  }

  private static void measure(String label, QueueModel model, Workload[] intervals,
      StaffingTarget target) {
    long agents = 0;
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      agents += requireAll(model, intervals, target);
    }
    long best = Long.MAX_VALUE;
    for (int round = 0; round < MEASURED_ROUNDS; round++) {
      long start = System.nanoTime();
      agents += requireAll(model, intervals, target);
      best = Math.min(best, System.nanoTime() - start);
    }
    System.out.printf(Locale.ROOT,
        "%-26s best of %d: %8.1f ms for %,d intervals = %6.2f µs per interval (checksum %d)%n",
        label, MEASURED_ROUNDS, best / 1e6, intervals.length, best / 1e3 / intervals.length,
        agents);
  }

  private static long requireAll(QueueModel model, Workload[] intervals, StaffingTarget target) {
    long agents = 0;
    for (Workload w : intervals) {
      agents += model.required(w, target).agents();
    }
    return agents;
  }

  /** A daily sine-shaped arrival profile with noise, some idle night intervals, varied AHT. */
  static Workload[] intervals(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Workload[] intervals = new Workload[count];
    for (int i = 0; i < count; i++) {
      double day = Math.sin(Math.PI * (i % 48) / 48.0);
      double contacts = Math.max(0, Math.round(5_000 * day * day * (0.8 + 0.4 * random.nextDouble()) - 50));
      double aht = 120 + random.nextInt(481);
      intervals[i] = new Workload(contacts, aht, 1800);
    }
    return intervals;
  }
}
