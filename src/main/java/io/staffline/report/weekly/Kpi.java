package io.staffline.report.weekly;

import io.staffline.report.CellFormat;

/**
 * The headline figures of a week, as the Summary tiles and the Trends sheet show them. Each says
 * how it reads, whether up is good news, and — for the Definitions sheet — what it means and which
 * table and column it comes from (docs/metrics.md; the pack never computes a figure differently).
 */
public enum Kpi {
  CREATED("Tickets created", "Tickets created", CellFormat.COUNT, Direction.NEUTRAL,
      "Tickets created in the week (cohort), all entry teams, channels and priorities.",
      "kpi_weekly.created_tickets, line 1 rows summed"),
  SOLVED("Tickets solved", "Tickets solved", CellFormat.COUNT, Direction.UP,
      "Tickets first solved in the week (throughput), whenever they were created.",
      "kpi_weekly.solved_tickets, line 1 rows summed"),
  BACKLOG_END("Open backlog at week end", "Open backlog", CellFormat.COUNT, Direction.DOWN,
      "Tickets open (new, open, pending, hold) at the end of the week's Sunday — a snapshot, never a sum of days.",
      "kpi_weekly.backlog_end, all rows summed (each open ticket is in the row of the line holding it)"),
  FIRST_REPLY_P50("First reply, median", "First reply p50", CellFormat.DURATION_PRECISE, Direction.DOWN,
      "Median calendar time from creation to the first public reply by an agent, over the tickets created in "
          + "the week that have a reply.",
      "ticket_facts.first_reply_minutes, exact type-7 percentile over the line 1 population of the week "
          + "(the same tickets as kpi_weekly's line 1 rows)"),
  FIRST_REPLY_P90("First reply, 90th percentile", "First reply p90", CellFormat.DURATION_PRECISE, Direction.DOWN,
      "90th percentile of the same first reply times: nine in ten tickets were answered at least this fast.",
      "ticket_facts.first_reply_minutes, as the median"),
  RESOLUTION_P50("Resolution, median", "Resolution p50", CellFormat.DURATION, Direction.DOWN,
      "Median calendar time from creation to the first resolution, over the tickets first solved in the week.",
      "ticket_facts.first_resolution_minutes, tickets whose first_resolution_at falls in the week"),
  RESOLUTION_P90("Resolution, 90th percentile", "Resolution p90", CellFormat.DURATION, Direction.DOWN,
      "90th percentile of the same resolution times.",
      "ticket_facts.first_resolution_minutes, as the median"),
  SLA_FIRST_REPLY("SLA attainment, first reply", "SLA first reply", CellFormat.PERCENT, Direction.UP,
      "Met ÷ (met + breached) of the first reply targets of jobs/sla.yaml, over the tickets created in the week; "
          + "a target still running past its due time counts as breached.",
      "kpi_weekly.sla_first_reply_met and sla_first_reply_breached, line 1 rows summed"),
  SLA_RESOLUTION("SLA attainment, resolution", "SLA resolution", CellFormat.PERCENT, Direction.UP,
      "Met ÷ (met + breached) of the resolution targets, over the tickets first solved in the week "
          + "(reopened tickets are judged on their last solve).",
      "kpi_weekly.sla_resolution_met and sla_resolution_breached, line 1 rows summed"),
  ESCALATION_1_2("Escalation rate, line 1 → 2", "Escalation 1→2", CellFormat.PERCENT, Direction.DOWN,
      "Tickets created in the week that moved from line 1 to line 2 ÷ tickets created in the week at line 1.",
      "kpi_weekly.escalated_up ÷ created_tickets, line 1 rows summed"),
  ESCALATION_2_3("Escalation rate, line 2 → 3", "Escalation 2→3", CellFormat.PERCENT, Direction.DOWN,
      "Of the tickets created in the week that reached line 2, the share that moved on from line 2 to line 3.",
      "kpi_weekly.escalated_up ÷ created_tickets, line 2 rows summed"),
  FIRST_LINE_RESOLUTION("First-line resolution", "First-line resolution", CellFormat.PERCENT, Direction.UP,
      "Tickets solved at line 1 by one group and not reopened within 7 days ÷ tickets whose outcome is decided "
          + "(7 days after their first solve), among those created in the week.",
      "kpi_weekly.flr_resolved ÷ flr_decided, line 1 rows summed"),
  REOPEN_RATE("Reopen rate", "Reopen rate", CellFormat.PERCENT, Direction.DOWN,
      "Tickets first solved in the week that were reopened at least once ÷ tickets first solved in the week.",
      "kpi_weekly.reopened_tickets ÷ solved_tickets, line 1 rows summed"),
  CSAT("CSAT", "CSAT", CellFormat.PERCENT, Direction.UP,
      "Good ratings ÷ ratings given in the week (good, 4 and 5 are good); with its 95% Wilson score interval, "
          + "which stays inside 0–100% and widens when few tickets are rated.",
      "kpi_weekly.csat_good ÷ csat_rated, line 1 rows summed; interval from io.staffline.metrics.stats.Wilson at 95%");

  /** Whether a rise is good news (tiles colour the change green) or bad (red). */
  public enum Direction {
    UP, DOWN, NEUTRAL
  }

  private final String label;
  private final String header;
  private final CellFormat format;
  private final Direction direction;
  private final String definition;
  private final String source;

  Kpi(String label, String header, CellFormat format, Direction direction, String definition, String source) {
    this.label = label;
    this.header = header;
    this.format = format;
    this.direction = direction;
    this.definition = definition;
    this.source = source;
  }

  public String label() {
    return label;
  }

  /** The short column header of the Trends table. */
  public String header() {
    return header;
  }

  public CellFormat format() {
    return format;
  }

  public Direction direction() {
    return direction;
  }

  public String definition() {
    return definition;
  }

  public String source() {
    return source;
  }
}
