package io.staffline.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.unix_seconds;
import static org.apache.spark.sql.functions.when;

import io.staffline.ingest.LakeSchema.TicketEvents;
import io.staffline.ingest.LakeSchema.Tickets;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * arrivals: work arriving per interval (15, 30 or 60 minutes, aligned on UTC) per queue
 * (team × channel × line): new tickets at line 1, escalations arriving at lines 2 and 3, and the
 * handle time logged in the interval. Intervals with nothing are not written (read them as 0).
 */
public final class Arrivals {
  private Arrivals() {}

  public static final String INTERVAL_START = "interval_start";
  public static final String INTERVAL_MINUTES = "interval_minutes";
  public static final String NEW_TICKETS = "new_tickets";
  public static final String ESCALATIONS_IN = "escalations_in";
  public static final String ARRIVALS = "arrivals";
  public static final String HANDLED_EVENTS = "handled_events";
  public static final String HANDLE_SECONDS = "handle_seconds";

  public static Dataset<Row> of(Dataset<Row> events, Dataset<Row> tickets, int minutes) {
    if (minutes != 15 && minutes != 30 && minutes != 60) {
      throw new IllegalArgumentException("arrival interval must be 15, 30 or 60 minutes, not " + minutes);
    }
    long seconds = minutes * 60L;
    Column escalation = col(TicketEvents.TYPE).equalTo("tier_changed")
        .and(col(TicketEvents.NEW_VALUE).cast("int").gt(col(TicketEvents.OLD_VALUE).cast("int")));
    Column created = col(TicketEvents.TYPE).equalTo("created");
    Column handled = col(TicketEvents.HANDLE_SECONDS).isNotNull();
    return events.filter(created.or(escalation).or(handled))
        .join(tickets.select(col(Tickets.TICKET_ID), col(Tickets.CHANNEL)), TicketEvents.TICKET_ID)
        .select(
            timestamp_seconds(floor(unix_seconds(col(TicketEvents.EVENT_AT)).divide(seconds)).multiply(seconds))
                .as(INTERVAL_START),
            col(TicketEvents.TEAM), col(Tickets.CHANNEL),
            coalesce(col(TicketEvents.TIER), lit(1)).as(TicketEvents.TIER),
            when(created, 1).otherwise(0).as(NEW_TICKETS),
            when(escalation, 1).otherwise(0).as(ESCALATIONS_IN),
            when(handled, 1).otherwise(0).as(HANDLED_EVENTS),
            coalesce(col(TicketEvents.HANDLE_SECONDS), lit(0)).cast("long").as(HANDLE_SECONDS))
        .groupBy(INTERVAL_START, TicketEvents.TEAM, Tickets.CHANNEL, TicketEvents.TIER)
        .agg(sum(NEW_TICKETS).as(NEW_TICKETS), sum(ESCALATIONS_IN).as(ESCALATIONS_IN),
            sum(HANDLED_EVENTS).as(HANDLED_EVENTS), sum(HANDLE_SECONDS).as(HANDLE_SECONDS))
        .withColumn(ARRIVALS, col(NEW_TICKETS).plus(col(ESCALATIONS_IN)))
        .withColumn(INTERVAL_MINUTES, lit(minutes))
        .filter(col(ARRIVALS).gt(0).or(col(HANDLED_EVENTS).gt(0)));
  }
}
