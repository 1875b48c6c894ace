package io.staffline.report.planning;

import io.staffline.report.CellFormat;
import io.staffline.report.Column;
import io.staffline.report.IsoWeek;
import io.staffline.report.SheetWriter;
import io.staffline.report.Styles.Role;
import io.staffline.report.TableWriter;
import io.staffline.report.planning.Columns.ByLine;
import io.staffline.report.planning.Columns.Requirements;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/** What-if: each scenario's peak agents and agent-hours per line, from {@link WhatIf}, beside the staffing stage's own. */
final class WhatIfSheet {
  private WhatIfSheet() {}

  static final String AS_STAFFED = "As staffed (staffing_by_line)";
  static final List<Column> COLUMNS = List.of(Column.text("Scenario"), Column.of("Line", CellFormat.COUNT),
      Column.of("Service-level target", CellFormat.PERCENT), Column.of("Shrinkage change", CellFormat.CHANGE_POINTS),
      Column.of("Handle time", CellFormat.PERCENT), Column.of("Peak required", CellFormat.COUNT),
      Column.of("Peak scheduled", CellFormat.COUNT), Column.of("Required agent-hours", CellFormat.HOURS),
      Column.of("Scheduled agent-hours", CellFormat.HOURS), Column.of("Change in scheduled hours", CellFormat.HOURS),
      Column.of("Change", CellFormat.PERCENT));

  /** The scenarios' outcomes (also what the tests compare). */
  static List<WhatIf.LineOutcome> outcomes(IsoWeek week, Table requirements, Optional<Table> byLine, WhatIfSettings s,
      int[] leftOut) {
    List<WhatIf.QueueInterval> queues = new ArrayList<>();
    for (int r : Rows.where(requirements, Rows.inWeek(requirements, Requirements.INTERVAL_START, week), (a, b) -> 0)) {
      Number contacts = Rows.value(requirements, Requirements.CONTACTS, r);
      Number aht = Rows.value(requirements, Requirements.AHT, r);
      double c = contacts == null ? 0 : contacts.doubleValue();
      if (c > 0 && aht == null) {
        leftOut[0]++;
        continue;
      }
      queues.add(new WhatIf.QueueInterval(requirements.stringColumn(Requirements.TEAM).get(r),
          requirements.stringColumn(Requirements.CHANNEL).get(r), requirements.intColumn(Requirements.TIER).getInt(r),
          requirements.instantColumn(Requirements.INTERVAL_START).get(r),
          requirements.intColumn(Requirements.INTERVAL_MINUTES).getInt(r), c, aht == null ? 0 : aht.doubleValue(),
          QueueKind.of(requirements.stringColumn(Requirements.MODEL).get(r), "staffing_requirements row " + r)));
    }
    Map<WhatIf.LineInterval, Double> shrinkage = new HashMap<>();
    byLine.ifPresent(t -> {
      for (int r : Rows.where(t, Rows.inWeek(t, ByLine.INTERVAL_START, week), (a, b) -> 0)) {
        Number sh = Rows.value(t, ByLine.SHRINKAGE, r);
        shrinkage.put(new WhatIf.LineInterval(t.intColumn(ByLine.TIER).getInt(r), t.instantColumn(ByLine.INTERVAL_START).get(r)),
            sh == null ? 0 : sh.doubleValue());
      }
    });
    return WhatIf.run(queues, shrinkage, s, Scenario.standard());
  }

  static void write(SheetWriter sheet, IsoWeek week, PlanningInputs in, WhatIfSettings s) {
    sheet.title("What-if scenarios — " + week, "Agents per line if the service-level target, shrinkage or handle time "
        + "moved: every queue and interval recomputed by the staffing engine (io.staffline.staffing), not by formulas.");
    if (in.requirements().isEmpty()) {
      sheet.note("No staffing_requirements table (--staffing): the scenarios need each queue's contacts and handle time.");
      return;
    }
    int[] leftOut = {0};
    List<WhatIf.LineOutcome> outcomes = outcomes(week, in.requirements().get(), in.byLine(), s, leftOut);
    sheet.note(String.format(Locale.ROOT, "Baseline: %.0f%% answered within %.0f s; Erlang A patience %.0f s; %d chats "
            + "per agent; backlog answered within %d minutes; shrinkage of staffing_by_line. Scenarios move the target "
            + "and shrinkage by ±%.0f points and handle time by ±%.0f%%.", 100 * s.serviceLevel(), s.answerSeconds(),
        s.patienceSeconds(), s.chatConcurrency(), s.backlogResponseMinutes(), Scenario.POINTS, 100 * Scenario.AHT_STEP));
    if (leftOut[0] > 0) {
      sheet.note(leftOut[0] + " queue intervals with contacts but no handle time were left out.");
    }
    Map<Integer, WhatIf.LineOutcome> baseline = new TreeMap<>();
    outcomes.stream().filter(o -> o.scenario().equals(Scenario.BASELINE)).forEach(o -> baseline.put(o.tier(), o));
    TableWriter table = sheet.table("WhatIf", COLUMNS);
    for (WhatIf.LineOutcome o : outcomes) {
      Scenario sc = o.scenario();
      double base = baseline.get(o.tier()).scheduledAgentHours();
      double change = o.scheduledAgentHours() - base;
      table.add().text(sc.name()).count(o.tier()).share(sc.serviceLevel(s.serviceLevel()))
          .number(sc.shrinkagePoints(), CellFormat.CHANGE_POINTS).share(sc.ahtFactor()).count(o.peakRequired())
          .count(o.peakScheduled()).number(o.requiredAgentHours(), CellFormat.HOURS)
          .number(o.scheduledAgentHours(), CellFormat.HOURS).number(change, CellFormat.HOURS)
          .share(base == 0 ? null : change / base);
    }
    int below = table.end("No queue interval in " + week + ".");
    sheet.freeze(table.headerRow() + 1, 1).repeatOnEveryPage(table.headerRow());
    in.byLine().ifPresent(t -> asStaffed(sheet, below, week, t));
  }

  /** The staffing stage's own figures per line, for comparison with the baseline. */
  private static void asStaffed(SheetWriter sheet, int row, IsoWeek week, Table t) {
    int r = row;
    for (Map.Entry<Integer, LineTotals> e : LineTotals.of(t, week).entrySet()) {
      LineTotals v = e.getValue();
      sheet.at(r++, 0, Role.TOTAL).text(AS_STAFFED).count(e.getKey()).blank().blank().blank().count(v.peakRequired())
          .count(v.peakScheduled()).number(v.requiredHours(), CellFormat.HOURS)
          .number(v.scheduledHours(), CellFormat.HOURS);
    }
  }
}
