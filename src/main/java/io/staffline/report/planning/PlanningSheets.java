package io.staffline.report.planning;

import io.staffline.report.CellFormat;
import io.staffline.report.Column;
import io.staffline.report.IsoWeek;
import io.staffline.report.SheetWriter;
import io.staffline.report.TableWriter;
import io.staffline.report.planning.Columns.ByLine;
import io.staffline.report.ForecastColumns.Forecast;
import io.staffline.report.planning.Columns.Requirements;
import io.staffline.report.planning.Columns.RotaPatterns;
import io.staffline.report.planning.Columns.RotaSummary;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/** The planning sheets that are tables of a stage's rows: forecast, requirements, rota patterns. */
final class PlanningSheets {
  private PlanningSheets() {}

  static final List<Column> FORECAST_COLUMNS = List.of(Column.text("Team"), Column.text("Channel"),
      Column.of("Line", CellFormat.COUNT), Column.of("Interval start (UTC)", CellFormat.DATE_TIME),
      Column.of("Minutes", CellFormat.COUNT), Column.text("Origin"), Column.text("Method"),
      Column.of("Contacts", CellFormat.DECIMAL), Column.of("Low (80%)", CellFormat.DECIMAL),
      Column.of("High (80%)", CellFormat.DECIMAL), Column.of("AHT", CellFormat.DURATION_SECONDS));

  static void forecast(SheetWriter sheet, IsoWeek week, Optional<Table> forecast) {
    sheet.title("Interval forecast — " + week, week.days() + ". Expected contacts per queue (team × channel × line) "
        + "and interval, with the 80% prediction interval and the expected handle time (forecast table).");
    if (forecast.isEmpty()) {
      sheet.note("No forecast table (--forecast): run the forecast stage first.");
      return;
    }
    Table t = forecast.get();
    TableWriter table = sheet.table("Forecast", FORECAST_COLUMNS);
    for (int r : Rows.where(t, Rows.inWeek(t, Forecast.INTERVAL_START, week), Rows.byText(t, Forecast.TEAM)
        .thenComparing(Rows.byText(t, Forecast.CHANNEL)).thenComparing(Rows.byInt(t, Forecast.TIER))
        .thenComparing(Rows.byInstant(t, Forecast.INTERVAL_START)).thenComparing(Rows.byText(t, Forecast.ORIGIN)))) {
      table.add().text(t.stringColumn(Forecast.TEAM).get(r)).text(t.stringColumn(Forecast.CHANNEL).get(r))
          .count(t.intColumn(Forecast.TIER).getInt(r)).instant(t.instantColumn(Forecast.INTERVAL_START).get(r))
          .count(t.intColumn(Forecast.INTERVAL_MINUTES).getInt(r)).text(t.stringColumn(Forecast.ORIGIN).get(r))
          .text(t.stringColumn(Forecast.METHOD).get(r)).number(Rows.value(t, Forecast.CONTACTS, r), CellFormat.DECIMAL)
          .number(Rows.value(t, Forecast.LO, r), CellFormat.DECIMAL).number(Rows.value(t, Forecast.HI, r), CellFormat.DECIMAL)
          .seconds(Rows.value(t, Forecast.AHT, r));
    }
    sheet.freeze(table.headerRow() + 1, 3).repeatOnEveryPage(table.headerRow());
    table.end("The forecast has no interval in " + week + ".");
  }

  static final List<Column> LINE_COLUMNS = List.of(Column.of("Interval start (UTC)", CellFormat.DATE_TIME),
      Column.of("Line", CellFormat.COUNT), Column.of("Minutes", CellFormat.COUNT),
      Column.of("Required (fractional)", CellFormat.DECIMAL), Column.of("Required agents", CellFormat.COUNT),
      Column.of("Shrinkage", CellFormat.PERCENT), Column.of("Scheduled agents", CellFormat.COUNT));

  static void byLine(SheetWriter sheet, IsoWeek week, Optional<Table> byLine) {
    sheet.title("Requirements per line — " + week, "Agents needed on the phones (raw: the line's queues summed, "
        + "rounded up once) and on the rota (scheduled = raw ÷ (1 − shrinkage), rounded up), per interval "
        + "(staffing_by_line).");
    if (byLine.isEmpty()) {
      sheet.note("No staffing_by_line table (--staffing): run the staffing stage first.");
      return;
    }
    Table t = byLine.get();
    TableWriter table = sheet.table("RequirementsByLine", LINE_COLUMNS);
    for (int r : Rows.where(t, Rows.inWeek(t, ByLine.INTERVAL_START, week),
        Rows.byInstant(t, ByLine.INTERVAL_START).thenComparing(Rows.byInt(t, ByLine.TIER)))) {
      table.add().instant(t.instantColumn(ByLine.INTERVAL_START).get(r)).count(t.intColumn(ByLine.TIER).getInt(r))
          .count(t.intColumn(ByLine.INTERVAL_MINUTES).getInt(r))
          .number(Rows.value(t, ByLine.FRACTIONAL, r), CellFormat.DECIMAL).count(Rows.value(t, ByLine.REQUIRED, r))
          .share(Rows.value(t, ByLine.SHRINKAGE, r)).count(Rows.value(t, ByLine.SCHEDULED, r));
    }
    sheet.freeze(table.headerRow() + 1, 1).repeatOnEveryPage(table.headerRow());
    table.end("staffing_by_line has no interval in " + week + ".");
  }

  static final List<Column> QUEUE_COLUMNS = List.of(Column.text("Team"), Column.text("Channel"),
      Column.of("Line", CellFormat.COUNT), Column.of("Interval start (UTC)", CellFormat.DATE_TIME),
      Column.of("Contacts", CellFormat.DECIMAL), Column.of("AHT", CellFormat.DURATION_SECONDS), Column.text("Model"),
      Column.of("Required (fractional)", CellFormat.DECIMAL), Column.of("Required agents", CellFormat.COUNT),
      Column.of("Service level", CellFormat.PERCENT), Column.of("ASA", CellFormat.DURATION_SECONDS),
      Column.of("Occupancy", CellFormat.PERCENT), Column.of("Abandonment", CellFormat.PERCENT));

  static void byQueue(SheetWriter sheet, IsoWeek week, Optional<Table> requirements) {
    sheet.title("Requirements per queue — " + week, "Each queue's agents per interval and what that staffing "
        + "achieves (staffing_requirements); empty where the model has no such figure.");
    if (requirements.isEmpty()) {
      sheet.note("No staffing_requirements table (--staffing): run the staffing stage first.");
      return;
    }
    Table t = requirements.get();
    TableWriter table = sheet.table("RequirementsByQueue", QUEUE_COLUMNS);
    for (int r : Rows.where(t, Rows.inWeek(t, Requirements.INTERVAL_START, week), Rows.byText(t, Requirements.TEAM)
        .thenComparing(Rows.byText(t, Requirements.CHANNEL)).thenComparing(Rows.byInt(t, Requirements.TIER))
        .thenComparing(Rows.byInstant(t, Requirements.INTERVAL_START)))) {
      table.add().text(t.stringColumn(Requirements.TEAM).get(r)).text(t.stringColumn(Requirements.CHANNEL).get(r))
          .count(t.intColumn(Requirements.TIER).getInt(r)).instant(t.instantColumn(Requirements.INTERVAL_START).get(r))
          .number(Rows.value(t, Requirements.CONTACTS, r), CellFormat.DECIMAL).seconds(Rows.value(t, Requirements.AHT, r))
          .text(t.stringColumn(Requirements.MODEL).get(r))
          .number(Rows.value(t, Requirements.FRACTIONAL, r), CellFormat.DECIMAL)
          .count(Rows.value(t, Requirements.AGENTS, r)).share(Rows.value(t, Requirements.SERVICE_LEVEL, r))
          .seconds(Rows.value(t, Requirements.ASA, r)).share(Rows.value(t, Requirements.OCCUPANCY, r))
          .share(Rows.value(t, Requirements.ABANDONMENT, r));
    }
    sheet.freeze(table.headerRow() + 1, 3).repeatOnEveryPage(table.headerRow());
    table.end("staffing_requirements has no interval in " + week + ".");
  }

  static void rota(SheetWriter sheet, Optional<Table> summary, Optional<Table> patterns) {
    sheet.title("Rota headcount", "How many agents the rota puts on each shift pattern (rota_patterns), and how "
        + "good the solution is (rota_summary: objective, bound and gap of the covering program).");
    sheet.section("Solution per line (0 = all lines together)");
    if (summary.isEmpty()) {
      sheet.note("No rota_summary table (--rota): run the rota stage first.");
    } else {
      Table t = summary.get();
      TableWriter table = sheet.table("RotaSummary", List.of(Column.of("Line", CellFormat.COUNT),
          Column.text("Objective"), Column.text("Status"), Column.of("Objective value", CellFormat.DECIMAL),
          Column.of("Bound", CellFormat.DECIMAL), Column.of("Gap", CellFormat.PERCENT), Column.of("Agents", CellFormat.COUNT),
          Column.of("FTE", CellFormat.DECIMAL), Column.of("Paid hours", CellFormat.HOURS),
          Column.of("Under-covered intervals", CellFormat.COUNT), Column.of("Solve seconds", CellFormat.DECIMAL)));
      for (int r : Rows.where(t, r -> true, Rows.byInt(t, RotaSummary.TIER))) {
        table.add().count(t.intColumn(RotaSummary.TIER).getInt(r)).text(t.stringColumn(RotaSummary.OBJECTIVE).get(r))
            .text(t.stringColumn(RotaSummary.STATUS).get(r))
            .number(Rows.value(t, RotaSummary.OBJECTIVE_VALUE, r), CellFormat.DECIMAL)
            .number(Rows.value(t, RotaSummary.BOUND, r), CellFormat.DECIMAL).share(Rows.value(t, RotaSummary.GAP, r))
            .count(Rows.value(t, RotaSummary.AGENTS, r)).number(Rows.value(t, RotaSummary.FTE, r), CellFormat.DECIMAL)
            .number(Rows.value(t, RotaSummary.PAID_HOURS, r), CellFormat.HOURS).count(Rows.value(t, RotaSummary.UNDER, r))
            .number(Rows.value(t, RotaSummary.SECONDS, r), CellFormat.DECIMAL);
      }
      sheet.skipTo(table.end("rota_summary is empty."));
    }
    sheet.blankRow();
    sheet.section("Headcount per shift pattern");
    if (patterns.isEmpty()) {
      sheet.note("No rota_patterns table (--rota): run the rota stage first.");
      return;
    }
    Table t = patterns.get();
    TableWriter table = sheet.table("RotaPatterns", List.of(Column.of("Line", CellFormat.COUNT), Column.text("Pattern"),
        Column.text("Tour"), Column.text("Start day"), Column.text("Start time"), Column.of("Length (h)", CellFormat.HOURS),
        Column.of("Paid hours per week", CellFormat.HOURS), Column.of("Headcount", CellFormat.COUNT)));
    for (int r : Rows.where(t, r -> true, Rows.byInt(t, RotaPatterns.TIER).thenComparing(Rows.byText(t, RotaPatterns.PATTERN)))) {
      table.add().count(t.intColumn(RotaPatterns.TIER).getInt(r)).text(t.stringColumn(RotaPatterns.PATTERN).get(r))
          .text(t.stringColumn(RotaPatterns.TOUR).get(r)).text(t.stringColumn(RotaPatterns.START_DAY).get(r))
          .text(t.stringColumn(RotaPatterns.START_TIME).get(r))
          .number(Rows.value(t, RotaPatterns.LENGTH, r), CellFormat.HOURS)
          .number(Rows.value(t, RotaPatterns.PAID, r), CellFormat.HOURS).count(Rows.value(t, RotaPatterns.HEADCOUNT, r));
    }
    sheet.skipTo(table.end("The rota chose no pattern."));
  }
}
