package io.staffline.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.SparkTestSession;
import io.staffline.ingest.LakeSchema.Quarantine;
import io.staffline.ingest.LakeSchema.TicketEvents;
import io.staffline.ingest.LakeSchema.Tickets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The per-ticket event rules ({@link SetRules#eventsPerTicket}) and the roster rules on the driver
 * ({@link SetRules#roster}) against the same rules written as Spark SQL joins and windows (the
 * implementation they replaced, kept here as the oracle), on hand-built cases and on random
 * inputs full of ties, duplicates and strays.
 */
class SetRulesTest {
  static SparkSession spark;
  static final StructType PARSED = LakeSchema.withQuarantineColumns(TicketEvents.SCHEMA);
  static final StructType TICKETS = new StructType()
      .add(Tickets.TICKET_ID, "string").add(Tickets.CREATED_AT, "timestamp");
  static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  static Row event(String ticket, Instant at, String type, String agent, String newValue, String file, long line) {
    return RowFactory.create(ticket, null, at, type, agent, "t1", 1, null, null, newValue, 0, null, file, line,
        LocalDate.ofInstant(at, ZoneOffset.UTC), null, null, "raw " + file + ":" + line);
  }

  @Test
  void handBuiltCasesGetTheirReasonsAndNumbers() {
    List<Row> events = List.of(
        event("A", T0.plusSeconds(60), "public_reply", "ag1", null, "e.csv", 4),
        event("A", T0.plusSeconds(60), "assigned", "ag9", "ag9", "e.csv", 3),
        event("A", T0, "created", null, null, "e.csv", 2),
        event("A", T0.plusSeconds(60), "public_reply", "ag1", null, "e.csv", 7), // same as line 4
        event("A", T0.minusSeconds(1), "internal_note", "ag1", null, "e.csv", 5), // before created
        event("Z", T0, "created", null, null, "e.csv", 6)); // no such ticket
    List<Row> tickets = List.of(RowFactory.create("A", T0));
    List<Row> out = SetRules.eventsPerTicket(spark.createDataFrame(events, PARSED),
        spark.createDataFrame(tickets, TICKETS), Set.of("ag1")).collectAsList().stream()
        .sorted(Comparator.comparingLong(r -> r.<Long>getAs(LakeSchema.SOURCE_LINE))).toList();
    assertEquals(6, out.size());
    // line → seq for the kept ones: created 1, then at +60 s the assignment (line 3) before the reply.
    assertEquals(1, out.get(0).<Integer>getAs(TicketEvents.SEQ));
    assertEquals(2, out.get(1).<Integer>getAs(TicketEvents.SEQ));
    assertEquals(Boolean.FALSE, out.get(1).<Boolean>getAs(TicketEvents.AGENT_IN_ROSTER));
    assertEquals(3, out.get(2).<Integer>getAs(TicketEvents.SEQ));
    assertEquals(Boolean.TRUE, out.get(2).<Boolean>getAs(TicketEvents.AGENT_IN_ROSTER));
    assertTrue(out.get(0).isNullAt(out.get(0).fieldIndex(TicketEvents.AGENT_IN_ROSTER)));
    assertEquals("event_before_created", out.get(3).getAs(Quarantine.REASON_CODE));
    assertEquals("event at 2026-11-02 07:59:59 is before the ticket was created at 2026-11-02 08:00:00",
        out.get(3).getAs(Quarantine.REASON));
    assertEquals("unknown_ticket", out.get(4).getAs(Quarantine.REASON_CODE));
    assertEquals("ticket 'Z' is not among the accepted tickets", out.get(4).getAs(Quarantine.REASON));
    assertEquals("duplicate_event", out.get(5).getAs(Quarantine.REASON_CODE));
    assertEquals("the same event already seen at e.csv:4", out.get(5).getAs(Quarantine.REASON));
  }

  @Test
  void randomLogsAgreeWithTheSqlRules() {
    for (long seed = 1; seed <= 3; seed++) {
      Random rnd = new Random(seed);
      List<Row> tickets = new ArrayList<>();
      for (int t = 0; t < 40; t++) {
        tickets.add(RowFactory.create("T" + t, T0.plusSeconds(rnd.nextInt(3) * 3600L)));
      }
      String[] types = {"created", "assigned", "public_reply", "internal_note", "status_changed",
          "tier_changed", "group_changed", "rated"};
      List<Row> events = new ArrayList<>();
      for (int i = 0; i < 1500; i++) {
        Row e;
        if (!events.isEmpty() && rnd.nextInt(6) == 0) {
          // Another event from the same source row (as a helpdesk profile gives them): the order
          // falls to the event type and then the new value.
          Row c = events.get(events.size() - 1);
          e = event(c.getString(0), c.getAs(2), types[rnd.nextInt(types.length)], c.getString(4),
              rnd.nextInt(3) == 0 ? null : "v" + rnd.nextInt(3), c.getString(12), c.getLong(13));
        } else if (!events.isEmpty() && rnd.nextInt(8) == 0) {
          // A copy of an earlier event from another file or a later line.
          Row c = events.get(rnd.nextInt(events.size()));
          e = event(c.getString(0), c.getAs(2), c.getString(3), c.getString(4), c.getString(9),
              rnd.nextBoolean() ? "b.csv" : "a.csv", 10_000 + i);
        } else {
          // Few distinct moments, so ties on time (and on time and type) are common.
          e = event("T" + rnd.nextInt(45), T0.plusSeconds(rnd.nextInt(12) * 1800L - 1800),
              types[rnd.nextInt(types.length)], rnd.nextInt(4) == 0 ? null : "ag" + rnd.nextInt(6),
              rnd.nextInt(3) == 0 ? null : "v" + rnd.nextInt(3), rnd.nextBoolean() ? "b.csv" : "a.csv", i + 2);
        }
        events.add(e);
      }
      Dataset<Row> ev = spark.createDataFrame(events, PARSED);
      Dataset<Row> tk = spark.createDataFrame(tickets, TICKETS);
      Set<String> roster = Set.of("ag0", "ag1", "ag2");
      Dataset<Row> got = SetRules.eventsPerTicket(ev, tk, roster);
      Dataset<Row> want = sqlRules(ev, tk, spark.createDataFrame(
          roster.stream().map(RowFactory::create).toList(), new StructType().add("agent_key", "string")));
      List<String> g = lines(got);
      List<String> w = lines(want);
      assertEquals(events.size(), g.size());
      assertEquals(w, g, "seed " + seed);
      assertTrue(g.stream().anyMatch(s -> s.contains("duplicate_event")), "the case has duplicates");
      assertTrue(g.stream().anyMatch(s -> s.contains("event_before_created")), "and early events");
      assertTrue(g.stream().anyMatch(s -> s.contains("unknown_ticket")), "and strays");
    }
  }

  @Test
  void rosterRulesAgreeWithTheSqlRules() {
    StructType agentLayout = LakeSchema.withQuarantineColumns(LakeSchema.Agents.SCHEMA);
    StructType levelLayout = LakeSchema.withQuarantineColumns(LakeSchema.AgentLevels.SCHEMA);
    for (long seed = 1; seed <= 3; seed++) {
      Random rnd = new Random(seed);
      List<Row> agents = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        // 30 agent keys over 60 rows in two files: most agents appear more than once.
        agents.add(RowFactory.create("ag" + rnd.nextInt(30), "Name " + i, "t" + rnd.nextInt(3), 1 + rnd.nextInt(3),
            "junior", LocalDate.of(2025, 1, 1), null, "Europe/Berlin", 40.0, rnd.nextBoolean() ? "b.csv" : "a.csv",
            (long) (rnd.nextInt(40) + 2), null, null, "raw " + i));
      }
      List<Row> levels = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        // Keys ag0..ag39: some name agents the roster does not have.
        levels.add(RowFactory.create("ag" + rnd.nextInt(40), LocalDate.of(2025, 1 + rnd.nextInt(3), 1),
            "middle", 1 + rnd.nextInt(3), "t1", rnd.nextBoolean() ? "b.csv" : "a.csv", (long) (i + 2), null, null,
            "raw " + i));
      }
      SetRules.Roster got = SetRules.roster(agents, agentLayout, levels, levelLayout);

      Dataset<Row> a = spark.createDataFrame(agents, agentLayout);
      SetRules.Split agentSplit = SetRules.firstOfEachKey(a, List.of(LakeSchema.Agents.AGENT_KEY),
          ReasonCode.DUPLICATE_AGENT, "agent_id");
      Dataset<Row> roster = agentSplit.kept().select(col(LakeSchema.Agents.AGENT_KEY).as("_roster")).distinct();
      Dataset<Row> l = spark.createDataFrame(levels, levelLayout);
      Dataset<Row> joined = l.join(roster, l.col(LakeSchema.AgentLevels.AGENT_KEY).equalTo(roster.col("_roster")),
          "left");
      Dataset<Row> unknown = joined.filter(col("_roster").isNull()).drop("_roster")
          .withColumn(Quarantine.REASON_CODE, lit("unknown_agent"))
          .withColumn(Quarantine.REASON, lit("agent is not in the roster"));
      SetRules.Split levelSplit = SetRules.firstOfEachKey(joined.filter(col("_roster").isNotNull()).drop("_roster"),
          List.of(LakeSchema.AgentLevels.AGENT_KEY, LakeSchema.AgentLevels.EFFECTIVE_FROM),
          ReasonCode.DUPLICATE_LEVEL, "agent and effective_from");

      assertEquals(lines(agentSplit.kept()), sorted(got.keptAgents()), "kept agents, seed " + seed);
      assertEquals(lines(agentSplit.rejected()), sorted(got.rejectedAgents()), "duplicate agents");
      assertEquals(lines(levelSplit.kept()), sorted(got.keptLevels()), "kept levels");
      assertEquals(lines(levelSplit.rejected().unionByName(unknown)), sorted(got.rejectedLevels()), "rejected levels");
      assertTrue(got.rejectedAgents().size() > 10 && got.rejectedLevels().stream()
          .anyMatch(r -> "unknown_agent".equals(r.get(levelLayout.fieldIndex(Quarantine.REASON_CODE)))),
          "the case has both kinds");
    }
  }

  private static List<String> sorted(List<Row> rows) {
    return rows.stream().map(Row::toString).sorted().collect(Collectors.toList());
  }

  private static List<String> lines(Dataset<Row> rows) {
    return rows.collectAsList().stream().map(Row::toString).sorted().collect(Collectors.toList());
  }

  /** The rules as they were written before: a join, a window per content, a join, a window per ticket. */
  static Dataset<Row> sqlRules(Dataset<Row> events, Dataset<Row> tickets, Dataset<Row> roster) {
    Dataset<Row> known = tickets.select(col(Tickets.TICKET_ID).as("_id"), col(Tickets.CREATED_AT).as("_created"));
    Dataset<Row> joined = events.join(known, events.col(TicketEvents.TICKET_ID).equalTo(known.col("_id")), "left");
    Column unknown = col("_id").isNull();
    Column early = col(TicketEvents.EVENT_AT).lt(col("_created"));
    Dataset<Row> strays = joined.filter(unknown.or(early))
        .withColumn(Quarantine.REASON_CODE, when(unknown, lit("unknown_ticket")).otherwise(lit("event_before_created")))
        .withColumn(Quarantine.REASON, when(unknown,
                concat(lit("ticket '"), col(TicketEvents.TICKET_ID), lit("' is not among the accepted tickets")))
            .otherwise(concat(lit("event at "), col(TicketEvents.EVENT_AT).cast("string"),
                lit(" is before the ticket was created at "), col("_created").cast("string"))))
        .drop("_id", "_created");
    Dataset<Row> kept = joined.filter(unknown.or(early).unary_$bang()).drop("_id", "_created");
    SetRules.Split dedup = SetRules.firstOfEachKey(kept, List.of(TicketEvents.TICKET_ID, TicketEvents.EVENT_AT,
        TicketEvents.TYPE, TicketEvents.AGENT_KEY, TicketEvents.TEAM, TicketEvents.TIER, TicketEvents.STATUS,
        TicketEvents.OLD_VALUE, TicketEvents.NEW_VALUE, TicketEvents.HANDLE_SECONDS),
        ReasonCode.DUPLICATE_EVENT, "the same event");
    Dataset<Row> numbered = SetRules.numberEvents(SetRules.flagAgentsMissingFromRoster(
        dedup.kept().drop(TicketEvents.SEQ, TicketEvents.AGENT_IN_ROSTER), roster));
    String[] order = PARSED.fieldNames();
    Column[] cols = java.util.Arrays.stream(order).map(c -> col(c)).toArray(Column[]::new);
    return numbered.select(cols).unionByName(dedup.rejected().select(cols)).unionByName(strays.select(cols));
  }
}
