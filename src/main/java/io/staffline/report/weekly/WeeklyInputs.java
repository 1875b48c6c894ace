package io.staffline.report.weekly;

import io.staffline.ingest.Lake;
import io.staffline.report.IsoWeek;
import io.staffline.report.StageTables;
import io.staffline.report.UtcText;
import io.staffline.report.weekly.Columns.AgentLoad;
import io.staffline.report.weekly.Columns.Agents;
import io.staffline.report.weekly.Columns.Arrivals;
import io.staffline.report.weekly.Columns.BacklogDaily;
import io.staffline.report.weekly.Columns.Facts;
import io.staffline.report.ForecastColumns.Forecast;
import io.staffline.report.ForecastColumns.ForecastAccuracy;
import io.staffline.report.weekly.Columns.KpiWeekly;
import io.staffline.report.weekly.Columns.Quarantine;
import io.staffline.report.weekly.Columns.TeamLoadBalance;
import io.staffline.report.weekly.Columns.TierDwell;
import io.staffline.report.weekly.Columns.TierFlows;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * Everything the weekly pack reads: the metrics tables (required), the lake's roster keys,
 * quarantine and manifest, and the forecast tables (optional: the sheets that need them say so
 * when they are missing).
 */
record WeeklyInputs(Instant asOf, Table kpiWeekly, Table facts, Table tierFlows, Table tierDwell, Table agentLoad,
    Table teamLoadBalance, Table backlog, Table arrivals, Optional<Table> agents, Optional<Table> quarantine,
    Optional<Manifest> manifest, Optional<Table> forecast, Optional<Table> forecastAccuracy) {

  /** Weeks the trend shows, the reported week last. */
  static final int TREND_WEEKS = 12;

  static WeeklyInputs read(WeeklySettings s) {
    StageTables metrics = new StageTables(s.metrics(), "--metrics", "staffline metrics");
    StageTables lake = new StageTables(s.lake(), "--lake", "staffline ingest");
    StageTables forecasts = new StageTables(s.forecast(), "--forecast", "the forecast stage");
    Table facts = metrics.read(Facts.TABLE, Facts.READ);
    if (facts.rowCount() == 0) {
      throw new IllegalArgumentException("table " + Facts.TABLE + " at " + metrics.folder(Facts.TABLE)
          + " has no rows: there is nothing to report");
    }
    Path manifest = s.lake().resolve(Lake.CURRENT).resolve("manifest.json");
    return new WeeklyInputs(facts.instantColumn(Facts.AS_OF).get(0),
        metrics.read(KpiWeekly.TABLE, KpiWeekly.READ), facts,
        metrics.read(TierFlows.TABLE, TierFlows.READ), metrics.read(TierDwell.TABLE, TierDwell.READ),
        metrics.read(AgentLoad.TABLE, AgentLoad.READ), metrics.read(TeamLoadBalance.TABLE, TeamLoadBalance.READ),
        metrics.read(BacklogDaily.TABLE, BacklogDaily.READ), metrics.read(Arrivals.TABLE, Arrivals.READ),
        lake.readIfPresent(Agents.TABLE, Agents.READ), lake.readIfPresent(Quarantine.TABLE, Quarantine.READ),
        Manifest.exists(manifest) ? Optional.of(Manifest.read(manifest)) : Optional.empty(),
        forecasts.readIfPresent(Forecast.TABLE, Forecast.READ),
        forecasts.readIfPresent(ForecastAccuracy.TABLE, ForecastAccuracy.READ));
  }

  /** The weeks that have KPI rows, in order. */
  TreeSet<IsoWeek> weeksWithKpis() {
    TreeSet<IsoWeek> weeks = new TreeSet<>();
    for (LocalDate d : kpiWeekly.dateColumn(KpiWeekly.PERIOD_START)) {
      weeks.add(IsoWeek.of(d));
    }
    return weeks;
  }

  /**
   * {@code requested}, or the latest week complete at the metrics' as-of moment; either must be
   * complete (a week still running would show half a week as if it were whole) and in the tables.
   */
  IsoWeek reportedWeek(Optional<IsoWeek> requested) {
    TreeSet<IsoWeek> weeks = weeksWithKpis();
    IsoWeek latest = IsoWeek.lastCompleteAt(asOf);
    IsoWeek week = requested.orElse(latest);
    String range = weeks.isEmpty() ? "none" : weeks.first() + " to " + weeks.last();
    if (week.end().isAfter(asOf)) {
      throw new IllegalArgumentException("week " + week + " (" + week.days() + ") is not complete: the metrics are as of "
          + UtcText.of(asOf) + "; the latest complete week is " + latest + " (weeks in the metrics: " + range + ")");
    }
    if (!weeks.contains(week)) {
      throw new IllegalArgumentException("week " + week + " has no rows in " + KpiWeekly.TABLE
          + " (weeks in the metrics: " + range + ")");
    }
    return week;
  }

  /** Up to {@link #TREND_WEEKS} weeks ending with {@code week}, none before the metrics begin. */
  List<IsoWeek> trendWeeks(IsoWeek week) {
    IsoWeek first = weeksWithKpis().first();
    List<IsoWeek> out = new ArrayList<>();
    for (int back = TREND_WEEKS - 1; back >= 0; back--) {
      IsoWeek w = week.minusWeeks(back);
      if (w.compareTo(first) >= 0) {
        out.add(w);
      }
    }
    return out;
  }
}
