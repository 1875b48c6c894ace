package io.staffline.report.weekly;

import io.staffline.metrics.Kpis;
import io.staffline.metrics.stats.ConfidenceInterval;
import io.staffline.metrics.stats.Percentiles;
import io.staffline.metrics.stats.Wilson;
import io.staffline.report.IsoWeek;
import io.staffline.report.weekly.Columns.Facts;
import io.staffline.report.weekly.Columns.KpiWeekly;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The headline figures of one week for all teams, channels and priorities together, read from
 * {@code kpi_weekly} and {@code ticket_facts} with the metrics' own definitions (docs/metrics.md):
 * counts and rates are sums of the KPI rows (a rate is Σ numerator ÷ Σ denominator, as each row's
 * rate is); medians and p90 cannot be combined across rows, so they are the exact type-7
 * percentiles over the same tickets the rows count — the line 1 population (tickets that entered
 * line 1), by creation week for first replies and by first-resolution week for resolutions.
 *
 * @param values each figure (counts as counts, durations in minutes, shares 0–1); null when the
 *     week has no denominator for it
 * @param basis how many tickets (or ratings) each figure stands on
 */
public record WeekFigures(IsoWeek week, Map<Kpi, Double> values, Map<Kpi, Long> basis,
    Double csatWilsonLow, Double csatWilsonHigh) {

  public Double value(Kpi kpi) {
    return values.get(kpi);
  }

  public Long basisOf(Kpi kpi) {
    return basis.get(kpi);
  }

  /** Figures for each of {@code weeks}, in that order. */
  public static Map<IsoWeek, WeekFigures> of(Table kpiWeekly, Table facts, List<IsoWeek> weeks) {
    Map<WeekLine, KpiSums> byLine = KpiSums.by(kpiWeekly, r -> true, r -> new WeekLine(
        kpiWeekly.dateColumn(KpiWeekly.PERIOD_START).get(r), kpiWeekly.intColumn(KpiWeekly.TIER).getInt(r)));
    // Backlog rows are by the line holding the ticket at the snapshot: all lines together.
    Map<LocalDate, KpiSums> byWeek = KpiSums.by(kpiWeekly, r -> true,
        r -> kpiWeekly.dateColumn(KpiWeekly.PERIOD_START).get(r));
    Map<LocalDate, Samples> samples = samplesByWeek(facts);
    Map<IsoWeek, WeekFigures> out = new LinkedHashMap<>();
    for (IsoWeek w : weeks) {
      out.put(w, figures(w, byLine.getOrDefault(new WeekLine(w.monday(), 1), new KpiSums()),
          byLine.getOrDefault(new WeekLine(w.monday(), 2), new KpiSums()),
          byWeek.getOrDefault(w.monday(), new KpiSums()).get(KpiWeekly.BACKLOG_END),
          samples.getOrDefault(w.monday(), new Samples())));
    }
    return out;
  }

  /** A week and a line: the rows a headline figure adds up. */
  private record WeekLine(LocalDate monday, int line) implements Comparable<WeekLine> {
    @Override
    public int compareTo(WeekLine o) {
      int c = monday.compareTo(o.monday);
      return c != 0 ? c : Integer.compare(line, o.line);
    }
  }

  /** First reply and resolution times of one week's line 1 population. */
  private static final class Samples {
    final List<Double> firstReply = new ArrayList<>();
    final List<Double> resolution = new ArrayList<>();
  }

  private static Map<LocalDate, Samples> samplesByWeek(Table facts) {
    Map<LocalDate, Samples> byWeek = new HashMap<>();
    for (int r = 0; r < facts.rowCount(); r++) {
      if (!atLineOne(facts, r)) {
        continue;
      }
      double reply = facts.doubleColumn(Facts.FIRST_REPLY_MINUTES).getDouble(r);
      if (!Double.isNaN(reply)) {
        byWeek.computeIfAbsent(IsoWeek.of(facts.instantColumn(Facts.CREATED_AT).get(r)).monday(), d -> new Samples())
            .firstReply.add(reply);
      }
      Instant solved = facts.instantColumn(Facts.FIRST_RESOLUTION_AT).get(r);
      double resolution = facts.doubleColumn(Facts.FIRST_RESOLUTION_MINUTES).getDouble(r);
      if (solved != null && !Double.isNaN(resolution)) {
        byWeek.computeIfAbsent(IsoWeek.of(solved).monday(), d -> new Samples()).resolution.add(resolution);
      }
    }
    return byWeek;
  }

  /** The population of kpi_weekly's line 1 rows: tickets that entered line 1 (or were created there). */
  static boolean atLineOne(Table facts, int r) {
    Boolean entered = facts.booleanColumn(Facts.ENTERED_LINE_1).get(r);
    return Boolean.TRUE.equals(entered) || facts.intColumn(Facts.ENTRY_TIER).getInt(r) == 1;
  }

  private static WeekFigures figures(IsoWeek week, KpiSums line1, KpiSums line2, long backlogEnd, Samples t) {
    Map<Kpi, Double> v = new EnumMap<>(Kpi.class);
    Map<Kpi, Long> n = new EnumMap<>(Kpi.class);
    long created = line1.get(KpiWeekly.CREATED);
    long solved = line1.get(KpiWeekly.SOLVED);
    put(v, n, Kpi.CREATED, (double) created, created);
    put(v, n, Kpi.SOLVED, (double) solved, solved);
    put(v, n, Kpi.BACKLOG_END, (double) backlogEnd, backlogEnd);
    double[] replies = sorted(t.firstReply);
    double[] resolutions = sorted(t.resolution);
    put(v, n, Kpi.FIRST_REPLY_P50, percentile(replies, 0.5), replies.length);
    put(v, n, Kpi.FIRST_REPLY_P90, percentile(replies, 0.9), replies.length);
    put(v, n, Kpi.RESOLUTION_P50, percentile(resolutions, 0.5), resolutions.length);
    put(v, n, Kpi.RESOLUTION_P90, percentile(resolutions, 0.9), resolutions.length);
    put(v, n, Kpi.SLA_FIRST_REPLY, line1.attainment(KpiWeekly.SLA_FIRST_REPLY_MET, KpiWeekly.SLA_FIRST_REPLY_BREACHED),
        line1.get(KpiWeekly.SLA_FIRST_REPLY_MET) + line1.get(KpiWeekly.SLA_FIRST_REPLY_BREACHED));
    put(v, n, Kpi.SLA_RESOLUTION, line1.attainment(KpiWeekly.SLA_RESOLUTION_MET, KpiWeekly.SLA_RESOLUTION_BREACHED),
        line1.get(KpiWeekly.SLA_RESOLUTION_MET) + line1.get(KpiWeekly.SLA_RESOLUTION_BREACHED));
    put(v, n, Kpi.ESCALATION_1_2, line1.rate(KpiWeekly.ESCALATED_UP, KpiWeekly.CREATED), created);
    put(v, n, Kpi.ESCALATION_2_3, line2.rate(KpiWeekly.ESCALATED_UP, KpiWeekly.CREATED), line2.get(KpiWeekly.CREATED));
    put(v, n, Kpi.FIRST_LINE_RESOLUTION, line1.rate(KpiWeekly.FLR_RESOLVED, KpiWeekly.FLR_DECIDED),
        line1.get(KpiWeekly.FLR_DECIDED));
    put(v, n, Kpi.REOPEN_RATE, line1.rate(KpiWeekly.REOPENED, KpiWeekly.SOLVED), solved);
    long good = line1.get(KpiWeekly.CSAT_GOOD);
    long rated = line1.get(KpiWeekly.CSAT_RATED);
    put(v, n, Kpi.CSAT, line1.rate(KpiWeekly.CSAT_GOOD, KpiWeekly.CSAT_RATED), rated);
    ConfidenceInterval ci = Wilson.interval(good, rated, Kpis.CSAT_CONFIDENCE);
    return new WeekFigures(week, v, n, rated == 0 ? null : ci.lower(), rated == 0 ? null : ci.upper());
  }

  private static void put(Map<Kpi, Double> v, Map<Kpi, Long> n, Kpi k, Double value, long basis) {
    v.put(k, value);
    n.put(k, basis);
  }

  private static double[] sorted(List<Double> values) {
    return Percentiles.sorted(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static Double percentile(double[] sorted, double p) {
    return sorted.length == 0 ? null : Percentiles.continuous(sorted, p);
  }
}
