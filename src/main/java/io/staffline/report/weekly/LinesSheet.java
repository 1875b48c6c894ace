package io.staffline.report.weekly;

import io.staffline.report.CellFormat;
import io.staffline.report.Column;
import io.staffline.report.IsoWeek;
import io.staffline.report.RowCursor;
import io.staffline.report.SheetWriter;
import io.staffline.report.TableWriter;
import io.staffline.report.weekly.Columns.KpiWeekly;
import io.staffline.report.weekly.Columns.TierDwell;
import io.staffline.report.weekly.Columns.TierFlows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * Lines &amp; escalations: the line-to-line move matrix of the week (tier_flows), each line's
 * escalations, bounce-backs and dwell (kpi_weekly, tier_dwell), the rates by entry team, and the
 * most frequent moves between groups.
 */
final class LinesSheet {
  private LinesSheet() {}

  static final int LINES = 3;
  static final int TOP_GROUP_MOVES = 15;

  static void write(SheetWriter sheet, IsoWeek week, WeeklyInputs in) {
    sheet.title("Lines & escalations — " + week, week.days() + ". Moves are events in the week; rates are of "
        + "the tickets created in the week (cohort), as in kpi_weekly.");
    moveMatrix(sheet, week, in.tierFlows());
    sheet.blankRow();
    perLine(sheet, week, in);
    sheet.blankRow();
    byTeam(sheet, week, in.kpiWeekly());
    sheet.blankRow();
    groupMoves(sheet, week, in.tierFlows());
  }

  private static void moveMatrix(SheetWriter sheet, IsoWeek week, Table flows) {
    sheet.section("Moves between support lines in the week");
    sheet.note("tier_changed events by the line before (rows) and after (columns): above the diagonal are "
        + "escalations, below it bounce-backs to a lower line.");
    long[][] moves = new long[LINES + 1][LINES + 1];
    for (int r = 0; r < flows.rowCount(); r++) {
      if (flows.dateColumn(TierFlows.WEEK_START).get(r).equals(week.monday())
          && TierFlows.LINE.equals(flows.stringColumn(TierFlows.FLOW).get(r))) {
        int from = line(flows.stringColumn(TierFlows.FROM).get(r));
        int to = line(flows.stringColumn(TierFlows.TO).get(r));
        if (from > 0 && to > 0) {
          moves[from][to] += flows.longColumn(TierFlows.TRANSITIONS).getLong(r);
        }
      }
    }
    List<Column> columns = new ArrayList<>(List.of(Column.text("From line \\ to line")));
    for (int t = 1; t <= LINES; t++) {
      columns.add(Column.of("To line " + t, CellFormat.COUNT));
    }
    columns.add(Column.of("Moves out", CellFormat.COUNT));
    TableWriter table = sheet.table("LineMoves", columns);
    for (int f = 1; f <= LINES; f++) {
      RowCursor row = table.add().text("Line " + f);
      long out = 0;
      for (int t = 1; t <= LINES; t++) {
        if (f == t) {
          row.blank();
        } else {
          row.count(moves[f][t]);
          out += moves[f][t];
        }
      }
      row.count(out);
    }
    sheet.skipTo(table.end("No moves."));
  }

  /** "1", "2", "3" → the line; anything else (a cleared line) → 0. */
  private static int line(String value) {
    return switch (value == null ? "" : value) {
      case "1" -> 1;
      case "2" -> 2;
      case "3" -> 3;
      default -> 0;
    };
  }

  private static void perLine(SheetWriter sheet, IsoWeek week, WeeklyInputs in) {
    sheet.section("Support lines");
    sheet.note("Tickets created in the week that reached each line; dwell is the open time of visits to the "
        + "line that ended in the week (tier_dwell).");
    TableWriter table = sheet.table("Lines", List.of(Column.text("Line"),
        Column.of("Tickets that reached the line", CellFormat.COUNT), Column.of("Escalated on", CellFormat.COUNT),
        Column.of("Escalation rate", CellFormat.PERCENT), Column.of("Bounced back", CellFormat.COUNT),
        Column.of("Bounce-back rate", CellFormat.PERCENT), Column.of("Ping-pong", CellFormat.COUNT),
        Column.of("Visits ended", CellFormat.COUNT), Column.of("Dwell median", CellFormat.DURATION),
        Column.of("Dwell p90", CellFormat.DURATION)));
    Map<Integer, KpiSums> sums = KpiSums.by(in.kpiWeekly(), inWeek(in.kpiWeekly(), week),
        r -> in.kpiWeekly().intColumn(KpiWeekly.TIER).getInt(r));
    Table dwell = in.tierDwell();
    for (int line = 1; line <= LINES; line++) {
      KpiSums s = sums.getOrDefault(line, new KpiSums());
      RowCursor row = table.add().text("Line " + line).count(s.get(KpiWeekly.CREATED))
          .count(s.get(KpiWeekly.ESCALATED_UP))
          .share(s.rate(KpiWeekly.ESCALATED_UP, KpiWeekly.CREATED))
          .count(s.get(KpiWeekly.BOUNCED_BACK))
          .share(s.rate(KpiWeekly.BOUNCED_BACK, KpiWeekly.CREATED))
          .count(s.get(KpiWeekly.PING_PONG));
      int d = dwellRow(dwell, week, line);
      if (d < 0) {
        row.count(0).blank().blank();
      } else {
        row.count(dwell.longColumn(TierDwell.VISITS_ENDED).getLong(d))
            .minutes(dwell.doubleColumn(TierDwell.MEDIAN).getDouble(d))
            .minutes(dwell.doubleColumn(TierDwell.P90).getDouble(d));
      }
    }
    sheet.skipTo(table.end("No lines."));
  }

  private static int dwellRow(Table dwell, IsoWeek week, int line) {
    for (int r = 0; r < dwell.rowCount(); r++) {
      if (dwell.dateColumn(TierDwell.WEEK_START).get(r).equals(week.monday())
          && dwell.intColumn(TierDwell.TIER).getInt(r) == line) {
        return r;
      }
    }
    return -1;
  }

  private static void byTeam(SheetWriter sheet, IsoWeek week, Table kpi) {
    sheet.section("By entry team");
    sheet.note("Line 1 rows of each entry team; the 2 → 3 rate is of the team's tickets that reached line 2. "
        + "Sorted by team.");
    TableWriter table = sheet.table("Teams", List.of(Column.text("Entry team"),
        Column.of("Created", CellFormat.COUNT), Column.of("Escalated 1 → 2", CellFormat.COUNT),
        Column.of("Rate 1 → 2", CellFormat.PERCENT), Column.of("Reached line 2", CellFormat.COUNT),
        Column.of("Escalated 2 → 3", CellFormat.COUNT), Column.of("Rate 2 → 3", CellFormat.PERCENT),
        Column.of("Bounce-back rate", CellFormat.PERCENT), Column.of("First-line resolution", CellFormat.PERCENT),
        Column.of("Reopen rate", CellFormat.PERCENT), Column.of("SLA first reply", CellFormat.PERCENT),
        Column.of("SLA resolution", CellFormat.PERCENT)));
    Map<String, KpiSums> line1 = KpiSums.by(kpi, onLine(kpi, week, 1), r -> kpi.stringColumn(KpiWeekly.TEAM).get(r));
    Map<String, KpiSums> line2 = KpiSums.by(kpi, onLine(kpi, week, 2), r -> kpi.stringColumn(KpiWeekly.TEAM).get(r));
    for (Map.Entry<String, KpiSums> e : line1.entrySet()) {
      KpiSums a = e.getValue();
      KpiSums b = line2.getOrDefault(e.getKey(), new KpiSums());
      table.add().text(e.getKey()).count(a.get(KpiWeekly.CREATED))
          .count(a.get(KpiWeekly.ESCALATED_UP))
          .share(a.rate(KpiWeekly.ESCALATED_UP, KpiWeekly.CREATED))
          .count(b.get(KpiWeekly.CREATED))
          .count(b.get(KpiWeekly.ESCALATED_UP))
          .share(b.rate(KpiWeekly.ESCALATED_UP, KpiWeekly.CREATED))
          .share(a.rate(KpiWeekly.BOUNCED_BACK, KpiWeekly.CREATED))
          .share(a.rate(KpiWeekly.FLR_RESOLVED, KpiWeekly.FLR_DECIDED))
          .share(a.rate(KpiWeekly.REOPENED, KpiWeekly.SOLVED))
          .share(a.attainment(KpiWeekly.SLA_FIRST_REPLY_MET, KpiWeekly.SLA_FIRST_REPLY_BREACHED))
          .share(a.attainment(KpiWeekly.SLA_RESOLUTION_MET, KpiWeekly.SLA_RESOLUTION_BREACHED));
    }
    sheet.skipTo(table.end("No tickets created in the week."));
  }

  private static void groupMoves(SheetWriter sheet, IsoWeek week, Table flows) {
    sheet.section("Most frequent moves between groups");
    sheet.note("group_changed events in the week (tier_flows, flow = group), the " + TOP_GROUP_MOVES
        + " most frequent; (none) is a group cleared or set from none.");
    record Move(String from, String to, long moves) {}
    List<Move> moves = new ArrayList<>();
    for (int r = 0; r < flows.rowCount(); r++) {
      if (flows.dateColumn(TierFlows.WEEK_START).get(r).equals(week.monday())
          && TierFlows.GROUP.equals(flows.stringColumn(TierFlows.FLOW).get(r))) {
        moves.add(new Move(flows.stringColumn(TierFlows.FROM).get(r), flows.stringColumn(TierFlows.TO).get(r),
            flows.longColumn(TierFlows.TRANSITIONS).getLong(r)));
      }
    }
    moves.sort(Comparator.comparingLong(Move::moves).reversed().thenComparing(Move::from).thenComparing(Move::to));
    TableWriter table = sheet.table("GroupMoves", List.of(Column.text("From group"), Column.text("To group"),
        Column.of("Moves", CellFormat.COUNT)));
    moves.stream().limit(TOP_GROUP_MOVES).forEach(m -> table.add().text(m.from()).text(m.to()).count(m.moves()));
    sheet.skipTo(table.end("No moves between groups in the week."));
  }

  static java.util.function.IntPredicate inWeek(Table kpi, IsoWeek week) {
    return r -> kpi.dateColumn(KpiWeekly.PERIOD_START).get(r).equals(week.monday());
  }

  private static java.util.function.IntPredicate onLine(Table kpi, IsoWeek week, int line) {
    return inWeek(kpi, week).and(r -> kpi.intColumn(KpiWeekly.TIER).getInt(r) == line);
  }
}
