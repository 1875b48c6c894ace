package io.staffline.report.weekly;

import io.staffline.report.CellFormat;
import io.staffline.report.Column;
import io.staffline.report.IsoWeek;
import io.staffline.report.SheetWriter;
import io.staffline.report.TableWriter;
import io.staffline.report.weekly.Columns.AgentLoad;
import io.staffline.report.weekly.Columns.Agents;
import io.staffline.report.weekly.Columns.TeamLoadBalance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Agent load (a streamed sheet: one row per agent, any number of agents): each agent's week from
 * agent_load with team and line from the roster, heat-mapped; beside it the imbalance indices of
 * each team and line from team_load_balance. Agents appear only as their pseudonymous keys.
 */
final class AgentLoadSheet {
  private AgentLoadSheet() {}

  static final String NOT_IN_ROSTER = "(not in roster)";
  /** Gap of one column between the agent table and the balance table. */
  static final int BALANCE_COLUMN = 13;

  static final List<Column> AGENT_COLUMNS = List.of(Column.text("Agent"), Column.text("Team"),
      Column.of("Line", CellFormat.COUNT), Column.of("Tickets touched", CellFormat.COUNT),
      Column.of("Tickets owned", CellFormat.COUNT), Column.of("Tickets solved", CellFormat.COUNT),
      Column.of("Public replies", CellFormat.COUNT), Column.of("Owned open backlog", CellFormat.COUNT),
      Column.of("Handle hours", CellFormat.HOURS), Column.of("Occupancy", CellFormat.PERCENT),
      Column.of("After-hours share", CellFormat.PERCENT), Column.of("Complexity-weighted load", CellFormat.HOURS));
  /** Heat-mapped agent columns: solved, handle hours, occupancy, weighted load. */
  static final int[] HEAT_COLUMNS = {5, 8, 9, 11};
  static final List<Column> BALANCE_COLUMNS = List.of(Column.text("Team"), Column.of("Line",
      CellFormat.COUNT), Column.of("Agents", CellFormat.COUNT), Column.of("Solved CV", CellFormat.INDEX),
      Column.of("Solved Gini", CellFormat.INDEX), Column.of("Load CV", CellFormat.INDEX),
      Column.of("Load Gini", CellFormat.INDEX));

  private record Roster(String team, Integer line) {}

  private record AgentRow(String key, Roster roster, int row) {}

  static void write(SheetWriter sheet, IsoWeek week, WeeklyInputs in) {
    sheet.title("Agent load — " + week, week.days() + ". Each agent's own events in the week (agent_load, period "
        + "= week), agents as pseudonymous keys; team and line from the roster. Right: imbalance across each "
        + "team and line (team_load_balance): coefficient of variation and Gini, 0 = perfectly even.");
    int headerRow = sheet.nextRow();
    balance(sheet, week, in.teamLoadBalance(), headerRow);
    Table load = in.agentLoad();
    Map<String, Roster> roster = roster(in.agents());
    List<AgentRow> rows = new ArrayList<>();
    for (int r = 0; r < load.rowCount(); r++) {
      if (AgentLoad.WEEK.equals(load.stringColumn(AgentLoad.PERIOD).get(r))
          && load.dateColumn(AgentLoad.PERIOD_START).get(r).equals(week.monday())) {
        String key = load.stringColumn(AgentLoad.AGENT_KEY).get(r);
        rows.add(new AgentRow(key, roster.getOrDefault(key, new Roster(NOT_IN_ROSTER, null)), r));
      }
    }
    rows.sort(Comparator.comparing((AgentRow a) -> a.roster().team().equals(NOT_IN_ROSTER))
        .thenComparing(a -> a.roster().team())
        .thenComparing(a -> a.roster().line() == null ? Integer.MAX_VALUE : a.roster().line())
        .thenComparing(AgentRow::key));
    TableWriter table = sheet.table("AgentLoad", AGENT_COLUMNS, headerRow, 0);
    for (AgentRow a : rows) {
      int r = a.row();
      table.add().text(a.key()).text(a.roster().team()).count(a.roster().line())
          .count(value(load, AgentLoad.TOUCHED, r)).count(value(load, AgentLoad.OWNED, r))
          .count(value(load, AgentLoad.SOLVED, r)).count(value(load, AgentLoad.REPLIES, r))
          .count(value(load, AgentLoad.OWNED_BACKLOG, r))
          .number(value(load, AgentLoad.HANDLE_HOURS, r), CellFormat.HOURS)
          .share(value(load, AgentLoad.OCCUPANCY, r)).share(value(load, AgentLoad.AFTER_HOURS, r))
          .number(value(load, AgentLoad.WEIGHTED_LOAD, r), CellFormat.HOURS);
    }
    table.end("No agent had events in the week.");
    if (table.rows() > 0) {
      for (int c : HEAT_COLUMNS) {
        sheet.heatMap(table.dataRange(c));
      }
    }
    sheet.freeze(headerRow + 1, 1).repeatOnEveryPage(headerRow);
    if (in.agents().isEmpty()) {
      sheet.note("No roster found in the lake (--lake): teams and lines are unknown.");
    }
  }

  private static void balance(SheetWriter sheet, IsoWeek week, Table b, int headerRow) {
    record Line(String team, int tier, int row) {}
    List<Line> lines = new ArrayList<>();
    for (int r = 0; r < b.rowCount(); r++) {
      if (b.dateColumn(TeamLoadBalance.WEEK_START).get(r).equals(week.monday())) {
        lines.add(new Line(b.stringColumn(TeamLoadBalance.TEAM).get(r), b.intColumn(TeamLoadBalance.TIER).getInt(r), r));
      }
    }
    lines.sort(Comparator.comparing(Line::team).thenComparingInt(Line::tier));
    TableWriter table = sheet.table("LoadBalance", BALANCE_COLUMNS, headerRow, BALANCE_COLUMN);
    for (Line l : lines) {
      int r = l.row();
      table.add().text(l.team()).count(l.tier()).count(value(b, TeamLoadBalance.AGENTS, r))
          .number(value(b, TeamLoadBalance.SOLVED_CV, r), CellFormat.INDEX)
          .number(value(b, TeamLoadBalance.SOLVED_GINI, r), CellFormat.INDEX)
          .number(value(b, TeamLoadBalance.LOAD_CV, r), CellFormat.INDEX)
          .number(value(b, TeamLoadBalance.LOAD_GINI, r), CellFormat.INDEX);
    }
    table.end("No team had agents with events in the week.");
    if (table.rows() > 0) {
      sheet.heatMap(table.dataRange(4)).heatMap(table.dataRange(6));
    }
  }

  private static Map<String, Roster> roster(Optional<Table> agents) {
    Map<String, Roster> out = new HashMap<>();
    agents.ifPresent(t -> {
      for (int r = 0; r < t.rowCount(); r++) {
        out.put(t.stringColumn(Agents.AGENT_KEY).get(r), new Roster(t.stringColumn(Agents.TEAM).get(r),
            t.intColumn(Agents.TIER).isMissing(r) ? null : t.intColumn(Agents.TIER).getInt(r)));
      }
    });
    return out;
  }

  /** A numeric cell of any numeric column type, null when missing. */
  static Number value(Table t, String column, int r) {
    var c = t.column(column);
    if (c.isMissing(r)) {
      return null;
    }
    return (Number) c.get(r);
  }
}
