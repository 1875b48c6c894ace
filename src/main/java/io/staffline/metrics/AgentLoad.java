package io.staffline.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import io.staffline.ingest.LakeSchema.Agents;
import io.staffline.ingest.LakeSchema.TicketEvents;
import io.staffline.ingest.LakeSchema.Tickets;
import java.time.Instant;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * agent_load: per agent and day, and per agent and week — tickets touched, owned and solved, public
 * replies, owned open backlog at the period's end, handle hours, occupancy against contracted
 * hours, after-hours share and complexity-weighted load. Agents appear by pseudonym only.
 */
public final class AgentLoad {
  private AgentLoad() {}

  public static final String PERIOD = "period";
  public static final String PERIOD_START = "period_start";
  public static final String AGENT_KEY = "agent_key";
  public static final String TOUCHED = "tickets_touched";
  public static final String OWNED = "tickets_owned";
  public static final String SOLVED = "tickets_solved";
  public static final String REPLIES = "public_replies";
  public static final String OWNED_OPEN = "owned_open_backlog";
  public static final String HANDLE_HOURS = "handle_hours";
  public static final String OCCUPANCY = "occupancy";
  public static final String AFTER_HOURS_SHARE = "after_hours_share";
  public static final String WEIGHTED_LOAD = "complexity_weighted_load";

  /** Complexity weight of a ticket touched: line (1, 2, 3) × priority (low 0.75 … urgent 2). */
  static Column weight(Column tier, Column priority) {
    Column line = when(tier.equalTo(3), 3.0).when(tier.equalTo(2), 2.0).otherwise(1.0);
    Column urgency = when(priority.equalTo("urgent"), 2.0).when(priority.equalTo("high"), 1.5)
        .when(priority.equalTo("low"), 0.75).otherwise(1.0);
    return line.multiply(urgency);
  }

  /**
   * @param afterHours the events table's rows with a boolean column {@code after_hours}, computed
   *     with each agent's team calendar (see MetricsJob)
   */
  public static Dataset<Row> of(Dataset<Row> afterHours, Dataset<Row> tickets, Dataset<Row> agents,
      Dataset<Row> segments, Instant asOf, String period) {
    Column start = period.equals("day") ? to_date(col(TicketEvents.EVENT_AT))
        : TierFlows.weekOf(col(TicketEvents.EVENT_AT));
    Dataset<Row> acts = afterHours.filter(col(TicketEvents.AGENT_KEY).isNotNull())
        .join(tickets.select(Tickets.TICKET_ID, Tickets.PRIORITY), TicketEvents.TICKET_ID)
        .withColumn(PERIOD_START, start)
        .withColumn("_weight", weight(col(TicketEvents.TIER), col(Tickets.PRIORITY)));
    Dataset<Row> perTicket = acts.groupBy(col(AGENT_KEY), col(PERIOD_START), col(TicketEvents.TICKET_ID))
        .agg(max("_weight").as("_weight"));
    Dataset<Row> weighted = perTicket.groupBy(AGENT_KEY, PERIOD_START).agg(sum("_weight").as(WEIGHTED_LOAD));
    Column type = col(TicketEvents.TYPE);
    Dataset<Row> counts = acts.groupBy(AGENT_KEY, PERIOD_START).agg(
        countDistinct(col(TicketEvents.TICKET_ID)).as(TOUCHED),
        countDistinct(when(type.equalTo("assigned"), col(TicketEvents.TICKET_ID))).as(OWNED),
        count(when(type.equalTo("solved"), 1)).as(SOLVED),
        count(when(type.equalTo("public_reply"), 1)).as(REPLIES),
        sum(col(TicketEvents.HANDLE_SECONDS)).divide(3600.0).as(HANDLE_HOURS),
        sum(when(col("after_hours"), 1).otherwise(0)).divide(count(lit(1))).as(AFTER_HOURS_SHARE));
    Dataset<Row> owned = ownedOpenBacklog(segments, asOf, period);
    double periodShareOfWeek = period.equals("day") ? 1.0 / 5 : 1.0;
    return counts.join(weighted, new String[] {AGENT_KEY, PERIOD_START})
        .join(owned, scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of(AGENT_KEY, PERIOD_START)).toSeq(), "left")
        .na().fill(0L, new String[] {OWNED_OPEN})
        .join(agents.select(col(Agents.AGENT_KEY), col(Agents.WEEKLY_HOURS)), scala.jdk.javaapi.CollectionConverters
            .asScala(java.util.List.of(AGENT_KEY)).toSeq(), "left")
        .withColumn(OCCUPANCY, col(HANDLE_HOURS).divide(col(Agents.WEEKLY_HOURS).multiply(periodShareOfWeek)))
        .drop(Agents.WEEKLY_HOURS)
        .withColumn(PERIOD, lit(period));
  }

  /** Open tickets whose current assignee is the agent, at the end of the day (or of the week's last day). */
  static Dataset<Row> ownedOpenBacklog(Dataset<Row> segments, Instant asOf, String period) {
    Dataset<Row> open = Backlog.openAtDayEnds(segments.filter(col(StateSegments.ASSIGNEE).isNotNull()), asOf)
        .withColumn("_day", org.apache.spark.sql.functions.date_sub(col(Backlog.SNAPSHOT), 1));
    if (period.equals("week")) {
      // the week's figure is the snapshot at the end of its Sunday
      open = open.filter(org.apache.spark.sql.functions.dayofweek(col("_day")).equalTo(1));
    }
    Column start = period.equals("day") ? col("_day") : TierFlows.weekOf(col("_day").cast("timestamp"));
    return open.groupBy(col(StateSegments.ASSIGNEE).as(AGENT_KEY), start.as(PERIOD_START))
        .agg(count(lit(1)).as(OWNED_OPEN));
  }
}
