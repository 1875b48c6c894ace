package io.staffline.staffing;

import io.staffline.tables.TableOutput;
import io.staffline.staffing.ForecastInput.Forecast;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * {@code staffline staffing}: the forecast → agents per interval and queue, and per line with
 * shrinkage (definitions: docs/staffing.md §11). Read the forecast, size and pool, write both
 * tables to a staging folder and switch the output atomically.
 */
public final class StaffingJob {
  /** What a committed run wrote: the run folder, rows per table, and the plan behind them. */
  public record Result(Path run, Map<String, Integer> tables, StaffingPlan plan) {}

  private final StaffingSettings settings;
  private final Clock clock;

  public StaffingJob(StaffingSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public Result run() {
    Forecast forecast = ForecastInput.read(settings.forecast(), settings.config());
    StaffingPlan plan = StaffingPlan.of(forecast, settings.config(), settings.calendars());
    Map<String, Table> tables = new LinkedHashMap<>();
    tables.put(StaffingTables.REQUIREMENTS,
        StaffingTables.requirements(forecast.asOf(), plan.requirements()));
    tables.put(StaffingTables.BY_LINE, StaffingTables.byLine(forecast.asOf(), plan.lines()));
    return new Result(TableOutput.commit(settings.out(), clock, tables), TableOutput.rowCounts(tables), plan);
  }
}
