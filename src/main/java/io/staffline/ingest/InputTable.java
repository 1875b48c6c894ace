package io.staffline.ingest;

import io.staffline.ingest.RecordParsers.RecordParser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of the canonical export layout: which files belong to each, which columns it reads,
 * which it requires, which personal-data columns it drops, and how a record becomes a lake row.
 */
public enum InputTable {
  TICKETS(LakeSchema.Tickets.NAME, LakeSchema.Tickets.SCHEMA, List.of("tickets"),
      List.of("ticket_id", "created_at", "channel", "priority", "status"),
      List.of("ticket_id", "created_at", "channel", "priority", "status", "category", "entry_team",
          "requester_id", "org_id", "first_reply_at", "first_solved_at", "last_solved_at",
          "closed_at", "reopen_count", "csat"),
      List.of("requester_name", "requester_email", "requester_phone", "subject", "description",
          "body", "comment", "tags"),
      RecordParsers::ticket),
  TICKET_EVENTS(LakeSchema.TicketEvents.NAME, LakeSchema.TicketEvents.SCHEMA,
      List.of("ticket_events", "events"),
      List.of("ticket_id", "event_at", "type"),
      List.of("ticket_id", "event_at", "type", "agent_id", "team", "tier", "status", "old_value",
          "new_value", "handle_seconds"),
      List.of("body", "comment", "text", "subject", "description", "author_name", "author_email"),
      RecordParsers::event),
  AGENTS(LakeSchema.Agents.NAME, LakeSchema.Agents.SCHEMA, List.of("agents", "roster"),
      List.of("agent_id", "team", "tier", "level", "hire_date"),
      List.of("agent_id", "display_name", "team", "tier", "level", "hire_date", "leave_date",
          "timezone", "weekly_hours"),
      List.of("email", "phone"),
      RecordParsers::agent),
  AGENT_LEVELS(LakeSchema.AgentLevels.NAME, LakeSchema.AgentLevels.SCHEMA,
      List.of("agent_levels", "levels"),
      List.of("agent_id", "effective_from", "level", "tier"),
      List.of("agent_id", "effective_from", "level", "tier", "team"),
      List.of("email", "phone"),
      RecordParsers::agentLevel);

  private final String tableName;
  private final StructType schema;
  private final List<String> filePrefixes;
  private final List<String> requiredColumns;
  private final List<String> knownColumns;
  private final List<String> personalColumns;
  private final RecordParser parser;

  InputTable(String tableName, StructType schema, List<String> filePrefixes,
      List<String> requiredColumns, List<String> knownColumns, List<String> personalColumns,
      RecordParser parser) {
    this.tableName = tableName;
    this.schema = schema;
    this.filePrefixes = filePrefixes;
    this.requiredColumns = requiredColumns;
    this.knownColumns = knownColumns;
    this.personalColumns = personalColumns;
    this.parser = parser;
  }

  public String tableName() {
    return tableName;
  }

  public StructType schema() {
    return schema;
  }

  public List<String> requiredColumns() {
    return requiredColumns;
  }

  public List<String> knownColumns() {
    return knownColumns;
  }

  public List<String> personalColumns() {
    return personalColumns;
  }

  RecordParser parser() {
    return parser;
  }

  /** The table a file belongs to, told by the start of its name (longest prefix wins). */
  public static Optional<InputTable> forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    InputTable best = null;
    int bestLength = -1;
    for (InputTable t : values()) {
      for (String prefix : t.filePrefixes) {
        if (name.startsWith(prefix) && prefix.length() > bestLength) {
          best = t;
          bestLength = prefix.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
