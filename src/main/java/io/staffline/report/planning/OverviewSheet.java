package io.staffline.report.planning;

import io.staffline.report.CellFormat;
import io.staffline.report.Column;
import io.staffline.report.IsoWeek;
import io.staffline.report.RowCursor;
import io.staffline.report.SheetWriter;
import io.staffline.report.TableWriter;
import io.staffline.report.UtcText;
import io.staffline.report.planning.Columns.RotaSummary;
import io.staffline.report.Charts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/** Overview: per line, what the staffing asks for over the week and what the rota provides. */
final class OverviewSheet {
  private OverviewSheet() {}

  static final List<Column> COLUMNS = List.of(Column.text("Line"), Column.of("Peak required", CellFormat.COUNT),
      Column.of("Peak scheduled", CellFormat.COUNT), Column.of("Scheduled agent-hours", CellFormat.HOURS),
      Column.of("Rota agents", CellFormat.COUNT), Column.of("Rota FTE", CellFormat.DECIMAL),
      Column.of("Rota paid hours", CellFormat.HOURS), Column.of("Under-covered intervals", CellFormat.COUNT),
      Column.text("Rota status"), Column.of("Optimality gap", CellFormat.PERCENT));

  static final int CHART_ROWS = 22;
  static final int CHART_COLUMNS = 10;

  static void write(SheetWriter sheet, IsoWeek week, PlanningInputs in, Optional<CoverageSheet.Layout> coverage) {
    sheet.title("Planning workbook — " + week, week.days() + " (UTC) · staffing as of "
        + in.asOf().map(UtcText::of).orElse("(no staffing tables)") + ". Sheets: forecast, requirements per "
        + "line and queue, rota headcount, coverage, rotation, what-if scenarios, definitions.");
    Map<Integer, LineTotals> staffing = in.byLine().map(t -> LineTotals.of(t, week)).orElse(new TreeMap<>());
    Map<Integer, Integer> rota = new TreeMap<>();
    in.rotaSummary().ifPresent(t -> {
      for (int r = 0; r < t.rowCount(); r++) {
        rota.put(t.intColumn(RotaSummary.TIER).getInt(r), r);
      }
    });
    TreeSet<Integer> lines = new TreeSet<>(staffing.keySet());
    lines.addAll(rota.keySet());
    TableWriter table = sheet.table("Overview", COLUMNS);
    for (int tier : lines) {
      RowCursor row = table.add().text(CoverageSheet.lineName(tier));
      LineTotals s = staffing.get(tier);
      if (s == null) {
        row.blank().blank().blank();
      } else {
        row.count(s.peakRequired()).count(s.peakScheduled()).number(s.scheduledHours(), CellFormat.HOURS);
      }
      Integer r = rota.get(tier);
      if (r == null) {
        row.blank().blank().blank().blank().blank().blank();
      } else {
        Table t = in.rotaSummary().get();
        row.count(Rows.value(t, RotaSummary.AGENTS, r)).number(Rows.value(t, RotaSummary.FTE, r), CellFormat.DECIMAL)
            .number(Rows.value(t, RotaSummary.PAID_HOURS, r), CellFormat.HOURS).count(Rows.value(t, RotaSummary.UNDER, r))
            .text(t.stringColumn(RotaSummary.STATUS).get(r)).share(Rows.value(t, RotaSummary.GAP, r));
      }
    }
    sheet.skipTo(table.end("No staffing or rota tables."));
    sheet.note("Peak = the most agents in any interval of the week; agent-hours = Σ agents × interval length. "
        + "Line 0 of the rota is all lines solved together.");
    coverage.ifPresent(c -> chart(sheet, c));
  }

  /** Agents the rota must have on shift, every line over the week (drawn from the Coverage sheet). */
  private static void chart(SheetWriter sheet, CoverageSheet.Layout c) {
    List<Charts.Series> series = new ArrayList<>();
    for (int tier : c.tiers()) {
      int col = c.requiredColumn(tier);
      series.add(new Charts.Series(c.table().headerCell(col), CoverageSheet.lineName(tier) + " required",
          c.table().dataRange(col)));
    }
    int top = sheet.nextRow() + 1;
    Charts.draw(sheet.xssf(), 0, top, CHART_COLUMNS, top + CHART_ROWS, new Charts.Spec(Charts.Kind.LINE,
        "Agents required on shift, per line", "interval of the week (UTC)", "agents", CellFormat.COUNT,
        c.sheet().xssf(), c.table().dataRange(1), series, 0.0, null));
  }
}
