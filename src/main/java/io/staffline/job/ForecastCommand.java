package io.staffline.job;

import io.staffline.forecast.ArrivalHistory;
import io.staffline.forecast.ForecastConfig;
import io.staffline.forecast.ForecastJob;
import io.staffline.forecast.ForecastSettings;
import io.staffline.forecast.ForecastSummary;
import io.staffline.forecast.Holdout;
import io.staffline.forecast.MetricsInput;
import io.staffline.metrics.calendar.CalendarsConfig;
import io.staffline.metrics.calendar.TeamCalendars;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code staffline forecast}: arrivals per queue and interval, backtested, with the tier cascade. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = "Forecast contacts per queue (team × channel × line) and interval from the metrics tables, "
        + "choosing each queue's method by a rolling-origin backtest, with 80%% intervals, handle time and the "
        + "line-2/3 cascade (definitions: docs/forecasting.md). With --holdout-weeks N: forecast as of N weeks "
        + "before the end and score against what arrived, writing nothing.")
public final class ForecastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--metrics", defaultValue = "out/metrics", paramLabel = "DIR",
      description = "Metrics output to read (tables under DIR/current/). Default: ${DEFAULT-VALUE}.")
  Path metrics;

  @Option(names = "--out", defaultValue = "out/forecast", paramLabel = "DIR",
      description = "Forecast folder; tables land in DIR/current/<table>. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "Forecast origin, a UTC midnight (e.g. 2026-11-16T00:00:00Z); history is everything before it. "
          + "Default: the end of the last complete day in arrivals.")
  Instant asOf;

  @Option(names = "--config", defaultValue = "jobs/forecast.yaml", paramLabel = "FILE",
      description = "Forecast settings. Default: ${DEFAULT-VALUE}.")
  Path config;

  @Option(names = "--calendars", defaultValue = "jobs/calendars.yaml", paramLabel = "FILE",
      description = "Business-hours calendars (holidays per team). Default: ${DEFAULT-VALUE}.")
  Path calendars;

  @Option(names = "--holdout-weeks", paramLabel = "N",
      description = "Evaluate instead: forecast as of N weeks before the as-of and score those N weeks.")
  Integer holdoutWeeks;

  @Override
  public Integer call() {
    for (Path f : new Path[] {config, calendars}) {
      if (!Files.isRegularFile(f)) {
        throw new ParameterException(spec.commandLine(), "no such file: " + f);
      }
    }
    if (holdoutWeeks != null && holdoutWeeks < 1) {
      throw new ParameterException(spec.commandLine(), "--holdout-weeks must be at least 1, not " + holdoutWeeks);
    }
    ForecastSettings settings = ForecastConfig.load(config);
    TeamCalendars teams = CalendarsConfig.load(calendars).toTeamCalendars();
    PrintWriter o = spec.commandLine().getOut();
    if (holdoutWeeks != null) {
      ArrivalHistory arrivals = MetricsInput.arrivals(metrics);
      Instant end = asOf != null ? asOf : arrivals.endOfLastCompleteDay();
      o.print(Holdout.evaluate(arrivals, MetricsInput.escalationTimes(metrics), teams, settings, end, holdoutWeeks)
          .text());
      o.flush();
      return 0;
    }
    ForecastJob.Result r = new ForecastJob(new ForecastJob.Paths(metrics, out, asOf), settings, teams,
        Clock.systemUTC()).run();
    o.print(ForecastSummary.text(r.plan(), io.staffline.forecast.Seasons.ofMinutes(r.plan().intervalMinutes())));
    o.printf("%nForecast committed: %s%n", r.run());
    r.tables().forEach((t, n) -> o.printf("%-18s %,12d%n", t, n));
    o.flush();
    return 0;
  }
}
