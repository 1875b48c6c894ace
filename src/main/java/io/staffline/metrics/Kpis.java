package io.staffline.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.dayofweek;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.staffline.metrics.stats.Wilson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * kpi_daily and kpi_weekly: per period × team × line × channel × priority. A ticket counts at
 * every line it entered (line 1 always; lines 2 and 3 if escalated there). Each column's period
 * attribution is fixed (docs/metrics.md): cohort columns count tickets created in the period,
 * throughput columns tickets first solved in the period, rating columns ratings given in it,
 * backlog columns are snapshots at the period's edges.
 */
public final class Kpis {
  private Kpis() {}

  /** The period a KPI row covers. Weeks start on Monday (ISO), dates are UTC. */
  public enum Period {
    DAY, WEEK
  }

  public static final String PERIOD_START = "period_start";
  public static final String TEAM = "team";
  public static final String TIER = "tier";
  public static final String CHANNEL = "channel";
  public static final String PRIORITY = "priority";
  /** {@code day} or {@code week}: which table a row belongs to. */
  public static final String PERIOD = "period";
  static final String[] KEYS = {PERIOD_START, TEAM, TIER, CHANNEL, PRIORITY};

  /** The Wilson interval's confidence for CSAT. */
  public static final double CSAT_CONFIDENCE = 0.95;

  private static final UserDefinedFunction WILSON_LOW = udf(
      (org.apache.spark.sql.api.java.UDF2<Long, Long, Double>) (good, n) ->
          n == null || n == 0 ? null : Wilson.interval(good, n, CSAT_CONFIDENCE).lower(), DataTypes.DoubleType);
  private static final UserDefinedFunction WILSON_HIGH = udf(
      (org.apache.spark.sql.api.java.UDF2<Long, Long, Double>) (good, n) ->
          n == null || n == 0 ? null : Wilson.interval(good, n, CSAT_CONFIDENCE).upper(), DataTypes.DoubleType);

  static Column periodOf(Column t, Period p) {
    return p == Period.DAY ? to_date(t) : to_date(date_trunc("week", t));
  }

  /** The name a period goes by in the {@code period} column. */
  static String nameOf(Period p) {
    return p.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The start of the period of each row's {@code period} column holding {@code t}. */
  private static Column periodOf(Column t, List<Period> periods) {
    Column start = null;
    for (Period p : periods) {
      start = start == null ? when(col(PERIOD).equalTo(nameOf(p)), periodOf(t, p))
          : start.when(col(PERIOD).equalTo(nameOf(p)), periodOf(t, p));
    }
    return start;
  }

  /**
   * The KPI rows of several periods in one pass: each ticket counts once per period kind (the
   * rows carry {@code period}), so the facts are read and aggregated once instead of once per
   * table; each table is its {@code period}'s rows.
   */
  public static Dataset<Row> of(Dataset<Row> facts, Dataset<Row> backlog, List<Period> periods,
      java.time.Instant asOf) {
    Dataset<Row> byLine = facts
        .withColumn(TIER, expr("explode(filter(array(if(entered_line_1 or entry_tier = 1, 1, null), "
            + "if(entered_line_2, 2, null), if(entered_line_3, 3, null)), x -> x is not null))"))
        .withColumn(TEAM, col("entry_team"))
        .withColumn(PERIOD, org.apache.spark.sql.functions.explode(org.apache.spark.sql.functions.array(
            periods.stream().map(p -> lit(nameOf(p))).toArray(Column[]::new))));
    Column escalatedUp = when(col(TIER).equalTo(1), col("escalated_1_2"))
        .when(col(TIER).equalTo(2), col("escalated_2_3")).otherwise(lit(false));

    Dataset<Row> cohort = splitQuantiles(byLine.groupBy(keys(periodOf(col("created_at"), periods))).agg(
        count(lit(1)).as("created_tickets"),
        countIf(escalatedUp).as("escalated_up"),
        countIf(col("bounce_back")).as("bounced_back"),
        countIf(col("ping_pong")).as("ping_pong"),
        count(col("first_line_resolution")).as("flr_decided"),
        countIf(col("first_line_resolution")).as("flr_resolved"),
        count(col("first_reply_minutes")).as("first_replies"),
        quantiles("first_reply_minutes"),
        quantiles("first_reply_business_minutes"),
        countIf(col("sla_first_reply_outcome").equalTo("met")).as("sla_first_reply_met"),
        countIf(col("sla_first_reply_outcome").isin("breached", "breached_running")).as("sla_first_reply_breached")));

    Dataset<Row> throughput = splitQuantiles(byLine.filter(col("first_resolution_at").isNotNull())
        .groupBy(keys(periodOf(col("first_resolution_at"), periods))).agg(
            count(lit(1)).as("solved_tickets"),
            quantiles("first_resolution_minutes"),
            quantiles("first_resolution_business_minutes"),
            quantiles("full_resolution_minutes"),
            countIf(col("reopens").gt(0)).as("reopened_tickets"),
            countIf(col("sla_resolution_outcome").equalTo("met")).as("sla_resolution_met"),
            countIf(col("sla_resolution_outcome").isin("breached", "breached_running")).as("sla_resolution_breached")));

    Dataset<Row> ratings = byLine.filter(col("csat_rated_at").isNotNull())
        .groupBy(keys(periodOf(col("csat_rated_at"), periods))).agg(
            count(lit(1)).as("csat_rated"), countIf(col("csat_good")).as("csat_good"));

    Dataset<Row> open = backlog.groupBy(col(Backlog.DATE), col(StateSegments.TEAM).as(TEAM),
        col(StateSegments.TIER).as(TIER), col(CHANNEL), col(PRIORITY)).agg(sum(Backlog.OPEN_TICKETS).as("_open"));
    Dataset<Row> backlogEnd = null;
    Dataset<Row> backlogStart = null;
    for (Period period : periods) {
      // The snapshot at a period's end, and the one just before it starts (the previous period's end).
      Column lastDay = period == Period.DAY ? lit(true) : dayofweek(col(Backlog.DATE)).equalTo(1);
      Column startOfThis = period == Period.DAY ? col(Backlog.DATE) : date_add(col(Backlog.DATE), -6);
      Dataset<Row> end = open.filter(lastDay).select(startOfThis.as(PERIOD_START), col(TEAM), col(TIER),
          col(CHANNEL), col(PRIORITY), lit(nameOf(period)).as(PERIOD), col("_open").as("backlog_end"));
      Dataset<Row> start = open.filter(lastDay).select(date_add(col(Backlog.DATE), 1).as(PERIOD_START),
          col(TEAM), col(TIER), col(CHANNEL), col(PRIORITY), lit(nameOf(period)).as(PERIOD),
          col("_open").as("backlog_start"));
      backlogEnd = backlogEnd == null ? end : backlogEnd.unionByName(end);
      backlogStart = backlogStart == null ? start : backlogStart.unionByName(start);
    }

    List<String> keys = new ArrayList<>(Arrays.asList(KEYS));
    keys.add(PERIOD);
    List<Dataset<Row>> parts = List.of(cohort, throughput, ratings, backlogEnd, backlogStart);
    List<String> metrics = new ArrayList<>();
    for (Dataset<Row> p : parts) {
      Arrays.stream(p.columns()).filter(c -> !keys.contains(c)).forEach(metrics::add);
    }
    Dataset<Row> all = null;
    for (Dataset<Row> p : parts) {
      Dataset<Row> wide = p;
      for (String m : metrics) {
        if (!Arrays.asList(p.columns()).contains(m)) {
          wide = wide.withColumn(m, lit(null));
        }
      }
      all = all == null ? wide : all.unionByName(wide, true);
    }
    // Each key has at most one row per part, so max() just gathers the parts into one row.
    Column[] gathered = metrics.stream().map(m -> max(col(m)).as(m)).toArray(Column[]::new);
    Dataset<Row> kpis = all.groupBy(keys.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
        .agg(gathered[0], Arrays.copyOfRange(gathered, 1, gathered.length));
    // A period that starts at or after the as-of moment has not begun (its opening backlog is known, nothing else).
    Dataset<Row> out = kpis.filter(col(PERIOD_START).cast("timestamp").lt(lit(java.sql.Timestamp.from(asOf))))
        .na().fill(0L, new String[] {"created_tickets", "escalated_up", "bounced_back", "ping_pong", "flr_decided",
            "flr_resolved", "first_replies", "sla_first_reply_met", "sla_first_reply_breached", "solved_tickets",
            "reopened_tickets", "sla_resolution_met", "sla_resolution_breached", "csat_rated", "csat_good",
            "backlog_end", "backlog_start"})
        .withColumn("escalation_rate", ratio("escalated_up", "created_tickets"))
        .withColumn("bounce_back_rate", ratio("bounced_back", "created_tickets"))
        .withColumn("first_line_resolution_rate", ratio("flr_resolved", "flr_decided"))
        .withColumn("reopen_rate", ratio("reopened_tickets", "solved_tickets"))
        .withColumn("sla_first_reply_attainment", ratio("sla_first_reply_met",
            "sla_first_reply_met + sla_first_reply_breached"))
        .withColumn("sla_resolution_attainment", ratio("sla_resolution_met",
            "sla_resolution_met + sla_resolution_breached"))
        .withColumn("csat_score", ratio("csat_good", "csat_rated"))
        .withColumn("csat_wilson_low", WILSON_LOW.apply(col("csat_good"), col("csat_rated")))
        .withColumn("csat_wilson_high", WILSON_HIGH.apply(col("csat_good"), col("csat_rated")));
    // The columns in table order: keys, measures, then the period.
    List<Column> ordered = new ArrayList<>();
    Arrays.stream(out.columns()).filter(c -> !c.equals(PERIOD)).forEach(c -> ordered.add(col(c)));
    ordered.add(col(PERIOD));
    return out.select(ordered.toArray(Column[]::new));
  }

  /** The rows of one period of {@link #of}. */
  public static Dataset<Row> only(Dataset<Row> kpis, Period period) {
    return kpis.filter(col(PERIOD).equalTo(nameOf(period)));
  }

  /**
   * Exact p50 and p90 (linear interpolation, as DuckDB's quantile_cont) in one aggregate: one
   * call with both quantiles is much cheaper than two over many groups.
   */
  private static Column quantiles(String minutes) {
    return percentile(col(minutes), org.apache.spark.sql.functions.array(lit(0.5), lit(0.9))).as("_q_" + minutes);
  }

  /** Splits the quantile arrays into p50 and p90 columns named after the measure. */
  private static Dataset<Row> splitQuantiles(Dataset<Row> ds) {
    for (String c : ds.columns()) {
      if (c.startsWith("_q_")) {
        String measure = c.substring(3).replace("_business_minutes", "").replace("_minutes", "");
        String unit = c.endsWith("_business_minutes") ? "_business_minutes" : "_minutes";
        ds = ds.withColumn(measure + "_p50" + unit, col(c).getItem(0))
            .withColumn(measure + "_p90" + unit, col(c).getItem(1)).drop(c);
      }
    }
    return ds;
  }

  private static Column[] keys(Column periodStart) {
    return new Column[] {periodStart.as(PERIOD_START), col(TEAM), col(TIER), col(CHANNEL), col(PRIORITY),
        col(PERIOD)};
  }

  private static Column countIf(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }

  /** numerator ÷ denominator, null when the denominator is 0 (a rate of nothing is no rate). */
  private static Column ratio(String numerator, String denominator) {
    Column d = expr(denominator);
    return when(d.gt(0), col(numerator).divide(d));
  }
}
