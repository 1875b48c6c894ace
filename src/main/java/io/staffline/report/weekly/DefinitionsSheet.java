package io.staffline.report.weekly;

import io.staffline.report.Column;
import io.staffline.report.SheetWriter;
import io.staffline.report.Styles.Role;
import io.staffline.report.TableWriter;
import java.util.ArrayList;
import java.util.List;

/** Definitions: every figure on the pack in words, with the table and column it comes from (docs/metrics.md). */
final class DefinitionsSheet {
  private DefinitionsSheet() {}

  record Definition(String sheet, String figure, String meaning, String source) {}

  static final int SHEET_WIDTH = 18;
  static final int FIGURE_WIDTH = 28;
  static final int MEANING_WIDTH = 90;
  static final int SOURCE_WIDTH = 48;

  static List<Definition> definitions() {
    List<Definition> d = new ArrayList<>();
    d.add(new Definition("All", "Week", "ISO week, Monday 00:00 to Monday 00:00 UTC. A week is reported only when it "
        + "is complete at the metrics' as-of moment.", "ticket_facts.as_of"));
    d.add(new Definition("All", "Line 1 population", "The tickets kpi_weekly counts in its line 1 rows: every ticket "
        + "that entered line 1 (all tickets, unless a source creates tickets directly at line 2 or 3).",
        "ticket_facts.entered_line_1, entry_tier"));
    for (Kpi k : Kpi.values()) {
      d.add(new Definition("Summary, Trends", k.label(), k.definition(), k.source()));
    }
    d.add(new Definition("Summary, Trends", "CSAT 95% interval", "Wilson score interval of good ÷ rated at 95%: the "
        + "range of satisfaction rates the ratings are consistent with.", "io.staffline.metrics.stats.Wilson"));
    d.add(new Definition("Summary", "Change", "This week minus the previous week: tickets for counts, minutes for "
        + "durations, percentage points for shares. Green = the good direction, red = the bad one.", "Trends"));
    d.add(new Definition("Lines & escalations", "Moves between support lines", "tier_changed events in the week by "
        + "the line before and after: above the diagonal escalations, below it bounce-backs.",
        "tier_flows (flow = line).transitions"));
    d.add(new Definition("Lines & escalations", "Tickets that reached the line", "Tickets created in the week that "
        + "entered the line at some point (line 1: all of them).", "kpi_weekly.created_tickets by tier"));
    d.add(new Definition("Lines & escalations", "Escalated on", "Of those, tickets that moved from this line to the "
        + "next (1 → 2, 2 → 3; a jump 1 → 3 is neither); 0 at line 3.", "kpi_weekly.escalated_up"));
    d.add(new Definition("Lines & escalations", "Bounce-back", "The ticket returned to a lower line at least once.",
        "kpi_weekly.bounced_back"));
    d.add(new Definition("Lines & escalations", "Ping-pong", "The ticket changed direction between lines at least "
        + "twice (e.g. 1 > 2 > 1 > 2).", "kpi_weekly.ping_pong"));
    d.add(new Definition("Lines & escalations", "Dwell", "Open time of one visit to a line (until the ticket moves "
        + "to another line or is solved), for visits that ended in the week; median and p90, calendar time.",
        "tier_dwell.median_dwell_minutes, p90_dwell_minutes"));
    d.add(new Definition("Lines & escalations", "Moves between groups", "group_changed events in the week between "
        + "two groups.", "tier_flows (flow = group).transitions"));
    d.add(new Definition("Agent load", "Agent", "The agent's pseudonymous key from the lake (HMAC of the helpdesk id); "
        + "names never appear in this pack.", "agent_load.agent_key"));
    d.add(new Definition("Agent load", "Tickets touched / owned / solved, public replies", "Distinct tickets with "
        + "any event by the agent / assigned to the agent; solved events by the agent; public replies, in the week.",
        "agent_load.tickets_touched, tickets_owned, tickets_solved, public_replies"));
    d.add(new Definition("Agent load", "Owned open backlog", "Open tickets assigned to the agent at the end of the "
        + "week's Sunday.", "agent_load.owned_open_backlog"));
    d.add(new Definition("Agent load", "Handle hours, occupancy", "Handle time the helpdesk logged with the agent's "
        + "events; occupancy = handle hours ÷ contracted weekly hours (roster).", "agent_load.handle_hours, occupancy"));
    d.add(new Definition("Agent load", "After-hours share", "Share of the agent's events outside the business hours "
        + "of the agent's team calendar.", "agent_load.after_hours_share"));
    d.add(new Definition("Agent load", "Complexity-weighted load", "Σ over tickets touched of line weight (1, 2, 3) "
        + "× priority weight (urgent 2, high 1.5, normal 1, low 0.75).", "agent_load.complexity_weighted_load"));
    d.add(new Definition("Agent load", "CV", "Coefficient of variation across the team's agents on the line: "
        + "population standard deviation ÷ mean. 0 = all equal.", "team_load_balance.solved_cv, weighted_load_cv"));
    d.add(new Definition("Agent load", "Gini", "Σᵢ Σⱼ |xᵢ − xⱼ| ÷ (2 n² mean): 0 = all equal, (n − 1) ÷ n = one agent "
        + "does everything. Agents solving 10, 10 and 40 give 0.333.", "team_load_balance.solved_gini, weighted_load_gini"));
    d.add(new Definition("SLA breaches", "Over target", "Time from the due time to the moment the target was met "
        + "(or the as-of moment if it is not met yet), in the policy's clock.",
        "ticket_facts.sla_first_reply_over_minutes, sla_resolution_over_minutes"));
    d.add(new Definition("SLA breaches", "Outcome", "breached = met after the due time; breached_running = not met "
        + "and past due at the as-of moment.", "ticket_facts.sla_first_reply_outcome, sla_resolution_outcome"));
    d.add(new Definition("Backlog ageing", "Age bucket", "Age of an open ticket at the snapshot (end of the day, "
        + "midnight UTC): 0-1d, 1-3d, 3-7d, 7-14d, 14-30d, 30d+, lower bound included.", "backlog_daily.age_bucket"));
    d.add(new Definition("Backlog ageing", "Open tickets", "Tickets new, open, pending or on hold at the snapshot, "
        + "by the group and line holding them then. Snapshots are never added across days.",
        "backlog_daily.open_tickets"));
    d.add(new Definition("Forecast vs actual", "Forecast", "Expected arrivals from the latest forecast made at or "
        + "before the week's Monday 00:00 UTC, direct and cascade added.", "forecast.contacts"));
    d.add(new Definition("Forecast vs actual", "Actual", "New tickets plus escalations into the queue.",
        "arrivals.arrivals"));
    d.add(new Definition("Forecast vs actual", "WAPE", "Σ |forecast − actual| ÷ Σ actual over the week's intervals "
        + "(weighted absolute percentage error).", "forecast, arrivals"));
    d.add(new Definition("Forecast vs actual", "Bias", "(Σ forecast − Σ actual) ÷ Σ actual: positive = forecast too "
        + "high.", "forecast, arrivals"));
    d.add(new Definition("Forecast vs actual", "MASE", "The backtest's mean absolute error scaled by the seasonal "
        + "naive method's (below 1 = better than last week's same interval).", "forecast_accuracy.mase"));
    d.add(new Definition("Data quality", "Quarantined", "Input rows not accepted, with the reason; rows read = "
        + "accepted + quarantined for every file.", "lake manifest.json, quarantine"));
    return d;
  }

  static void write(SheetWriter sheet) {
    sheet.title("Definitions", "Every figure in this pack, in words; full definitions with worked examples in "
        + "docs/metrics.md and docs/reports.md.");
    TableWriter table = sheet.table("Definitions", List.of(Column.text("Sheet"), Column.text("Figure"),
        Column.text("Definition"), Column.text("Source (table.column)")));
    for (Definition d : definitions()) {
      var row = table.add().as(Role.WRAPPED).text(d.sheet()).text(d.figure()).text(d.meaning()).text(d.source());
      sheet.wrapRow(row.rowIndex(), Math.max(lines(d.meaning(), MEANING_WIDTH), lines(d.source(), SOURCE_WIDTH)));
    }
    table.end("");
    sheet.width(0, SHEET_WIDTH).width(1, FIGURE_WIDTH).width(2, MEANING_WIDTH).width(3, SOURCE_WIDTH);
    sheet.freeze(table.headerRow() + 1, 0).repeatOnEveryPage(table.headerRow());
  }

  private static int lines(String text, int width) {
    return Math.max(1, (text.length() + width - 1) / width);
  }
}
