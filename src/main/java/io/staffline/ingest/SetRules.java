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

  private static final String ROSTER_KEY = "_roster_agent_key";

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

  /**
   * The rules on events, worked out per ticket in one pass (one shuffle by ticket, no sort over
   * the whole table): an event must belong to an accepted ticket and not precede its creation;
   * among the rest, an event equal in every content column to an earlier one (by file and line)
   * is a duplicate; the kept events are flagged against the roster and numbered as
   * {@link #numberEvents} does. Same results as a join with the tickets, {@link #firstOfEachKey}
   * on the content columns, {@link #flagAgentsMissingFromRoster} and {@link #numberEvents}
   * applied in that order (SetRulesTest keeps those queries as its oracle), which took five
   * shuffles and two persisted intermediate tables.
   *
   * @param events parsed events (table columns plus reason columns), all accepted so far
   * @param tickets accepted tickets, one row per ticket id
   * @param rosterKeys agent keys of the accepted roster
   * @return the events in the parsed layout: kept ones with seq and agent_in_roster set and no
   *     reason; rejected ones with reason_code and reason
   */
  static Dataset<Row> eventsPerTicket(Dataset<Row> events, Dataset<Row> tickets, java.util.Set<String> rosterKeys) {
    EventColumns c = new EventColumns(events.schema());
    java.util.HashSet<String> roster = new java.util.HashSet<>(rosterKeys);
    Dataset<Row> known = tickets.select(col(Tickets.TICKET_ID), col(Tickets.CREATED_AT));
    var ticketsById = known.groupByKey(
        (org.apache.spark.api.java.function.MapFunction<Row, String>) r -> r.getString(0),
        org.apache.spark.sql.Encoders.STRING());
    var eventsById = events.groupByKey(
        (org.apache.spark.api.java.function.MapFunction<Row, String>) r -> r.getString(c.ticketId),
        org.apache.spark.sql.Encoders.STRING());
    return eventsById.cogroup(ticketsById,
        (org.apache.spark.api.java.function.CoGroupFunction<String, Row, Row, Row>) (id, es, ts) -> {
          List<Row> rows = new java.util.ArrayList<>();
          es.forEachRemaining(rows::add);
          return c.apply(rows, ts.hasNext() ? ts.next().<java.time.Instant>getAs(1) : null, roster).iterator();
        }, org.apache.spark.sql.Encoders.row(events.schema()));
  }

  /** Where each column of the parsed events sits, and the rules applied to one ticket's events. */
  private static final class EventColumns implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final int ticketId;
    final int seq;
    final int eventAt;
    final int type;
    final int agent;
    final int newValue;
    final int inRoster;
    final int file;
    final int line;
    final int code;
    final int reason;
    final int[] content;

    EventColumns(org.apache.spark.sql.types.StructType layout) {
      ticketId = layout.fieldIndex(TicketEvents.TICKET_ID);
      seq = layout.fieldIndex(TicketEvents.SEQ);
      eventAt = layout.fieldIndex(TicketEvents.EVENT_AT);
      type = layout.fieldIndex(TicketEvents.TYPE);
      agent = layout.fieldIndex(TicketEvents.AGENT_KEY);
      newValue = layout.fieldIndex(TicketEvents.NEW_VALUE);
      inRoster = layout.fieldIndex(TicketEvents.AGENT_IN_ROSTER);
      file = layout.fieldIndex(LakeSchema.SOURCE_FILE);
      line = layout.fieldIndex(LakeSchema.SOURCE_LINE);
      code = layout.fieldIndex(Quarantine.REASON_CODE);
      reason = layout.fieldIndex(Quarantine.REASON);
      content = java.util.stream.Stream.of(TicketEvents.TICKET_ID, TicketEvents.EVENT_AT, TicketEvents.TYPE,
          TicketEvents.AGENT_KEY, TicketEvents.TEAM, TicketEvents.TIER, TicketEvents.STATUS,
          TicketEvents.OLD_VALUE, TicketEvents.NEW_VALUE, TicketEvents.HANDLE_SECONDS)
          .mapToInt(layout::fieldIndex).toArray();
    }

    /** {@code created} is null when the ticket is not among the accepted ones. */
    List<Row> apply(List<Row> rows, java.time.Instant created, java.util.Set<String> roster) {
      java.util.Comparator<Row> bySource = bySource(file, line);
      rows.sort(bySource);
      List<Row> out = new java.util.ArrayList<>(rows.size());
      List<Row> kept = new java.util.ArrayList<>(rows.size());
      java.util.Map<List<Object>, Row> firstByContent = new java.util.HashMap<>();
      for (Row r : rows) {
        java.time.Instant at = r.getAs(eventAt);
        if (created == null) {
          out.add(with(r, code, ReasonCode.UNKNOWN_TICKET.code(), reason,
              "ticket '" + r.getString(ticketId) + "' is not among the accepted tickets"));
        } else if (at != null && at.isBefore(created)) {
          out.add(with(r, code, ReasonCode.EVENT_BEFORE_CREATED.code(), reason, "event at "
              + sparkString(at) + " is before the ticket was created at " + sparkString(created)));
        } else {
          Row first = firstByContent.putIfAbsent(keyOf(r, content), r);
          if (first == null) {
            kept.add(r);
          } else {
            out.add(with(r, code, ReasonCode.DUPLICATE_EVENT.code(), reason,
                "the same event already seen at " + first.getString(file) + ":" + first.getLong(line)));
          }
        }
      }
      kept.sort(java.util.Comparator
          .<Row, java.time.Instant>comparing(r -> r.getAs(eventAt),
              java.util.Comparator.nullsFirst(java.util.Comparator.<java.time.Instant>naturalOrder()))
          .thenComparing(bySource)
          .thenComparingInt(r -> precedence(r.getString(type)))
          .thenComparing(r -> r.getString(newValue), SetRules::compareNullsFirst));
      int n = 0;
      for (Row r : kept) {
        String a = r.getString(agent);
        out.add(with(r, seq, ++n, inRoster, a == null ? null : roster.contains(a)));
      }
      return out;
    }
  }

  /** The roster and career rows kept and rejected (rejected ones with reason_code and reason). */
  record Roster(List<Row> keptAgents, List<Row> rejectedAgents, List<Row> keptLevels, List<Row> rejectedLevels) {}

  /**
   * The rules on the roster and the career history, on the driver: a roster is small (one row
   * per agent), and as Spark queries these rules cost about a second each even on a few hundred
   * rows. The first row (by file and line) of each agent is kept, later ones are duplicates;
   * career rows must name a kept agent, and the first row of each agent and effective date is
   * kept. Same results as {@link #firstOfEachKey} and a join of the career rows with the roster
   * (SetRulesTest checks both against those Spark queries).
   *
   * @param agents parsed roster rows (table columns plus reason columns), all accepted so far
   * @param levels parsed career rows, all accepted so far
   */
  static Roster roster(List<Row> agents, org.apache.spark.sql.types.StructType agentLayout, List<Row> levels,
      org.apache.spark.sql.types.StructType levelLayout) {
    List<Row> keptAgents = new java.util.ArrayList<>();
    List<Row> rejectedAgents = new java.util.ArrayList<>();
    firstOfEachKey(agents, agentLayout, new String[] {Agents.AGENT_KEY}, ReasonCode.DUPLICATE_AGENT, "agent_id",
        keptAgents, rejectedAgents);
    int agentKey = agentLayout.fieldIndex(Agents.AGENT_KEY);
    java.util.Set<String> roster = new java.util.HashSet<>();
    keptAgents.forEach(r -> roster.add(r.getString(agentKey)));
    int levelAgent = levelLayout.fieldIndex(LakeSchema.AgentLevels.AGENT_KEY);
    int code = levelLayout.fieldIndex(Quarantine.REASON_CODE);
    int reason = levelLayout.fieldIndex(Quarantine.REASON);
    List<Row> known = new java.util.ArrayList<>();
    List<Row> rejectedLevels = new java.util.ArrayList<>();
    for (Row r : levels) {
      if (roster.contains(r.getString(levelAgent))) {
        known.add(r);
      } else {
        rejectedLevels.add(with(r, code, ReasonCode.UNKNOWN_AGENT.code(), reason, "agent is not in the roster"));
      }
    }
    List<Row> keptLevels = new java.util.ArrayList<>();
    firstOfEachKey(known, levelLayout, new String[] {LakeSchema.AgentLevels.AGENT_KEY,
        LakeSchema.AgentLevels.EFFECTIVE_FROM}, ReasonCode.DUPLICATE_LEVEL, "agent and effective_from",
        keptLevels, rejectedLevels);
    return new Roster(keptAgents, rejectedAgents, keptLevels, rejectedLevels);
  }

  /** {@link #firstOfEachKey(Dataset, List, ReasonCode, String)} on rows in memory. */
  private static void firstOfEachKey(List<Row> rows, org.apache.spark.sql.types.StructType layout, String[] key,
      ReasonCode reasonCode, String what, List<Row> kept, List<Row> rejected) {
    int file = layout.fieldIndex(LakeSchema.SOURCE_FILE);
    int line = layout.fieldIndex(LakeSchema.SOURCE_LINE);
    int code = layout.fieldIndex(Quarantine.REASON_CODE);
    int reason = layout.fieldIndex(Quarantine.REASON);
    int[] keyAt = java.util.Arrays.stream(key).mapToInt(layout::fieldIndex).toArray();
    List<Row> sorted = new java.util.ArrayList<>(rows);
    sorted.sort(bySource(file, line));
    java.util.Map<List<Object>, Row> first = new java.util.HashMap<>();
    for (Row r : sorted) {
      Row seen = first.putIfAbsent(keyOf(r, keyAt), r);
      if (seen == null) {
        kept.add(r);
      } else {
        rejected.add(with(r, code, reasonCode.code(), reason,
            what + " already seen at " + seen.getString(file) + ":" + seen.getLong(line)));
      }
    }
  }

  /** Rows by source file, then line (Spark's ascending order, nulls first). */
  private static java.util.Comparator<Row> bySource(int file, int line) {
    return java.util.Comparator.<Row, String>comparing(r -> r.getString(file), SetRules::compareNullsFirst)
        .thenComparing(r -> r.isNullAt(line) ? null : r.getLong(line),
            java.util.Comparator.nullsFirst(java.util.Comparator.<Long>naturalOrder()));
  }

  /** The values of {@code columns} of a row, as a key that compares nulls as equal (as Spark groups). */
  private static List<Object> keyOf(Row r, int[] columns) {
    Object[] key = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      key[i] = r.get(columns[i]);
    }
    return java.util.Arrays.asList(key);
  }

  /** Spark's order of event types within one moment (see {@link #numberEvents}). */
  private static int precedence(String type) {
    if (type == null) {
      return 4;
    }
    return switch (type) {
      case "created" -> 0;
      case "group_changed" -> 1;
      case "tier_changed" -> 2;
      case "assigned" -> 3;
      case "public_reply" -> 5;
      case "internal_note" -> 6;
      case "rated" -> 7;
      default -> 4;
    };
  }

  /** Strings in Spark's order (UTF-8 bytes, that is code points), nulls first. */
  static int compareNullsFirst(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  /** A timestamp as Spark casts it to a string in a UTC session: 2026-11-02 10:15:00[.fraction]. */
  static String sparkString(java.time.Instant at) {
    java.time.LocalDateTime t = java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
    String s = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(t);
    int micros = t.getNano() / 1000;
    if (micros == 0) {
      return s;
    }
    String fraction = String.format("%06d", micros).replaceAll("0+$", "");
    return s + "." + fraction;
  }

  private static Row with(Row r, int i, Object value, int j, Object other) {
    Object[] values = new Object[r.length()];
    for (int k = 0; k < values.length; k++) {
      values[k] = r.get(k);
    }
    values[i] = value;
    values[j] = other;
    return org.apache.spark.sql.RowFactory.create(values);
  }

  private static Dataset<Row> reject(Dataset<Row> rows, ReasonCode code, Column reason) {
    return reject(rows, lit(code.code()), reason);
  }

  private static Dataset<Row> reject(Dataset<Row> rows, Column code, Column reason) {
    return rows.withColumn(Quarantine.REASON_CODE, code).withColumn(Quarantine.REASON, reason);
  }
}
