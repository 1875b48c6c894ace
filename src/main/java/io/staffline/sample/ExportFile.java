package io.staffline.sample;

import java.util.List;

/**
 * The files the generator writes, each with its header: the canonical export layouts of
 * docs/data-model.md §1 plus the personal-data columns a real export has and ingest drops (§4).
 */
enum ExportFile {
  TICKETS("tickets.csv.gz", List.of(
      "ticket_id", "created_at", "channel", "priority", "category", "entry_team", "status",
      "first_reply_at", "first_solved_at", "last_solved_at", "closed_at", "reopen_count", "csat",
      "requester_id", "requester_name", "requester_email", "org_id", "subject")),
  TICKET_EVENTS("ticket_events.csv.gz", List.of(
      "ticket_id", "event_at", "type", "agent_id", "team", "tier", "status", "old_value",
      "new_value", "handle_seconds")),
  AGENTS("agents.csv", List.of(
      "agent_id", "display_name", "email", "team", "tier", "level", "hire_date", "leave_date",
      "timezone", "weekly_hours")),
  AGENT_LEVELS("agent_levels.csv", List.of(
      "agent_id", "effective_from", "level", "tier", "team"));

  static final String GROUND_TRUTH = "ground_truth.json";

  private final String fileName;
  private final List<String> columns;

  ExportFile(String fileName, List<String> columns) {
    this.fileName = fileName;
    this.columns = columns;
  }

  String fileName() {
    return fileName;
  }

  List<String> columns() {
    return columns;
  }

  boolean gzipped() {
    return fileName.endsWith(".gz");
  }
}
