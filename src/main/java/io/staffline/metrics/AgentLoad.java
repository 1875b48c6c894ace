package io.staffline.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
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
   * The agents' events, each with its ticket's complexity weight: what both periods aggregate
   * (the caller caches it, so the after-hours test runs once per event).
   *
   * @param afterHours the events table's rows with a boolean column {@code after_hours}, computed
   *     with each agent's team calendar (see MetricsJob)
   */
  public static Dataset<Row> acts(Dataset<Row> afterHours, Dataset<Row> tickets) {
    return afterHours.filter(col(TicketEvents.AGENT_KEY).isNotNull())
        .join(tickets.select(Tickets.TICKET_ID, Tickets.PRIORITY), TicketEvents.TICKET_ID)
        .withColumn("_weight", weight(col(TicketEvents.TIER), col(Tickets.PRIORITY)));
  }

  /**
   * Both periods in one pass: each act counts once in its day and once in its week (the rows
   * carry {@code period}), so every aggregation and join below runs once instead of once per
   * period.
   *
   * @param acts {@link #acts}
   * @param ownedDaily {@link #ownedOpenBacklog} per day (the week's figure is its Sunday's)
   */
  public static Dataset<Row> of(Dataset<Row> acts, Dataset<Row> agents, Dataset<Row> ownedDaily) {
    Column at = col(TicketEvents.EVENT_AT);
    Dataset<Row> inPeriod = acts
        .withColumn("_p", org.apache.spark.sql.functions.explode(org.apache.spark.sql.functions.array(
            org.apache.spark.sql.functions.struct(lit("day").as(PERIOD), to_date(at).as(PERIOD_START)),
            org.apache.spark.sql.functions.struct(lit("week").as(PERIOD), TierFlows.weekOf(at).as(PERIOD_START)))))
        .withColumn(PERIOD, col("_p." + PERIOD))
        .withColumn(PERIOD_START, col("_p." + PERIOD_START))
        .drop("_p");
    Column type = col(TicketEvents.TYPE);
    // One row per agent × period × ticket gives the distinct counts without count(distinct).
    Dataset<Row> perTicket = inPeriod
        .groupBy(col(AGENT_KEY), col(PERIOD), col(PERIOD_START), col(TicketEvents.TICKET_ID))
        .agg(max("_weight").as("_weight"), max(when(type.equalTo("assigned"), 1).otherwise(0)).as("_owned"));
    Dataset<Row> tickets = perTicket.groupBy(AGENT_KEY, PERIOD, PERIOD_START).agg(
        count(lit(1)).as(TOUCHED), sum("_owned").as(OWNED), sum("_weight").as(WEIGHTED_LOAD));
    Dataset<Row> counts = inPeriod.groupBy(AGENT_KEY, PERIOD, PERIOD_START).agg(
        count(when(type.equalTo("solved"), 1)).as(SOLVED),
        count(when(type.equalTo("public_reply"), 1)).as(REPLIES),
        sum(col(TicketEvents.HANDLE_SECONDS)).divide(3600.0).as(HANDLE_HOURS),
        sum(when(col("after_hours"), 1).otherwise(0)).divide(count(lit(1))).as(AFTER_HOURS_SHARE));
    Dataset<Row> owned = ownedDaily.withColumn(PERIOD, lit("day")).unionByName(
        // the week's figure is the snapshot at the end of its Sunday
        ownedDaily.filter(org.apache.spark.sql.functions.dayofweek(col(PERIOD_START)).equalTo(1))
            .withColumn(PERIOD_START, TierFlows.weekOf(col(PERIOD_START).cast("timestamp")))
            .withColumn(PERIOD, lit("week")));
    // A day's share of the contracted week: one of five working days.
    Column shareOfWeek = when(col(PERIOD).equalTo("day"), 1.0 / 5).otherwise(1.0);
    return tickets.join(counts, new String[] {AGENT_KEY, PERIOD, PERIOD_START})
        .join(owned, scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of(AGENT_KEY, PERIOD, PERIOD_START))
            .toSeq(), "left")
        .na().fill(0L, new String[] {OWNED_OPEN})
        .join(agents.select(col(Agents.AGENT_KEY), col(Agents.WEEKLY_HOURS)), scala.jdk.javaapi.CollectionConverters
            .asScala(java.util.List.of(AGENT_KEY)).toSeq(), "left")
        .withColumn(OCCUPANCY, col(HANDLE_HOURS).divide(col(Agents.WEEKLY_HOURS).multiply(shareOfWeek)))
        .select(AGENT_KEY, PERIOD_START, TOUCHED, OWNED, SOLVED, REPLIES, HANDLE_HOURS, AFTER_HOURS_SHARE,
            WEIGHTED_LOAD, OWNED_OPEN, OCCUPANCY, PERIOD);
  }

  /** Open tickets whose current assignee is the agent, at the end of each day: agent_key, period_start (the day), owned_open_backlog. */
  static Dataset<Row> ownedOpenBacklog(Dataset<Row> segments, Instant asOf) {
    Dataset<Row> open = Backlog.openAtDayEnds(segments.filter(col(StateSegments.ASSIGNEE).isNotNull()), asOf)
        .withColumn("_day", org.apache.spark.sql.functions.date_sub(col(Backlog.SNAPSHOT), 1));
    return open.groupBy(col(StateSegments.ASSIGNEE).as(AGENT_KEY), col("_day").as(PERIOD_START))
        .agg(count(lit(1)).as(OWNED_OPEN));
  }
}
