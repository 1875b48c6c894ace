package io.staffline.job;

import io.staffline.metrics.calendar.CalendarsConfig;
import io.staffline.staffing.StaffingConfig;
import io.staffline.staffing.StaffingJob;
import io.staffline.staffing.StaffingSettings;
import io.staffline.staffing.StaffingSummary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code staffline staffing}: the forecast → agents per interval, queue and line. */
@Command(name = "staffing", mixinStandardHelpOptions = true,
    description = "Agents per interval and queue (Erlang C/A for phone, concurrency for chat, the "
        + "backlog model with business-hours targets for email, web and api), pooled per line with "
        + "shrinkage; prints next week's requirement per line. Definitions: docs/staffing.md.")
public final class StaffingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--forecast", defaultValue = "out/forecast", paramLabel = "DIR",
      description = "Forecast output; reads DIR/current/forecast. Default: ${DEFAULT-VALUE}.")
  Path forecast;

  @Option(names = "--out", defaultValue = "out/staffing", paramLabel = "DIR",
      description = "Staffing folder; tables land in DIR/current/<table>. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--config", defaultValue = "jobs/staffing.yaml", paramLabel = "FILE",
      description = "Models, targets and shrinkage. Default: ${DEFAULT-VALUE}.")
  Path config;

  @Option(names = "--calendars", defaultValue = "jobs/calendars.yaml", paramLabel = "FILE",
      description = "Business-hours calendars (backlog response targets). Default: ${DEFAULT-VALUE}.")
  Path calendars;

  @Option(names = "--week", paramLabel = "MONDAY",
      description = "Print the week starting this Monday (yyyy-MM-dd, UTC). Default: the first "
          + "Monday at or after the forecast's as-of.")
  LocalDate week;

  @Override
  public Integer call() {
    for (Path f : new Path[] {config, calendars}) {
      if (!Files.isRegularFile(f)) {
        throw new ParameterException(spec.commandLine(), "no such file: " + f);
      }
    }
    if (week != null && week.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new ParameterException(spec.commandLine(), "--week " + week + " is a "
          + week.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT) + ", not a Monday");
    }
    StaffingSettings settings = new StaffingSettings(forecast, out, StaffingConfig.load(config),
        CalendarsConfig.load(calendars).toTeamCalendars());
    StaffingJob.Result r = new StaffingJob(settings, Clock.systemUTC()).run();
    PrintWriter o = spec.commandLine().getOut();
    o.printf("Staffing for the forecast as of %s committed: %s%n", r.plan().forecast().asOf(), r.run());
    r.tables().forEach((t, n) -> o.printf("%-22s %,10d%n", t, n));
    o.println();
    o.print(StaffingSummary.of(r.plan(),
        week != null ? week : StaffingSummary.nextWeek(r.plan().forecast().asOf())));
    o.flush();
    return 0;
  }
}
