package io.staffline.report.weekly;

import io.staffline.report.IsoWeek;
import io.staffline.report.ReportWorkbook;
import io.staffline.report.SheetWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code staffline report weekly}: the managers' pack for one ISO week. Read the tables, work out
 * the week's figures, write the sheets (charts on in-memory sheets, per-agent and per-ticket lists
 * streamed), and move the workbook into place atomically. Sheet by sheet: docs/reports.md.
 */
public final class WeeklyPack {
  private WeeklyPack() {}

  public static final String SUMMARY = "Summary";
  public static final String TRENDS = "Trends";
  public static final String LINES = "Lines & escalations";
  public static final String AGENTS = "Agent load";
  public static final String BREACHES = "SLA breaches";
  public static final String BACKLOG = "Backlog ageing";
  public static final String FORECAST = "Forecast vs actual";
  public static final String QUALITY = "Data quality";
  public static final String DEFINITIONS = "Definitions";
  /** The sheets in order. */
  public static final List<String> SHEETS = List.of(SUMMARY, TRENDS, LINES, AGENTS, BREACHES, BACKLOG, FORECAST,
      QUALITY, DEFINITIONS);

  /** What was written. */
  public record Result(Path file, IsoWeek week) {}

  public static Result write(WeeklySettings settings) {
    WeeklyInputs in = WeeklyInputs.read(settings);
    IsoWeek week = in.reportedWeek(settings.week());
    Map<IsoWeek, WeekFigures> trend = WeekFigures.of(in.kpiWeekly(), in.facts(), in.trendWeeks(week));
    try (ReportWorkbook book = new ReportWorkbook("Weekly support pack " + week)) {
      SheetWriter summary = book.sheet(SUMMARY);
      SheetWriter trends = book.sheet(TRENDS);
      SheetWriter lines = book.sheet(LINES);
      book.reserveStreamed(AGENTS);
      book.reserveStreamed(BREACHES);
      SheetWriter backlog = book.sheet(BACKLOG);
      SheetWriter forecast = book.sheet(FORECAST);
      SheetWriter quality = book.sheet(QUALITY);
      SheetWriter definitions = book.sheet(DEFINITIONS);

      TrendSheet.Layout layout = TrendSheet.write(trends, trend);
      SummarySheet.write(summary, week, trend, in.asOf(), layout, trends.xssf());
      LinesSheet.write(lines, week, in);
      BacklogSheet.write(backlog, week, in.backlog());
      ForecastSheet.write(forecast, week, in, settings.forecast().resolve("current").toString());
      DataQualitySheet.write(quality, in.manifest(), in.quarantine(), settings.lake().toString());
      DefinitionsSheet.write(definitions);
      AgentLoadSheet.write(book.streamed(AGENTS), week, in);
      SlaBreachesSheet.write(book.streamed(BREACHES), week, in, settings.worstBreaches());

      Path file = book.write(settings.outFor(week), in.asOf(), "Support KPIs, " + week + " (" + week.days() + ")");
      return new Result(file, week);
    }
  }
}
