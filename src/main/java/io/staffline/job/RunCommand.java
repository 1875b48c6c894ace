package io.staffline.job;

import io.staffline.ingest.ConcurrentQueries;
import io.staffline.ingest.Lake;
import io.staffline.ingest.SparkSessions;
import io.staffline.report.IsoWeek;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code staffline run}: whole pipelines in one JVM. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a whole pipeline in one go.",
    subcommands = {RunCommand.Weekly.class})
public final class RunCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "say which pipeline: weekly");
  }

  /**
   * The Monday pipeline: ingest → metrics → forecast → staffing → rota → reports, each stage the
   * same command as on its own (same defaults, same output folders), the Spark stages sharing one
   * session. The reported week is the last complete ISO week of the data; the forecast is made as
   * of its end and the planning stages (staffing summary, rota, planners' workbook) plan the week
   * after it.
   */
  @Command(name = "weekly", mixinStandardHelpOptions = true,
      description = "Ingest the exports, compute metrics, forecast, staffing and rota, and write the "
          + "managers' pack and the planners' workbook (docs/pipeline.md).")
  static final class Weekly implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--input", defaultValue = "data-samples", paramLabel = "DIR",
        description = "Canonical helpdesk exports. Default: ${DEFAULT-VALUE}.")
    Path input;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR",
        description = "Root of the outputs: DIR/lake, DIR/metrics, DIR/forecast, DIR/staffing, DIR/rota, "
            + "DIR/reports. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--week", paramLabel = "YYYY-Www", converter = ReportCommand.WeekConverter.class,
        description = "The week the managers' pack reports; the planning stages plan the week after. "
            + "Default: the last complete week in the data.")
    IsoWeek week;

    @Option(names = "--rota-time-limit", defaultValue = "60", paramLabel = "SECONDS",
        description = "Time limit of each line's rota solve. Default: ${DEFAULT-VALUE}.")
    int rotaTimeLimit;

    @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL",
        description = "Spark master. Default: ${DEFAULT-VALUE}.")
    String master;

    /** One stage: its name, and the command line it runs. */
    private record Stage(String name, String invocation, Object command, List<String> args) {}

    /** How long each stage took, for the closing summary. */
    private record Timing(String stage, double seconds) {}

    @Override
    public Integer call() throws IOException {
      // The whole pipeline keeps the JIT its input calls for (the lake is about twice the export).
      JitMode.fitTo(SparkLease.bytes(List.of(input)), spec.commandLine().getErr());
      PrintWriter o = spec.commandLine().getOut();
      long start = System.nanoTime();
      List<Timing> timings = new ArrayList<>();
      // A session already running in this JVM (an embedding program, a test) is used and left running.
      boolean lent = SparkSession.getDefaultSession().isDefined();
      SparkSession spark = SparkSessions.start(master, Runtime.getRuntime().availableProcessors());
      try {
        run(o, timings, new Stage("ingest", "ingest", ingest(spark), List.of("--input", input.toString(),
            "--lake", dir("lake"))));
        run(o, timings, new Stage("metrics", "metrics", metrics(spark), List.of("--lake", dir("lake"),
            "--out", dir("metrics"))));
      } catch (RuntimeException | Error e) {
        if (!lent) {
          spark.stop();
        }
        throw e;
      }
      // The later stages need no Spark: the session stops (about a second) while they run.
      Thread stopping = new Thread(() -> {
        if (!lent) {
          spark.stop();
        }
      }, "staffline-spark-stop");
      stopping.start();
      try {
        return planAndReport(o, start, timings);
      } finally {
        try {
          stopping.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private int planAndReport(PrintWriter o, long start, List<Timing> timings) throws IOException {
      IsoWeek reported = week != null ? week : IsoWeek.lastCompleteAt(exportTime());
      IsoWeek planned = reported.plusWeeks(1);
      o.printf("%nReporting %s (%s); planning %s (%s)%n", reported, reported.days(), planned, planned.days());
      run(o, timings, new Stage("forecast", "forecast", new ForecastCommand(), List.of("--metrics", dir("metrics"),
          "--out", dir("forecast"), "--as-of", reported.end().toString())));
      Path pack = out.resolve("reports").resolve("weekly-" + reported + ".xlsx");
      Path workbook = out.resolve("reports").resolve("planning-" + planned + ".xlsx");
      // The managers' pack needs only metrics, lake and forecast: it is written on a second
      // thread while staffing and the rota (one solver thread) run, and its output is shown
      // after the rota's.
      java.util.concurrent.CompletableFuture<Aside> report = aside(new Stage("report", "report weekly",
          new ReportCommand.Weekly(), List.of("--week", reported.toString(), "--metrics", dir("metrics"),
              "--lake", dir("lake"), "--forecast", dir("forecast"), "--out", pack.toString())));
      try {
        run(o, timings, new Stage("staffing", "staffing", new StaffingCommand(), List.of("--forecast",
            dir("forecast"), "--out", dir("staffing"), "--week", planned.monday().toString())));
        run(o, timings, new Stage("rota", "rota", new RotaCommand(), List.of("--staffing", dir("staffing"),
            "--roster", dir("lake"), "--week", planned.toString(), "--time-limit", Integer.toString(rotaTimeLimit),
            "--out", dir("rota"))));
      } finally {
        // Never leave the pack half-written behind a failed stage.
        report.handle((r, e) -> null).join();
      }
      Aside r = report.join();
      o.print(r.output());
      o.flush();
      timings.add(new Timing(r.stage().name(), r.seconds()));
      if (r.exitCode() != 0) {
        throw new IllegalStateException("stage " + r.stage().name() + " failed (exit " + r.exitCode()
            + "); the outputs of earlier stages are committed, later stages did not run");
      }
      run(o, timings, new Stage("planning", "report planning", new ReportCommand.Planning(), List.of("--week", planned.toString(),
          "--forecast", dir("forecast"), "--staffing", dir("staffing"), "--rota", dir("rota"),
          "--out", workbook.toString())));

      o.printf("%n== weekly run done in %.1f s%n", (System.nanoTime() - start) / 1e9);
      for (Timing t : timings) {
        o.printf(Locale.ROOT, "  %-10s %6.1f s%n", t.stage(), t.seconds());
      }
      o.printf("  (report ran alongside staffing and rota)%n");
      o.printf("Managers' pack:     %s%nPlanners' workbook: %s%n", pack, workbook);
      o.flush();
      return 0;
    }

    private IngestCommand ingest(SparkSession spark) {
      IngestCommand c = new IngestCommand();
      c.lentSpark = spark;
      return c;
    }

    private MetricsCommand metrics(SparkSession spark) {
      MetricsCommand c = new MetricsCommand();
      c.lentSpark = spark;
      return c;
    }

    private String dir(String stage) {
      return out.resolve(stage).toString();
    }

    private Instant exportTime() throws IOException {
      Path manifest = out.resolve("lake").resolve(Lake.CURRENT).resolve("manifest.json");
      if (!Files.isRegularFile(manifest)) {
        throw new IllegalStateException("no committed lake at " + manifest.getParent());
      }
      return MetricsCommand.exportTime(manifest);
    }

    /** A stage run on its own thread: what it printed, how long it took, its exit code. */
    private record Aside(Stage stage, String output, double seconds, int exitCode) {}

    private java.util.concurrent.CompletableFuture<Aside> aside(Stage stage) {
      java.io.StringWriter text = new java.io.StringWriter();
      PrintWriter buffer = new PrintWriter(text, true);
      return ConcurrentQueries.aside(stage.name(), () -> {
        buffer.printf("%n== %s: staffline %s %s%n", stage.name(), stage.invocation(), String.join(" ", stage.args()));
        long t0 = System.nanoTime();
        CommandLine cli = StafflineCli.configure(new CommandLine(stage.command()));
        cli.setOut(buffer);
        cli.setErr(buffer);
        int code = cli.execute(stage.args().toArray(String[]::new));
        buffer.flush();
        return new Aside(stage, text.toString(), (System.nanoTime() - t0) / 1e9, code);
      });
    }

    /** Runs one stage as its own command would, and stops the pipeline when it fails. */
    private void run(PrintWriter o, List<Timing> timings, Stage stage) {
      o.printf("%n== %s: staffline %s %s%n", stage.name(), stage.invocation(), String.join(" ", stage.args()));
      o.flush();
      long t0 = System.nanoTime();
      CommandLine cli = StafflineCli.configure(new CommandLine(stage.command()));
      cli.setOut(o);
      cli.setErr(spec.commandLine().getErr());
      int code = cli.execute(stage.args().toArray(String[]::new));
      timings.add(new Timing(stage.name(), (System.nanoTime() - t0) / 1e9));
      if (code != 0) {
        throw new IllegalStateException("stage " + stage.name() + " failed (exit " + code
            + "); the outputs of earlier stages are committed, later stages did not run");
      }
    }
  }
}
