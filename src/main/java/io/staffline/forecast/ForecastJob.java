package io.staffline.forecast;

import io.staffline.tables.TableOutput;
import io.staffline.metrics.calendar.TeamCalendars;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * {@code staffline forecast}: the metrics tables → {@code forecast} and {@code forecast_accuracy}
 * (docs/forecasting.md, columns: docs/pipeline.md). Read the arrivals and times to escalate, run the
 * forecast, write both tables to a staging folder and switch the output atomically.
 */
public final class ForecastJob {
  /** Where to read and write, and the as-of (null: the end of the last complete day of arrivals). */
  public record Paths(Path metrics, Path out, Instant asOf) {}

  /** What a committed run wrote: table → rows, and the forecast itself. */
  public record Result(Path run, Map<String, Integer> tables, ForecastRun.Plan plan) {}

  private final Paths paths;
  private final ForecastSettings settings;
  private final TeamCalendars calendars;
  private final Clock clock;

  public ForecastJob(Paths paths, ForecastSettings settings, TeamCalendars calendars, Clock clock) {
    this.paths = paths;
    this.settings = settings;
    this.calendars = calendars;
    this.clock = clock;
  }

  public Result run() {
    ArrivalHistory arrivals = MetricsInput.arrivals(paths.metrics());
    EscalationTimes escalationTimes = MetricsInput.escalationTimes(paths.metrics());
    Instant asOf = paths.asOf() != null ? paths.asOf() : arrivals.endOfLastCompleteDay();
    ForecastRun.Plan plan = new ForecastRun(arrivals, escalationTimes, calendars, settings).run(asOf);
    Map<String, Table> tables = new LinkedHashMap<>();
    tables.put(ForecastTables.FORECAST, ForecastTables.forecast(plan));
    tables.put(ForecastTables.ACCURACY, ForecastTables.accuracy(plan));
    return new Result(TableOutput.commit(paths.out(), clock, tables), TableOutput.rowCounts(tables), plan);
  }
}
