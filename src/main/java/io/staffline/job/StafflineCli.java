package io.staffline.job;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code staffline} command and its subcommands. */
@Command(name = "staffline", mixinStandardHelpOptions = true, version = "Staffline 0.1.0",
    description = "Support analytics and workforce planning batch jobs.",
    subcommands = {IngestCommand.class, MetricsCommand.class, ForecastCommand.class, StaffingCommand.class,
        RotaCommand.class, ReportCommand.class, RunCommand.class, ErlangCommand.class, GenerateCommand.class,
        BenchCommand.class, CommandLine.HelpCommand.class})
public final class StafflineCli implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say which one (see --help)");
  }

  public static void main(String[] args) {
    JitMode.rememberArgs(args);
    JitMode.watchParent(new java.io.PrintWriter(System.err, true));
    System.exit(commandLine().execute(args));
  }

  /** The configured command line (also used by tests). */
  public static CommandLine commandLine() {
    return configure(new CommandLine(new StafflineCli()));
  }

  /** Staffline's error handling on a command line (also for stages run in-process by a pipeline). */
  static CommandLine configure(CommandLine cli) {
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println(line.getColorScheme().errorText("staffline " + line.getCommandName() + ": "
          + (e.getMessage() == null ? e.toString() : e.getMessage())));
      if (System.getenv("STAFFLINE_DEBUG") != null) {
        e.printStackTrace(line.getErr());
      }
      return 1;
    });
    return cli;
  }
}
