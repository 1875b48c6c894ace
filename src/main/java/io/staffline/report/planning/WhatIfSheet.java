package io.staffline.report.planning;

import io.staffline.report.CellFormat;
import io.staffline.report.Column;
import io.staffline.report.IsoWeek;
import io.staffline.report.SheetWriter;
import io.staffline.report.Styles.Role;
import io.staffline.report.TableWriter;
import io.staffline.report.ForecastColumns;
import io.staffline.staffing.ForecastInput;
import io.staffline.staffing.ForecastInput.Forecast;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * What-if: each scenario's peak agents and agent-hours per line, from {@link WhatIf}, beside the staffing stage's own
 * (which the baseline equals).
 */
final class WhatIfSheet {
  private WhatIfSheet() {}

  static final String AS_STAFFED = "As staffed (staffing_by_line)";
  static final List<Column> COLUMNS = List.of(Column.text("Scenario"), Column.of("Line", CellFormat.COUNT),
      Column.of("Service-level change", CellFormat.CHANGE_POINTS), Column.of("Shrinkage", CellFormat.PERCENT),
      Column.of("Handle time", CellFormat.PERCENT), Column.of("Peak required", CellFormat.COUNT),
      Column.of("Peak scheduled", CellFormat.COUNT), Column.of("Required agent-hours", CellFormat.HOURS),
      Column.of("Scheduled agent-hours", CellFormat.HOURS), Column.of("Change in scheduled hours", CellFormat.HOURS),
      Column.of("Change", CellFormat.PERCENT));

  /** The scenarios' outcomes for {@code week} (also what the tests compare). */
  static WhatIf.Outcomes outcomes(IsoWeek week, Table forecast, PlanningSettings settings) {
    String table = PlanningInputs.forecastStage(settings).folder(ForecastColumns.Forecast.TABLE).toString();
    Forecast staffed = ForecastInput.of(forecast, table, settings.staffingConfig());
    return WhatIf.run(staffed, settings.staffingConfig(), settings.calendars(), week.start(), week.end(),
        Scenario.standard());
  }

  /**
   * The sheet, with the scenarios' outcomes from {@code outcomes} ({@link #outcomes}; asked for
   * only when there is a forecast: the workbook computes them on a second thread while it writes
   * the other sheets).
   */
  static void write(SheetWriter sheet, IsoWeek week, PlanningInputs in, Supplier<WhatIf.Outcomes> outcomes) {
    sheet.title("What-if scenarios — " + week, "Agents per line if the service-level target, shrinkage or handle time "
        + "moved: the staffing engine (io.staffline.staffing) re-run on the forecast with the staffing stage's own "
        + "settings, moved; not formulas.");
    if (in.forecast().isEmpty()) {
      sheet.note("No forecast table (--forecast): the scenarios re-run the staffing stage on it.");
      return;
    }
    WhatIf.Outcomes computed = outcomes.get();
    sheet.note("Baseline: the forecast sized with the staffing stage's own settings (--staffing-config, --calendars), "
        + "so it equals staffing_by_line, shown below the table.");
    sheet.note("Service level: the target of every phone and chat setting ±" + Scenario.points(Scenario.POINTS)
        + " (deferred work keeps its response target). Shrinkage: every line ±" + Scenario.points(Scenario.POINTS)
        + ". Handle time: every AHT of the forecast, and every default standing in for one, ±"
        + Scenario.percent(Scenario.AHT_STEP) + ".");
    for (WhatIf.NotComputed n : computed.notComputed()) {
      sheet.note(n.scenario().name() + ": not computed, " + n.reason() + ".");
    }
    Map<Integer, LineTotals> baseline = new TreeMap<>();
    computed.lines().stream().filter(o -> o.scenario().equals(Scenario.BASELINE))
        .forEach(o -> baseline.put(o.tier(), o.totals()));
    TableWriter table = sheet.table("WhatIf", COLUMNS);
    for (WhatIf.LineOutcome o : computed.lines()) {
      Scenario sc = o.scenario();
      LineTotals v = o.totals();
      Optional<Double> base = Optional.ofNullable(baseline.get(o.tier())).map(LineTotals::scheduledHours);
      Double change = base.map(b -> v.scheduledHours() - b).orElse(null);
      table.add().text(sc.name()).count(o.tier()).number(points(sc.serviceLevelChange()), CellFormat.CHANGE_POINTS)
          .share(o.shrinkage()).share(sc.ahtFactor()).count(v.peakRequired()).count(v.peakScheduled())
          .number(v.requiredHours(), CellFormat.HOURS).number(v.scheduledHours(), CellFormat.HOURS)
          .number(change, CellFormat.HOURS).share(base.filter(b -> b != 0).map(b -> change / b).orElse(null));
    }
    int below = table.end("The forecast has no interval in " + week + ".");
    sheet.freeze(table.headerRow() + 1, 1).repeatOnEveryPage(table.headerRow());
    in.byLine().ifPresent(t -> asStaffed(sheet, below, LineTotals.of(t, week), baseline));
  }

  /** The staffing stage's own figures per line, and a note when the baseline differs from them. */
  private static void asStaffed(SheetWriter sheet, int row, Map<Integer, LineTotals> staffed,
      Map<Integer, LineTotals> baseline) {
    int r = row;
    for (Map.Entry<Integer, LineTotals> e : staffed.entrySet()) {
      LineTotals v = e.getValue();
      sheet.at(r++, 0, Role.TOTAL).text(AS_STAFFED).count(e.getKey()).blank().blank().blank().count(v.peakRequired())
          .count(v.peakScheduled()).number(v.requiredHours(), CellFormat.HOURS)
          .number(v.scheduledHours(), CellFormat.HOURS);
    }
    TreeSet<Integer> lines = new TreeSet<>(staffed.keySet());
    lines.addAll(baseline.keySet());
    String differ = lines.stream().filter(l -> !Objects.equals(staffed.get(l), baseline.get(l))).map(String::valueOf)
        .collect(Collectors.joining(", "));
    if (!differ.isEmpty()) {
      sheet.at(r + 1, 0, Role.NOTE).text("The baseline differs from staffing_by_line on line " + differ + ": the "
          + "staffing stage sized another forecast, or used other settings than --staffing-config and --calendars.");
    }
  }

  private static double points(BigDecimal change) {
    return change.movePointRight(2).doubleValue();
  }
}
