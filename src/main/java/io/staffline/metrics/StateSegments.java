package io.staffline.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.last;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.staffline.ingest.LakeSchema.TicketEvents;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * A ticket's state between two of its events: from each event to the next, the status, line,
 * group and assignee in force (empty values carried forward from earlier events). Backlog and
 * owned backlog are read off these segments.
 */
public final class StateSegments {
  private StateSegments() {}

  public static final String TICKET_ID = "ticket_id";
  public static final String START = "segment_start";
  /** Null for the last segment of a ticket: the state holds until the as-of time. */
  public static final String END = "segment_end";
  public static final String STATUS = "status";
  public static final String TIER = "tier";
  public static final String TEAM = "team";
  public static final String ASSIGNEE = "assignee_key";
  public static final String IS_OPEN = "is_open";

  /** Statuses in which a ticket counts as open (waiting for support or for the requester). */
  public static Column isOpen(Column status) {
    return status.isin("new", "open", "pending", "hold");
  }

  /**
   * The events with {@code team} and {@code tier} holding the ticket's group and line after each
   * event: an empty value on an event means "unchanged", so it is carried forward from earlier
   * events (a group cleared by a group change stays empty); the line defaults to 1.
   */
  public static Dataset<Row> withStateFilledIn(Dataset<Row> events) {
    WindowSpec soFar = Window.partitionBy(col(TicketEvents.TICKET_ID)).orderBy(col(TicketEvents.SEQ))
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    Column team = when(col(TicketEvents.TYPE).equalTo("group_changed").and(col(TicketEvents.TEAM).isNull()), lit(""))
        .otherwise(col(TicketEvents.TEAM));
    return events
        .withColumn(TicketEvents.TEAM, last(team, true).over(soFar))
        .withColumn(TicketEvents.TEAM, when(col(TicketEvents.TEAM).equalTo(""), lit(null).cast("string"))
            .otherwise(col(TicketEvents.TEAM)))
        .withColumn(TicketEvents.TIER, org.apache.spark.sql.functions.coalesce(
            last(col(TicketEvents.TIER), true).over(soFar), lit(1)));
  }

  private static final String SEGMENT_STATUS = "_segment_status";
  private static final String SEGMENT_ASSIGNEE = "_segment_assignee";

  /**
   * {@link #withStateFilledIn} and {@link #of} in one window pass: the lake events with the
   * segment columns alongside (one shuffle and one sort instead of two). {@link #eventsOf} and
   * {@link #segmentsOf} split it into the two tables.
   */
  public static Dataset<Row> eventsWithSegments(Dataset<Row> events) {
    // Only the columns the metrics read: the lineage columns would be shuffled, sorted and kept
    // in memory with every event for nothing.
    events = events.select(columns(EVENT_COLUMNS));
    WindowSpec order = Window.partitionBy(col(TicketEvents.TICKET_ID)).orderBy(col(TicketEvents.SEQ));
    WindowSpec soFar = order.rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    Column team = when(col(TicketEvents.TYPE).equalTo("group_changed").and(col(TicketEvents.TEAM).isNull()), lit(""))
        .otherwise(col(TicketEvents.TEAM));
    Column assignedTo = when(col(TicketEvents.TYPE).equalTo("assigned"),
        org.apache.spark.sql.functions.coalesce(col(TicketEvents.AGENT_KEY), col(TicketEvents.NEW_VALUE)));
    return events
        .withColumn(END, lead(col(TicketEvents.EVENT_AT), 1).over(order))
        .withColumn(SEGMENT_STATUS, last(col(TicketEvents.STATUS), true).over(soFar))
        .withColumn(SEGMENT_ASSIGNEE, last(assignedTo, true).over(soFar))
        .withColumn(TicketEvents.TEAM, last(team, true).over(soFar))
        .withColumn(TicketEvents.TIER, last(col(TicketEvents.TIER), true).over(soFar))
        .withColumn(TicketEvents.TEAM, when(col(TicketEvents.TEAM).equalTo(""), lit(null).cast("string"))
            .otherwise(col(TicketEvents.TEAM)))
        .withColumn(TicketEvents.TIER, org.apache.spark.sql.functions.coalesce(col(TicketEvents.TIER), lit(1)))
        .withColumn(SEGMENT_STATUS, org.apache.spark.sql.functions.coalesce(col(SEGMENT_STATUS), lit("new")));
  }

  /**
   * The lake events' columns the metrics read, in table order: the lineage columns (source file
   * and line, roster flag, partition date) are left out.
   */
  public static final String[] EVENT_COLUMNS = {TicketEvents.TICKET_ID, TicketEvents.SEQ, TicketEvents.EVENT_AT,
      TicketEvents.TYPE, TicketEvents.AGENT_KEY, TicketEvents.TEAM, TicketEvents.TIER, TicketEvents.STATUS,
      TicketEvents.OLD_VALUE, TicketEvents.NEW_VALUE, TicketEvents.HANDLE_SECONDS};

  private static Column[] columns(String[] names) {
    return java.util.Arrays.stream(names).map(c -> col(c)).toArray(Column[]::new);
  }

  /**
   * The events of {@link #eventsWithSegments}, as {@link #withStateFilledIn} gives them, in
   * {@link #EVENT_COLUMNS}.
   */
  public static Dataset<Row> eventsOf(Dataset<Row> eventsWithSegments) {
    return eventsWithSegments.select(columns(EVENT_COLUMNS));
  }

  /** The segments of {@link #eventsWithSegments}, as {@link #of} gives them. */
  public static Dataset<Row> segmentsOf(Dataset<Row> eventsWithSegments) {
    return eventsWithSegments.select(col(TicketEvents.TICKET_ID), col(TicketEvents.SEQ),
        col(TicketEvents.EVENT_AT).as(START), col(END), col(SEGMENT_STATUS).as(STATUS),
        col(TicketEvents.TIER).as(TIER), col(TicketEvents.TEAM).as(TEAM), col(SEGMENT_ASSIGNEE).as(ASSIGNEE),
        isOpen(col(SEGMENT_STATUS)).as(IS_OPEN));
  }

  public static Dataset<Row> of(Dataset<Row> events) {
    WindowSpec order = Window.partitionBy(col(TicketEvents.TICKET_ID)).orderBy(col(TicketEvents.SEQ));
    WindowSpec soFar = order.rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    Column assignedTo = when(col(TicketEvents.TYPE).equalTo("assigned"),
        org.apache.spark.sql.functions.coalesce(col(TicketEvents.AGENT_KEY), col(TicketEvents.NEW_VALUE)));
    // A cleared group (group_changed to empty) is a real state, unlike a row that names no group.
    Column team = when(col(TicketEvents.TYPE).equalTo("group_changed").and(col(TicketEvents.TEAM).isNull()), lit(""))
        .otherwise(col(TicketEvents.TEAM));
    return events
        .select(col(TicketEvents.TICKET_ID), col(TicketEvents.SEQ),
            col(TicketEvents.EVENT_AT).as(START),
            lead(col(TicketEvents.EVENT_AT), 1).over(order).as(END),
            last(col(TicketEvents.STATUS), true).over(soFar).as(STATUS),
            last(col(TicketEvents.TIER), true).over(soFar).as(TIER),
            last(team, true).over(soFar).as(TEAM),
            last(assignedTo, true).over(soFar).as(ASSIGNEE))
        .withColumn(TEAM, when(col(TEAM).equalTo(""), lit(null).cast("string")).otherwise(col(TEAM)))
        .withColumn(TIER, org.apache.spark.sql.functions.coalesce(col(TIER), lit(1)))
        .withColumn(STATUS, org.apache.spark.sql.functions.coalesce(col(STATUS), lit("new")))
        .withColumn(IS_OPEN, isOpen(col(STATUS)));
  }
}
