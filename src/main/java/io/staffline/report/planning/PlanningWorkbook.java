package io.staffline.report.planning;

import io.staffline.ingest.ConcurrentQueries;
import io.staffline.report.IsoWeek;
import io.staffline.report.ReportWorkbook;
import io.staffline.report.SheetWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code staffline report planning}: the planners' workbook for one week. Read the forecast,
 * staffing and rota tables, write the sheets (the coverage chart on an in-memory sheet, the interval
 * tables streamed), run the what-if scenarios through the staffing engine (on a second thread),
 * move the file into place.
 */
public final class PlanningWorkbook {
  private PlanningWorkbook() {}

  public static final String OVERVIEW = "Overview";
  public static final String FORECAST = "Forecast";
  public static final String BY_LINE = "Requirements by line";
  public static final String BY_QUEUE = "Requirements by queue";
  public static final String ROTA = "Rota headcount";
  public static final String COVERAGE = "Coverage";
  public static final String ROTATION = "Rotation";
  public static final String WHAT_IF = "What-if";
  public static final String DEFINITIONS = "Definitions";
  public static final List<String> SHEETS = List.of(OVERVIEW, FORECAST, BY_LINE, BY_QUEUE, ROTA, COVERAGE, ROTATION,
      WHAT_IF, DEFINITIONS);

  public record Result(Path file, IsoWeek week) {}

  public static Result write(PlanningSettings settings) {
    PlanningInputs in = PlanningInputs.read(settings);
    IsoWeek week = in.plannedWeek(settings.week());
    // The what-if scenarios are pure computation on the forecast (a second or more of the
    // staffing engine): they run on a second core while this thread writes the other sheets.
    Optional<CompletableFuture<WhatIf.Outcomes>> whatIfOutcomes = in.forecast().map(f ->
        ConcurrentQueries.aside("what-if", () -> WhatIfSheet.outcomes(week, f, settings)));
    try (ReportWorkbook book = new ReportWorkbook("Planning workbook " + week)) {
      SheetWriter overview = book.sheet(OVERVIEW);
      book.reserveStreamed(FORECAST);
      book.reserveStreamed(BY_LINE);
      book.reserveStreamed(BY_QUEUE);
      SheetWriter rota = book.sheet(ROTA);
      SheetWriter coverage = book.sheet(COVERAGE);
      SheetWriter rotation = book.sheet(ROTATION);
      SheetWriter whatIf = book.sheet(WHAT_IF);
      SheetWriter definitions = book.sheet(DEFINITIONS);

      PlanningSheets.rota(rota, in.rotaSummary(), in.patterns());
      var coverageLayout = CoverageSheet.write(coverage, week, in.coverage());
      OverviewSheet.write(overview, week, in, coverageLayout);
      RotationSheet.write(rotation, in.rotation(), in.fairness());
      PlanningDefinitions.write(definitions);
      PlanningSheets.forecast(book.streamed(FORECAST), week, in.forecast());
      PlanningSheets.byLine(book.streamed(BY_LINE), week, in.byLine());
      PlanningSheets.byQueue(book.streamed(BY_QUEUE), week, in.requirements());
      WhatIfSheet.write(whatIf, week, in, () -> ConcurrentQueries.get(whatIfOutcomes.orElseThrow()));

      Path file = book.write(settings.outFor(week), in.asOf().orElse(week.start()),
          "Staffing plan, " + week + " (" + week.days() + ")");
      return new Result(file, week);
    }
  }
}
