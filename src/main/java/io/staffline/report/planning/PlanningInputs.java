package io.staffline.report.planning;

import io.staffline.ingest.ConcurrentQueries;
import io.staffline.report.IsoWeek;
import io.staffline.report.StageTables;
import io.staffline.report.planning.Columns.ByLine;
import io.staffline.report.ForecastColumns.Forecast;
import io.staffline.report.planning.Columns.Requirements;
import io.staffline.report.planning.Columns.RotaCoverage;
import io.staffline.report.planning.Columns.RotaFairness;
import io.staffline.report.planning.Columns.RotaPatterns;
import io.staffline.report.planning.Columns.RotaRotation;
import io.staffline.report.planning.Columns.RotaSummary;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;

/**
 * The forecast, staffing and rota tables, each optional (a stage not run yet leaves its sheets
 * saying so); the forecast and staffing tables are cut to their latest origin ({@code as_of}).
 */
record PlanningInputs(Optional<Table> forecast, Optional<Table> requirements, Optional<Table> byLine,
    Optional<Table> rotaSummary, Optional<Table> patterns, Optional<Table> coverage, Optional<Table> rotation,
    Optional<Table> fairness, Optional<Instant> asOf) {

  /** The forecast stage's tables under {@code --forecast}. */
  static StageTables forecastStage(PlanningSettings s) {
    return new StageTables(s.forecast(), "--forecast", "the forecast stage");
  }

  static PlanningInputs read(PlanningSettings s) {
    StageTables forecast = forecastStage(s);
    StageTables staffing = new StageTables(s.staffing(), "--staffing", "the staffing stage");
    StageTables rota = new StageTables(s.rota(), "--rota", "the rota stage");
    // The two interval tables are most of the reading: the forecast is read on a second thread.
    CompletableFuture<Optional<Table>> forecastRead = ConcurrentQueries.aside("read-forecast",
        () -> latest(forecast.readIfPresent(Forecast.TABLE, Forecast.READ), Forecast.AS_OF));
    Optional<Table> q = latest(staffing.readIfPresent(Requirements.TABLE, Requirements.READ), Requirements.AS_OF);
    Optional<Table> l = latest(staffing.readIfPresent(ByLine.TABLE, ByLine.READ), ByLine.AS_OF);
    Optional<Table> f = ConcurrentQueries.get(forecastRead);
    Optional<Instant> asOf = Stream.of(asOf(l, ByLine.AS_OF), asOf(q, Requirements.AS_OF), asOf(f, Forecast.AS_OF))
        .flatMap(Optional::stream).findFirst();
    PlanningInputs in = new PlanningInputs(f, q, l, rota.readIfPresent(RotaSummary.TABLE, RotaSummary.READ),
        rota.readIfPresent(RotaPatterns.TABLE, RotaPatterns.READ), rota.readIfPresent(RotaCoverage.TABLE, RotaCoverage.READ),
        rota.readIfPresent(RotaRotation.TABLE, RotaRotation.READ), rota.readIfPresent(RotaFairness.TABLE, RotaFairness.READ),
        asOf);
    if (Stream.of(f, q, l, in.rotaSummary, in.coverage).allMatch(Optional::isEmpty)) {
      throw new IllegalArgumentException("no forecast, staffing or rota tables in " + forecast.folder("") + ", "
          + staffing.folder("") + " or " + rota.folder("") + ": run the planning stages first, or point --forecast, "
          + "--staffing and --rota at their output folders");
    }
    return in;
  }

  /**
   * {@code requested}, or the week the staffing plans (that of its first interval; else the
   * forecast's, else the rota coverage's).
   */
  IsoWeek plannedWeek(Optional<IsoWeek> requested) {
    if (requested.isPresent()) {
      return requested.get();
    }
    return Stream.of(first(byLine, ByLine.INTERVAL_START), first(requirements, Requirements.INTERVAL_START),
            first(forecast, Forecast.INTERVAL_START), first(coverage, RotaCoverage.INTERVAL_START))
        .flatMap(Optional::stream).findFirst().map(IsoWeek::of).orElseThrow();
  }

  private static Optional<Table> latest(Optional<Table> table, String asOfColumn) {
    return table.map(t -> {
      Optional<Instant> last = asOf(Optional.of(t), asOfColumn);
      return last.isEmpty() ? t : t.where(t.instantColumn(asOfColumn).isEqualTo(last.get()));
    });
  }

  private static Optional<Instant> asOf(Optional<Table> table, String column) {
    return table.flatMap(t -> t.instantColumn(column).asList().stream()
        .filter(java.util.Objects::nonNull).max(Instant::compareTo));
  }

  private static Optional<Instant> first(Optional<Table> table, String column) {
    return table.flatMap(t -> t.instantColumn(column).asList().stream()
        .filter(java.util.Objects::nonNull).min(Instant::compareTo));
  }
}
