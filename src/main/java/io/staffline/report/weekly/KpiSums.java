package io.staffline.report.weekly;

import io.staffline.report.weekly.Columns.KpiWeekly;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * The counts of a group of kpi_weekly rows added up. Rates are Σ numerator ÷ Σ denominator, which
 * is what each row's own rate is (docs/metrics.md §1), so a rate over several rows is exact.
 */
final class KpiSums {
  private final long[] counts = new long[KpiWeekly.READ.length];

  /** The rows {@code keep} accepts, summed per {@code key} (keys sorted). */
  static <K extends Comparable<? super K>> Map<K, KpiSums> by(Table kpi, IntPredicate keep, IntFunction<K> key) {
    LongColumn[] columns = new LongColumn[KpiWeekly.READ.length];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = kpi.column(KpiWeekly.READ[c]) instanceof LongColumn l ? l : null;
    }
    Map<K, KpiSums> out = new TreeMap<>();
    for (int r = 0; r < kpi.rowCount(); r++) {
      if (!keep.test(r)) {
        continue;
      }
      KpiSums s = out.computeIfAbsent(key.apply(r), k -> new KpiSums());
      for (int c = 0; c < columns.length; c++) {
        if (columns[c] != null && !columns[c].isMissing(r)) {
          s.counts[c] += columns[c].getLong(r);
        }
      }
    }
    return out;
  }

  long get(String column) {
    for (int i = 0; i < KpiWeekly.READ.length; i++) {
      if (KpiWeekly.READ[i].equals(column)) {
        return counts[i];
      }
    }
    throw new IllegalArgumentException("not a kpi_weekly count the pack reads: " + column);
  }

  /** numerator ÷ denominator; null when the denominator is 0 (a rate of nothing is no rate). */
  Double rate(String numerator, String denominator) {
    return rate(get(numerator), get(denominator));
  }

  /** met ÷ (met + breached). */
  Double attainment(String met, String breached) {
    return rate(get(met), get(met) + get(breached));
  }

  static Double rate(long numerator, long denominator) {
    return denominator == 0 ? null : (double) numerator / denominator;
  }
}
