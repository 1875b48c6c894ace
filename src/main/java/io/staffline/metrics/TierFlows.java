package io.staffline.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.unix_seconds;
import static org.apache.spark.sql.functions.when;

import io.staffline.ingest.LakeSchema.TicketEvents;
import java.time.Instant;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * tier_flows: per week (Monday, UTC) the transition matrix between support lines and between
 * groups; tier_dwell: per week and line, the visits to a line that ended that week and their
 * median and p90 dwell time.
 */
public final class TierFlows {
  private TierFlows() {}

  public static final String WEEK_START = "week_start";
  public static final String FLOW = "flow";
  public static final String FROM = "from_value";
  public static final String TO = "to_value";
  public static final String TRANSITIONS = "transitions";
  public static final String VISITS_ENDED = "visits_ended";
  public static final String MEDIAN_DWELL = "median_dwell_minutes";
  public static final String P90_DWELL = "p90_dwell_minutes";

  static Column weekOf(Column t) {
    return to_date(date_trunc("week", t));
  }

  public static Dataset<Row> flows(Dataset<Row> events) {
    Column type = col(TicketEvents.TYPE);
    return events.filter(type.isin("tier_changed", "group_changed"))
        .select(weekOf(col(TicketEvents.EVENT_AT)).as(WEEK_START),
            when(type.equalTo("tier_changed"), "line").otherwise("group").as(FLOW),
            coalesce(col(TicketEvents.OLD_VALUE), lit("(none)")).as(FROM),
            coalesce(col(TicketEvents.NEW_VALUE), lit("(none)")).as(TO))
        .groupBy(WEEK_START, FLOW, FROM, TO).agg(count(lit(1)).as(TRANSITIONS));
  }

  /** Consecutive segments at the same line form one visit; a visit's dwell counts in the week it ends. */
  public static Dataset<Row> dwell(Dataset<Row> segments, Instant asOf) {
    WindowSpec order = Window.partitionBy(col(StateSegments.TICKET_ID))
        .orderBy(col(StateSegments.START), col(TicketEvents.SEQ));
    Column changed = when(lag(col(StateSegments.TIER), 1).over(order).equalTo(col(StateSegments.TIER))
        .and(lag(col(StateSegments.IS_OPEN), 1).over(order).equalTo(col(StateSegments.IS_OPEN))), 0).otherwise(1);
    Column visit = sum(col("_new_visit")).over(order.rowsBetween(Window.unboundedPreceding(), Window.currentRow()));
    Column end = coalesce(col(StateSegments.END), lit(java.sql.Timestamp.from(asOf)));
    // A visit is open time at one line: it ends when the ticket moves to another line or is
    // solved; a visit still running at the as-of time does not count.
    return segments
        .withColumn("_new_visit", changed)
        .withColumn("_visit", visit)
        .groupBy(col(StateSegments.TICKET_ID), col("_visit"), col(StateSegments.TIER), col(StateSegments.IS_OPEN))
        .agg(min(col(StateSegments.START)).as("_start"), max(end).as("_end"),
            max(when(col(StateSegments.END).isNull().and(col(StateSegments.IS_OPEN)), 1).otherwise(0)).as("_running"))
        .filter(col(StateSegments.IS_OPEN).and(col("_running").equalTo(0)))
        .withColumn("_minutes", unix_seconds(col("_end")).minus(unix_seconds(col("_start"))).divide(60.0))
        .groupBy(weekOf(col("_end")).as(WEEK_START), col(StateSegments.TIER))
        .agg(count(lit(1)).as(VISITS_ENDED), percentile(col("_minutes"), lit(0.5)).as(MEDIAN_DWELL),
            percentile(col("_minutes"), lit(0.9)).as(P90_DWELL));
  }
}
