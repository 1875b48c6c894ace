package io.staffline.report.planning;

import io.staffline.report.CellFormat;
import io.staffline.report.Charts;
import io.staffline.report.Column;
import io.staffline.report.IsoWeek;
import io.staffline.report.RowCursor;
import io.staffline.report.SheetWriter;
import io.staffline.report.TableWriter;
import io.staffline.report.planning.Columns.RotaCoverage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * Coverage: per interval of the week and per line, the agents the rota must have on shift
 * (rota_coverage.required) against those it covers, with one line chart per line beside the table.
 */
final class CoverageSheet {
  private CoverageSheet() {}

  static final int CHART_ROWS = 20;
  static final int CHART_COLUMNS = 12;

  static String lineName(int tier) {
    return tier == 0 ? "All lines" : "Line " + tier;
  }

  /** Where the coverage table is, for charts elsewhere (the Overview's). */
  record Layout(SheetWriter sheet, TableWriter table, List<Integer> tiers) {
    /** The table column of line {@code tier}'s required agents. */
    int requiredColumn(int tier) {
      return 2 + 3 * tiers.indexOf(tier);
    }
  }

  static Optional<Layout> write(SheetWriter sheet, IsoWeek week, Optional<Table> coverage) {
    sheet.title("Coverage — " + week, week.days() + ". Agents on shift per interval against the requirement "
        + "(rota_coverage); under = intervals short of it.");
    if (coverage.isEmpty()) {
      sheet.note("No rota_coverage table (--rota): run the rota stage first.");
      return Optional.empty();
    }
    Table t = coverage.get();
    TreeSet<Integer> tiers = new TreeSet<>();
    Map<Instant, Map<Integer, int[]>> byInterval = new TreeMap<>();
    for (int r : Rows.where(t, Rows.inWeek(t, RotaCoverage.INTERVAL_START, week), (a, b) -> 0)) {
      int tier = t.intColumn(RotaCoverage.TIER).getInt(r);
      tiers.add(tier);
      byInterval.computeIfAbsent(t.instantColumn(RotaCoverage.INTERVAL_START).get(r), k -> new TreeMap<>())
          .put(tier, new int[] {t.intColumn(RotaCoverage.REQUIRED).getInt(r), t.intColumn(RotaCoverage.COVERED).getInt(r),
              t.intColumn(RotaCoverage.UNDER).getInt(r)});
    }
    List<Column> columns = new ArrayList<>(List.of(Column.of("Interval start (UTC)", CellFormat.DATE_TIME),
        Column.text("Interval")));
    for (int tier : tiers) {
      columns.add(Column.of(lineName(tier) + " required", CellFormat.COUNT));
      columns.add(Column.of(lineName(tier) + " covered", CellFormat.COUNT));
      columns.add(Column.of(lineName(tier) + " under", CellFormat.COUNT));
    }
    TableWriter table = sheet.table("Coverage", columns);
    byInterval.forEach((start, lines) -> {
      RowCursor row = table.add().instant(start).text(Rows.weekSlot(start));
      for (int tier : tiers) {
        int[] v = lines.get(tier);
        if (v == null) {
          row.blank().blank().blank();
        } else {
          row.count(v[0]).count(v[1]).count(v[2]);
        }
      }
    });
    table.end("rota_coverage has no interval in " + week + ".");
    sheet.freeze(table.headerRow() + 1, 2).repeatOnEveryPage(table.headerRow());
    if (table.rows() == 0) {
      return Optional.empty();
    }
    int left = columns.size() + 1;
    int k = 0;
    for (int tier : tiers) {
      int first = 2 + 3 * k;
      List<Charts.Series> series = List.of(
          new Charts.Series(table.headerCell(first), columns.get(first).header(), table.dataRange(first)),
          new Charts.Series(table.headerCell(first + 1), columns.get(first + 1).header(), table.dataRange(first + 1)));
      int top = table.headerRow() + k * (CHART_ROWS + 1);
      Charts.draw(sheet.xssf(), left, top, left + CHART_COLUMNS, top + CHART_ROWS, new Charts.Spec(Charts.Kind.LINE,
          lineName(tier) + ": requirement and coverage", "interval of the week (UTC)", "agents on shift",
          CellFormat.COUNT, sheet.xssf(), table.dataRange(1), series, 0.0, null));
      k++;
    }
    return Optional.of(new Layout(sheet, table, List.copyOf(tiers)));
  }
}
