package io.staffline.report.weekly;

import io.staffline.report.CellFormat;
import io.staffline.report.Column;
import io.staffline.report.IsoWeek;
import io.staffline.report.SheetWriter;
import io.staffline.report.Styles.Role;
import io.staffline.report.TableWriter;
import io.staffline.report.UtcText;
import io.staffline.report.ForecastColumns.ForecastAccuracy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Forecast vs actual: the week's arrivals against the forecast made before it began (see
 * {@link ForecastVsActual}), per queue with a total; then the rolling-origin backtest of the methods
 * chosen at that origin (forecast_accuracy). Without forecast tables the sheet says so.
 */
final class ForecastSheet {
  private ForecastSheet() {}

  static final String ALL_QUEUES = "All queues";
  static final List<Column> COLUMNS = List.of(Column.text("Team"), Column.text("Channel"),
      Column.of("Line", CellFormat.COUNT), Column.text("Method"), Column.of("Forecast", CellFormat.DECIMAL),
      Column.of("Actual", CellFormat.COUNT), Column.of("WAPE", CellFormat.PERCENT), Column.of("Bias", CellFormat.PERCENT));

  static void write(SheetWriter sheet, IsoWeek week, WeeklyInputs in, String forecastFolder) {
    sheet.title("Forecast vs actual — " + week, week.days() + ". Arrivals (new tickets and escalations in) per "
        + "queue against the forecast made before the week began.");
    if (in.forecast().isEmpty()) {
      sheet.note("No forecast: there is no forecast table in " + forecastFolder + " (run the forecast stage, or point "
          + "--forecast at its output). Nothing to compare yet.");
      return;
    }
    Optional<ForecastVsActual> cmp = ForecastVsActual.of(in.forecast().get(), in.arrivals(), week);
    if (cmp.isEmpty()) {
      sheet.note("No forecast made at or before " + UtcText.of(week.start()) + " covers " + week + ": the forecast's origins "
          + "are later (a forecast is only judged on weeks it did not see).");
      return;
    }
    ForecastVsActual c = cmp.get();
    sheet.note("Forecast origin (as_of) " + UtcText.of(c.origin()) + "; intervals of " + c.intervalMinutes() + " minutes. WAPE = "
        + "Σ|forecast − actual| ÷ Σ actual over the week's intervals; bias = (Σ forecast − Σ actual) ÷ Σ actual.");
    TableWriter table = sheet.table("ForecastVsActual", COLUMNS);
    for (ForecastVsActual.Queue q : c.queues()) {
      table.add().text(q.key().team()).text(q.key().channel()).count(q.key().tier()).text(q.method())
          .number(q.forecast(), CellFormat.DECIMAL).count(q.actual()).share(q.wape()).share(q.bias());
    }
    int below = table.end("No queue had a forecast or arrivals in the week.");
    ForecastVsActual.Queue all = c.total(ALL_QUEUES);
    sheet.at(below, 0, Role.TOTAL).text(ALL_QUEUES).blank().blank().blank()
        .number(all.forecast(), CellFormat.DECIMAL).count(all.actual()).share(all.wape()).share(all.bias());
    if (c.queuesWithoutForecast() > 0) {
      sheet.note(String.format(java.util.Locale.ROOT, "%d queues had %,.0f arrivals in the week but no forecast at that "
          + "origin; they are not in the table.", c.queuesWithoutForecast(), c.arrivalsWithoutForecast()));
    }
    sheet.freeze(table.headerRow() + 1, 0).repeatOnEveryPage(table.headerRow());
    in.forecastAccuracy().ifPresent(acc -> backtest(sheet, acc, c.origin()));
  }

  private static void backtest(SheetWriter sheet, Table acc, Instant origin) {
    sheet.blankRow();
    sheet.section("Backtest of the chosen methods at that origin (forecast_accuracy)");
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < acc.rowCount(); r++) {
      if (acc.instantColumn(ForecastAccuracy.AS_OF).get(r).equals(origin)
          && Boolean.TRUE.equals(acc.booleanColumn(ForecastAccuracy.CHOSEN).get(r))) {
        rows.add(r);
      }
    }
    rows.sort(Comparator.comparing((Integer r) -> acc.stringColumn(ForecastAccuracy.TEAM).get(r))
        .thenComparing(r -> acc.stringColumn(ForecastAccuracy.CHANNEL).get(r))
        .thenComparing(r -> acc.intColumn(ForecastAccuracy.TIER).getInt(r))
        .thenComparing(r -> acc.stringColumn(ForecastAccuracy.HORIZON).get(r)));
    TableWriter table = sheet.table("Backtest", List.of(Column.text("Team"), Column.text("Channel"),
        Column.of("Line", CellFormat.COUNT), Column.text("Method"), Column.text("Horizon"),
        Column.of("Intervals", CellFormat.COUNT), Column.of("Actual total", CellFormat.DECIMAL),
        Column.of("WAPE", CellFormat.PERCENT), Column.of("Bias", CellFormat.PERCENT), Column.of("MASE", CellFormat.INDEX)));
    for (int r : rows) {
      table.add().text(acc.stringColumn(ForecastAccuracy.TEAM).get(r)).text(acc.stringColumn(ForecastAccuracy.CHANNEL).get(r))
          .count(acc.intColumn(ForecastAccuracy.TIER).getInt(r)).text(acc.stringColumn(ForecastAccuracy.METHOD).get(r))
          .text(acc.stringColumn(ForecastAccuracy.HORIZON).get(r))
          .count(AgentLoadSheet.value(acc, ForecastAccuracy.INTERVALS, r))
          .number(AgentLoadSheet.value(acc, ForecastAccuracy.ACTUAL_TOTAL, r), CellFormat.DECIMAL)
          .share(AgentLoadSheet.value(acc, ForecastAccuracy.WAPE, r))
          .share(AgentLoadSheet.value(acc, ForecastAccuracy.BIAS, r))
          .number(AgentLoadSheet.value(acc, ForecastAccuracy.MASE, r), CellFormat.INDEX);
    }
    sheet.skipTo(table.end("The forecast_accuracy table has no chosen method at that origin."));
  }
}
