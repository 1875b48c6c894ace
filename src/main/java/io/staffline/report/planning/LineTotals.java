package io.staffline.report.planning;

import io.staffline.report.IsoWeek;
import io.staffline.report.planning.Columns.ByLine;
import io.staffline.staffing.LineRequirement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/** A line's week in staffing_by_line: the peak raw and scheduled agents and the agent-hours (Σ agents × interval). */
record LineTotals(int peakRequired, int peakScheduled, double requiredHours, double scheduledHours) {

  /** Per line, from the rows of {@code byLine} in {@code week}. */
  static Map<Integer, LineTotals> of(Table byLine, IsoWeek week) {
    Map<Integer, LineTotals> out = new TreeMap<>();
    for (int r : Rows.where(byLine, Rows.inWeek(byLine, ByLine.INTERVAL_START, week), (a, b) -> 0)) {
      out.merge(byLine.intColumn(ByLine.TIER).getInt(r), interval(byLine.intColumn(ByLine.REQUIRED).getInt(r),
          byLine.intColumn(ByLine.SCHEDULED).getInt(r), byLine.intColumn(ByLine.INTERVAL_MINUTES).getInt(r)),
          LineTotals::add);
    }
    return out;
  }

  /** Per line, from the staffing engine's rows (the what-if), added in the same order as the table's. */
  static Map<Integer, LineTotals> of(List<LineRequirement> lines) {
    Map<Integer, LineTotals> out = new TreeMap<>();
    for (LineRequirement l : lines) {
      out.merge(l.tier().number(), interval(l.agents(), l.scheduled(), l.minutes()), LineTotals::add);
    }
    return out;
  }

  private static LineTotals interval(int required, int scheduled, int minutes) {
    double hours = minutes / 60.0;
    return new LineTotals(required, scheduled, required * hours, scheduled * hours);
  }

  private static LineTotals add(LineTotals a, LineTotals b) {
    return new LineTotals(Math.max(a.peakRequired, b.peakRequired), Math.max(a.peakScheduled, b.peakScheduled),
        a.requiredHours + b.requiredHours, a.scheduledHours + b.scheduledHours);
  }
}
