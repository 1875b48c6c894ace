package io.staffline.metrics.facts;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One row of the {@code ticket_facts} table: one ticket's metrics as of a moment. The columns,
 * their order and types are declared once, in {@link #COLUMNS} / {@link #TYPES}, and
 * {@link #values()} gives a row in that order. Every definition: docs/metrics-ticket-facts.md.
 *
 * @param asOf the moment the facts describe; events after it are not counted
 * @param oneTouch solved with at most the allowed public replies; null while not solved
 * @param firstLineResolution null until decidable (first solve + N days) or when never solved
 */
public record TicketFacts(
    String ticketId, String source, Instant createdAt, String channel, String priority,
    String entryTeam, Instant asOf,
    TicketState state,
    Milestone firstReply, Milestone firstResolution, Milestone fullResolution,
    TimeSpent requesterWait, TimeSpent agentWait,
    SupportLines lines,
    Handling handling,
    Boolean oneTouch, Boolean firstLineResolution,
    Rating rating,
    SlaResult slaFirstReply, SlaResult slaResolution) implements Serializable {

  /** A column: its name, the Java type of its values, and how to read it from a row. */
  private record Column<T>(String name, Class<T> type, Function<TicketFacts, T> value) {}

  private static <T> Column<T> column(String name, Class<T> type, Function<TicketFacts, T> value) {
    return new Column<>(name, type, value);
  }

  private static final List<Column<?>> SCHEMA = List.of(
      column("ticket_id", String.class, TicketFacts::ticketId),
      column("source", String.class, TicketFacts::source),
      column("created_at", Instant.class, TicketFacts::createdAt),
      column("created_date", LocalDate.class, f -> LocalDate.ofInstant(f.createdAt, ZoneOffset.UTC)),
      column("channel", String.class, TicketFacts::channel),
      column("priority", String.class, TicketFacts::priority),
      column("entry_team", String.class, TicketFacts::entryTeam),
      column("as_of", Instant.class, TicketFacts::asOf),
      column("final_status", String.class, f -> f.state.finalStatus()),
      column("final_team", String.class, f -> f.state.finalTeam()),
      column("final_tier", Integer.class, f -> f.state.finalTier()),
      column("is_open", Boolean.class, f -> f.state.open()),
      column("age_minutes", Double.class, f -> f.state.ageMinutes()),
      column("first_reply_at", Instant.class, f -> f.firstReply.at()),
      column("first_reply_minutes", Double.class, f -> f.firstReply.minutes()),
      column("first_reply_business_minutes", Double.class, f -> f.firstReply.businessMinutes()),
      column("first_resolution_at", Instant.class, f -> f.firstResolution.at()),
      column("first_resolution_minutes", Double.class, f -> f.firstResolution.minutes()),
      column("first_resolution_business_minutes", Double.class,
          f -> f.firstResolution.businessMinutes()),
      column("full_resolution_at", Instant.class, f -> f.fullResolution.at()),
      column("full_resolution_minutes", Double.class, f -> f.fullResolution.minutes()),
      column("full_resolution_business_minutes", Double.class,
          f -> f.fullResolution.businessMinutes()),
      column("requester_wait_minutes", Double.class, f -> f.requesterWait.minutes()),
      column("requester_wait_business_minutes", Double.class,
          f -> f.requesterWait.businessMinutes()),
      column("agent_wait_minutes", Double.class, f -> f.agentWait.minutes()),
      column("agent_wait_business_minutes", Double.class, f -> f.agentWait.businessMinutes()),
      column("entry_tier", Integer.class, f -> f.lines.entryTier()),
      column("max_tier", Integer.class, f -> f.lines.maxTier()),
      column("tier_path", String.class, f -> f.lines.tierPath()),
      column("escalations_up", Integer.class, f -> f.lines.escalationsUp()),
      column("escalations_down", Integer.class, f -> f.lines.escalationsDown()),
      column("tier_reversals", Integer.class, f -> f.lines.reversals()),
      column("entered_line_1", Boolean.class, f -> f.lines.enteredLine1()),
      column("entered_line_2", Boolean.class, f -> f.lines.enteredLine2()),
      column("entered_line_3", Boolean.class, f -> f.lines.enteredLine3()),
      column("escalated_1_2", Boolean.class, f -> f.lines.escalated12()),
      column("escalated_2_3", Boolean.class, f -> f.lines.escalated23()),
      column("bounce_back", Boolean.class, f -> f.lines.bounceBack()),
      column("ping_pong", Boolean.class, f -> f.lines.pingPong()),
      column("line_1_minutes", Double.class, f -> f.lines.line1Minutes()),
      column("line_2_minutes", Double.class, f -> f.lines.line2Minutes()),
      column("line_3_minutes", Double.class, f -> f.lines.line3Minutes()),
      column("group_stations", Integer.class, f -> f.handling.groupStations()),
      column("assignee_stations", Integer.class, f -> f.handling.assigneeStations()),
      column("reopens", Integer.class, f -> f.handling.reopens()),
      column("public_replies", Integer.class, f -> f.handling.publicReplies()),
      column("handle_seconds_total", Long.class, f -> f.handling.handleSecondsTotal()),
      column("first_tier_agent_key", String.class, f -> f.handling.firstTierAgentKey()),
      column("solver_agent_key", String.class, f -> f.handling.solverAgentKey()),
      column("one_touch", Boolean.class, TicketFacts::oneTouch),
      column("first_line_resolution", Boolean.class, TicketFacts::firstLineResolution),
      column("csat", String.class, f -> f.rating.csat()),
      column("csat_good", Boolean.class, f -> f.rating.good()),
      column("csat_rated_at", Instant.class, f -> f.rating.ratedAt()),
      column("sla_first_reply_outcome", String.class, f -> f.slaFirstReply.outcomeCode()),
      column("sla_first_reply_due", Instant.class, f -> f.slaFirstReply.due()),
      column("sla_first_reply_over_minutes", Double.class, f -> f.slaFirstReply.overMinutes()),
      column("sla_resolution_outcome", String.class, f -> f.slaResolution.outcomeCode()),
      column("sla_resolution_due", Instant.class, f -> f.slaResolution.due()),
      column("sla_resolution_over_minutes", Double.class, f -> f.slaResolution.overMinutes()));

  /** The column names, in table order. */
  public static final List<String> COLUMNS = SCHEMA.stream().map(Column::name).toList();

  /**
   * Column name → Java type of its values, in table order: String, Integer, Long, Double,
   * Boolean, Instant (a UTC timestamp) or LocalDate. Any value may be null.
   */
  public static final Map<String, Class<?>> TYPES = types();

  private static Map<String, Class<?>> types() {
    Map<String, Class<?>> types = new LinkedHashMap<>();
    SCHEMA.forEach(c -> types.put(c.name(), c.type()));
    return java.util.Collections.unmodifiableMap(types);
  }

  /** The row's values in {@link #COLUMNS} order. */
  public Object[] values() {
    Object[] values = new Object[SCHEMA.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = SCHEMA.get(i).value().apply(this);
    }
    return values;
  }

  /** The value of one column, by name (tests, debugging). */
  public Object value(String column) {
    int i = COLUMNS.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("ticket_facts has no column '" + column + "'; columns: "
          + COLUMNS);
    }
    return SCHEMA.get(i).value().apply(this);
  }
}
