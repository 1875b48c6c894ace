package io.staffline.metrics;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The console summary after a metrics run: the latest complete week, per support line. */
public final class KpiSummary {
  private KpiSummary() {}

  /** The Monday of the latest week that ended at or before {@code asOf}. */
  public static LocalDate latestCompleteWeek(Instant asOf) {
    LocalDate day = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    return monday.minus(1, ChronoUnit.WEEKS);
  }

  public static String latestCompleteWeek(SparkSession spark, Path run, Instant asOf) {
    LocalDate week = latestCompleteWeek(asOf);
    spark.read().parquet(run.resolve(MetricsTables.TICKET_FACTS).toString()).createOrReplaceTempView("summary_facts");
    spark.read().parquet(run.resolve(MetricsTables.KPI_WEEKLY).toString()).createOrReplaceTempView("summary_kpis");
    List<Row> rows = spark.sql(String.format("""
        with lines as (
          select explode(filter(array(1, if(entered_line_2, 2, null), if(entered_line_3, 3, null)), x -> x is not null)) as tier, *
          from summary_facts)
        select k.tier, k.created, k.solved, k.escalated, k.backlog_end, k.sla_met, k.sla_breached,
               f.first_reply_p50, f.resolution_p50
        from (select tier, sum(created_tickets) as created, sum(solved_tickets) as solved, sum(escalated_up) as escalated,
                     sum(backlog_end) as backlog_end, sum(sla_resolution_met) as sla_met, sum(sla_resolution_breached) as sla_breached
              from summary_kpis where period_start = date'%1$s' group by tier) k
        left join (select tier,
                          percentile(case when to_date(date_trunc('week', created_at)) = date'%1$s' then first_reply_minutes end, 0.5) as first_reply_p50,
                          percentile(case when to_date(date_trunc('week', first_resolution_at)) = date'%1$s' then first_resolution_minutes end, 0.5) as resolution_p50
                   from lines group by tier) f on f.tier = k.tier
        order by k.tier""", week)).collectAsList();
    StringBuilder out = new StringBuilder(String.format("KPIs for the week of %s (Monday, UTC):%n", week));
    out.append(String.format("%-6s %9s %9s %11s %16s %15s %12s %9s%n", "line", "created", "solved",
        "escalated", "first reply p50", "resolution p50", "resolution SLA", "backlog"));
    for (Row r : rows) {
      long created = r.getLong(1);
      long met = r.getLong(5);
      long breached = r.getLong(6);
      out.append(String.format("%-6s %,9d %,9d %10.1f%% %14s %15s %12s %,9d%n", "L" + r.getInt(0), created,
          r.getLong(2), created == 0 ? 0.0 : 100.0 * r.getLong(3) / created, duration(r.get(7)), duration(r.get(8)),
          met + breached == 0 ? "-" : String.format("%.1f%%", 100.0 * met / (met + breached)), r.getLong(4)));
    }
    out.append("(escalated = share sent on to the next line; full definitions in docs/metrics.md)\n");
    return out.toString();
  }

  private static String duration(Object minutes) {
    if (minutes == null) {
      return "-";
    }
    double m = ((Number) minutes).doubleValue();
    return m < 60 ? String.format("%.0f min", m) : String.format("%.1f h", m / 60);
  }
}
