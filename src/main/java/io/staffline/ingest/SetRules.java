package io.staffline.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import io.staffline.ingest.LakeSchema.Agents;
import io.staffline.ingest.LakeSchema.Quarantine;
import io.staffline.ingest.LakeSchema.TicketEvents;
import io.staffline.ingest.LakeSchema.Tickets;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Rules that need more than one row: duplicates, events of unknown tickets or before their
 * ticket's creation, career rows of agents missing from the roster, the roster flag on events and
 * the order of a ticket's events. Each takes parsed rows (table columns plus reason columns) and
 * returns what it keeps and what it rejects, both in that same layout.
 */
final class SetRules {
  private SetRules() {}

  /**
   * Rows kept and rows rejected (with reason_code and reason set) by one rule, and the dataset
   * both are read from: the caller persists {@code shared} so the rule is worked out once.
   */
  record Split(Dataset<Row> kept, Dataset<Row> rejected, Dataset<Row> shared) {}

  private static final String RANK = "_rank";
  private static final String FIRST_FILE = "_first_file";
  private static final String FIRST_LINE = "_first_line";

  /** Keeps the first row (by file and line) of each key; later ones are duplicates. */
  static Split firstOfEachKey(Dataset<Row> rows, List<String> key, ReasonCode code, String what) {
    WindowSpec byKey = Window.partitionBy(key.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
        .orderBy(col(LakeSchema.SOURCE_FILE), col(LakeSchema.SOURCE_LINE));
    Dataset<Row> ranked = rows
        .withColumn(RANK, row_number().over(byKey))
        .withColumn(FIRST_FILE, first(col(LakeSchema.SOURCE_FILE)).over(byKey))
        .withColumn(FIRST_LINE, first(col(LakeSchema.SOURCE_LINE)).over(byKey));
    Dataset<Row> kept = ranked.filter(col(RANK).equalTo(1)).drop(RANK, FIRST_FILE, FIRST_LINE);
    Dataset<Row> rejected = reject(ranked.filter(col(RANK).gt(1)), code,
        concat(lit(what + " already seen at "), col(FIRST_FILE), lit(":"), col(FIRST_LINE)))
        .drop(RANK, FIRST_FILE, FIRST_LINE);
    return new Split(kept, rejected, ranked);
  }

  private static final String T_ID = "_ticket_id";
  private static final String T_CREATED = "_ticket_created_at";

  /** Events must belong to an accepted ticket and not precede its creation. */
  static Split eventsOfKnownTickets(Dataset<Row> events, Dataset<Row> tickets) {
    Dataset<Row> known = tickets.select(col(Tickets.TICKET_ID).as(T_ID), col(Tickets.CREATED_AT).as(T_CREATED));
    Dataset<Row> joined = events.join(known, events.col(TicketEvents.TICKET_ID).equalTo(known.col(T_ID)), "left");
    Column unknown = col(T_ID).isNull();
    Column early = col(TicketEvents.EVENT_AT).lt(col(T_CREATED));
    Dataset<Row> rejected = reject(joined.filter(unknown.or(early)),
        when(unknown, lit(ReasonCode.UNKNOWN_TICKET.code())).otherwise(lit(ReasonCode.EVENT_BEFORE_CREATED.code())),
        when(unknown, concat(lit("ticket '"), col(TicketEvents.TICKET_ID), lit("' is not among the accepted tickets")))
            .otherwise(concat(lit("event at "), col(TicketEvents.EVENT_AT).cast("string"),
                lit(" is before the ticket was created at "), col(T_CREATED).cast("string"))));
    Dataset<Row> kept = joined.filter(unknown.or(early).unary_$bang());
    return new Split(kept.drop(T_ID, T_CREATED), rejected.drop(T_ID, T_CREATED), joined);
  }

  private static final String ROSTER_KEY = "_roster_agent_key";

  /** Career rows must name an agent of the roster. */
  static Split levelsOfRosterAgents(Dataset<Row> levels, Dataset<Row> agents) {
    Dataset<Row> roster = agents.select(col(Agents.AGENT_KEY).as(ROSTER_KEY)).distinct();
    Dataset<Row> joined = levels.join(roster, levels.col(Agents.AGENT_KEY).equalTo(roster.col(ROSTER_KEY)), "left");
    Column missing = col(ROSTER_KEY).isNull();
    Dataset<Row> rejected = reject(joined.filter(missing), ReasonCode.UNKNOWN_AGENT,
        lit("agent is not in the roster"));
    return new Split(joined.filter(missing.unary_$bang()).drop(ROSTER_KEY), rejected.drop(ROSTER_KEY), joined);
  }

  /** Flags events whose agent is missing from the roster (null when the event names no agent). */
  static Dataset<Row> flagAgentsMissingFromRoster(Dataset<Row> events, Dataset<Row> agents) {
    Dataset<Row> roster = agents.select(col(Agents.AGENT_KEY).as(ROSTER_KEY)).distinct();
    return events.join(roster, events.col(TicketEvents.AGENT_KEY).equalTo(roster.col(ROSTER_KEY)), "left")
        .withColumn(TicketEvents.AGENT_IN_ROSTER,
            when(col(TicketEvents.AGENT_KEY).isNull(), lit(null).cast("boolean"))
                .otherwise(col(ROSTER_KEY).isNotNull()))
        .drop(ROSTER_KEY);
  }

  /**
   * Numbers each ticket's events from 1 by time, then file and line, then — for the several events
   * one profiled source row can give — in the order a change is described: group, line, agent,
   * status. The order is total, so reruns number alike.
   */
  static Dataset<Row> numberEvents(Dataset<Row> events) {
    Column type = col(TicketEvents.TYPE);
    Column precedence = when(type.equalTo("created"), 0).when(type.equalTo("group_changed"), 1)
        .when(type.equalTo("tier_changed"), 2).when(type.equalTo("assigned"), 3)
        .when(type.equalTo("public_reply"), 5).when(type.equalTo("internal_note"), 6)
        .when(type.equalTo("rated"), 7).otherwise(4);
    WindowSpec byTicket = Window.partitionBy(col(TicketEvents.TICKET_ID))
        .orderBy(col(TicketEvents.EVENT_AT), col(LakeSchema.SOURCE_FILE), col(LakeSchema.SOURCE_LINE),
            precedence, col(TicketEvents.NEW_VALUE));
    return events.withColumn(TicketEvents.SEQ, row_number().over(byTicket));
  }

  private static Dataset<Row> reject(Dataset<Row> rows, ReasonCode code, Column reason) {
    return reject(rows, lit(code.code()), reason);
  }

  private static Dataset<Row> reject(Dataset<Row> rows, Column code, Column reason) {
    return rows.withColumn(Quarantine.REASON_CODE, code).withColumn(Quarantine.REASON, reason);
  }
}
