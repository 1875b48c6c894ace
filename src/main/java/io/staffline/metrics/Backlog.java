package io.staffline.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.unix_seconds;
import static org.apache.spark.sql.functions.when;

import io.staffline.ingest.LakeSchema.Tickets;
import java.time.Instant;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * backlog_daily: open tickets at the end of each day (the snapshot at the next midnight, UTC), by
 * team, line, channel, priority and age bucket. A snapshot, never a sum across days.
 */
public final class Backlog {
  private Backlog() {}

  public static final String DATE = "date";
  public static final String AGE_BUCKET = "age_bucket";
  public static final String OPEN_TICKETS = "open_tickets";
  static final String SNAPSHOT = "snapshot_date";

  /** One row per (ticket, snapshot) at which the ticket is open, with the state then in force. */
  static Dataset<Row> openAtDayEnds(Dataset<Row> segments, Instant asOf) {
    Column start = col(StateSegments.START);
    Column end = col(StateSegments.END);
    Column startDate = to_date(start);
    // The first midnight at or after the segment starts, the last one before it ends (and not after as-of).
    Column firstSnapshot = when(start.equalTo(startDate.cast("timestamp")), startDate).otherwise(date_add(startDate, 1));
    Column endDate = to_date(end);
    Column lastBeforeEnd = when(end.equalTo(endDate.cast("timestamp")), date_sub(endDate, 1)).otherwise(endDate);
    Column asOfDate = to_date(lit(java.sql.Timestamp.from(asOf)));
    Column lastSnapshot = least(coalesce(lastBeforeEnd, asOfDate), asOfDate);
    return segments.filter(col(StateSegments.IS_OPEN))
        .filter(firstSnapshot.leq(lastSnapshot))
        .withColumn(SNAPSHOT, explode(sequence(firstSnapshot, lastSnapshot)));
  }

  public static Dataset<Row> daily(Dataset<Row> segments, Dataset<Row> tickets, Instant asOf) {
    Dataset<Row> open = openAtDayEnds(segments, asOf)
        .join(tickets.select(Tickets.TICKET_ID, Tickets.CREATED_AT, Tickets.CHANNEL, Tickets.PRIORITY),
            StateSegments.TICKET_ID);
    Column ageDays = unix_seconds(col(SNAPSHOT).cast("timestamp")).minus(unix_seconds(col(Tickets.CREATED_AT)))
        .divide(86_400.0);
    return open
        .withColumn(DATE, date_sub(col(SNAPSHOT), 1))
        .withColumn(AGE_BUCKET, ageBucket(ageDays))
        .groupBy(col(DATE), col(StateSegments.TEAM), col(StateSegments.TIER), col(Tickets.CHANNEL),
            col(Tickets.PRIORITY), col(AGE_BUCKET))
        .agg(count(lit(1)).as(OPEN_TICKETS));
  }

  /** Age buckets: 0-1d, 1-3d, 3-7d, 7-14d, 14-30d, 30d+ (lower bound included). */
  static Column ageBucket(Column days) {
    return when(days.lt(1), "0-1d").when(days.lt(3), "1-3d").when(days.lt(7), "3-7d")
        .when(days.lt(14), "7-14d").when(days.lt(30), "14-30d").otherwise("30d+");
  }
}
