package io.staffline.report.planning;

import io.staffline.report.IsoWeek;
import io.staffline.report.planning.Columns.ByLine;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/** A line's week in staffing_by_line: the peak raw and scheduled agents and the agent-hours (Σ agents × interval). */
record LineTotals(int peakRequired, int peakScheduled, double requiredHours, double scheduledHours) {

  static Map<Integer, LineTotals> of(Table byLine, IsoWeek week) {
    Map<Integer, LineTotals> out = new TreeMap<>();
    for (int r : Rows.where(byLine, Rows.inWeek(byLine, ByLine.INTERVAL_START, week), (a, b) -> 0)) {
      double hours = byLine.intColumn(ByLine.INTERVAL_MINUTES).getInt(r) / 60.0;
      int required = byLine.intColumn(ByLine.REQUIRED).getInt(r);
      int scheduled = byLine.intColumn(ByLine.SCHEDULED).getInt(r);
      out.merge(byLine.intColumn(ByLine.TIER).getInt(r),
          new LineTotals(required, scheduled, required * hours, scheduled * hours), LineTotals::add);
    }
    return out;
  }

  private static LineTotals add(LineTotals a, LineTotals b) {
    return new LineTotals(Math.max(a.peakRequired, b.peakRequired), Math.max(a.peakScheduled, b.peakScheduled),
        a.requiredHours + b.requiredHours, a.scheduledHours + b.scheduledHours);
  }
}
