package io.staffline.job;

import io.staffline.metrics.calendar.CalendarsConfig;
import io.staffline.report.IsoWeek;
import io.staffline.report.planning.PlanningSettings;
import io.staffline.report.planning.PlanningWorkbook;
import io.staffline.report.weekly.WeeklyPack;
import io.staffline.report.weekly.WeeklySettings;
import io.staffline.staffing.StaffingConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code staffline report weekly|planning}: the Excel workbooks (docs/reports.md). */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Excel workbooks: the managers' weekly pack and the planners' workbook (docs/reports.md).",
    subcommands = {ReportCommand.Weekly.class, ReportCommand.Planning.class})
public final class ReportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing report: weekly or planning (see --help)");
  }

  /** Reads {@code 2026-W47}. */
  static final class WeekConverter implements ITypeConverter<IsoWeek> {
    @Override
    public IsoWeek convert(String value) {
      try {
        return IsoWeek.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code staffline report weekly}. */
  @Command(name = "weekly", mixinStandardHelpOptions = true,
      description = "The managers' weekly pack for one ISO week: KPI tiles and trend charts, lines and "
          + "escalations, agent load, SLA breaches, backlog ageing, forecast vs actual, data quality, definitions.")
  static final class Weekly implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--week", paramLabel = "YYYY-Www", converter = WeekConverter.class,
        description = "ISO week to report, e.g. 2026-W46. Default: the latest week complete at the metrics' as-of.")
    IsoWeek week;

    @Option(names = "--metrics", defaultValue = "out/metrics", paramLabel = "DIR",
        description = "Metrics folder (tables in DIR/current/). Default: ${DEFAULT-VALUE}.")
    Path metrics;

    @Option(names = "--lake", defaultValue = "out/lake", paramLabel = "DIR",
        description = "Lake (roster keys, quarantine, manifest). Default: ${DEFAULT-VALUE}.")
    Path lake;

    @Option(names = "--forecast", defaultValue = "out/forecast", paramLabel = "DIR",
        description = "Forecast folder; without it the forecast sheet says so. Default: ${DEFAULT-VALUE}.")
    Path forecast;

    @Option(names = "--out", paramLabel = "FILE",
        description = "Workbook to write. Default: out/reports/weekly-<week>.xlsx.")
    Path out;

    @Option(names = "--breaches", defaultValue = "50", paramLabel = "N",
        description = "How many of the worst SLA breaches to list. Default: ${DEFAULT-VALUE}.")
    int breaches;

    @Override
    public Integer call() {
      long started = System.nanoTime();
      WeeklyPack.Result r = WeeklyPack.write(new WeeklySettings(metrics, lake, forecast, Optional.ofNullable(out),
          Optional.ofNullable(week), breaches));
      PrintWriter o = spec.commandLine().getOut();
      o.printf("Weekly pack for %s (%s) written: %s (%.1f s)%n", r.week(), r.week().days(), r.file(),
          (System.nanoTime() - started) / 1e9);
      o.flush();
      return 0;
    }
  }

  /** {@code staffline report planning}. */
  @Command(name = "planning", mixinStandardHelpOptions = true,
      description = "The planners' workbook for one ISO week: interval forecast, requirements per line and queue, "
          + "rota headcount, coverage chart, rotation, what-if scenarios computed by the staffing engine.")
  static final class Planning implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--week", paramLabel = "YYYY-Www", converter = WeekConverter.class,
        description = "ISO week to plan. Default: the week of the staffing tables' first interval.")
    IsoWeek week;

    @Option(names = "--forecast", defaultValue = "out/forecast", paramLabel = "DIR",
        description = "Forecast folder. Default: ${DEFAULT-VALUE}.")
    Path forecast;

    @Option(names = "--staffing", defaultValue = "out/staffing", paramLabel = "DIR",
        description = "Staffing folder. Default: ${DEFAULT-VALUE}.")
    Path staffing;

    @Option(names = "--rota", defaultValue = "out/rota", paramLabel = "DIR",
        description = "Rota folder. Default: ${DEFAULT-VALUE}.")
    Path rota;

    @Option(names = "--out", paramLabel = "FILE",
        description = "Workbook to write. Default: out/reports/planning-<week>.xlsx.")
    Path out;

    @Option(names = "--staffing-config", defaultValue = "jobs/staffing.yaml", paramLabel = "FILE",
        description = "The staffing stage's settings, which the what-if re-runs it with (staffline staffing "
            + "--config). Default: ${DEFAULT-VALUE}.")
    Path staffingConfig;

    @Option(names = "--calendars", defaultValue = "jobs/calendars.yaml", paramLabel = "FILE",
        description = "The team calendars the staffing stage used (backlog response targets). "
            + "Default: ${DEFAULT-VALUE}.")
    Path calendars;

    @Override
    public Integer call() {
      long started = System.nanoTime();
      requireFile("--staffing-config", staffingConfig);
      requireFile("--calendars", calendars);
      PlanningWorkbook.Result r = PlanningWorkbook.write(new PlanningSettings(forecast, staffing, rota,
          Optional.ofNullable(out), Optional.ofNullable(week), StaffingConfig.load(staffingConfig),
          CalendarsConfig.load(calendars).toTeamCalendars()));
      PrintWriter o = spec.commandLine().getOut();
      o.printf("Planning workbook for %s (%s) written: %s (%.1f s)%n", r.week(), r.week().days(), r.file(),
          (System.nanoTime() - started) / 1e9);
      o.flush();
      return 0;
    }

    private void requireFile(String option, Path file) {
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), option + ": no such file: " + file);
      }
    }
  }
}
