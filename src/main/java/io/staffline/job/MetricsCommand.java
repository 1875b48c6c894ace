package io.staffline.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.staffline.ingest.Lake;
import io.staffline.metrics.KpiSummary;
import io.staffline.metrics.MetricsJob;
import io.staffline.metrics.MetricsSettings;
import io.staffline.metrics.calendar.CalendarsConfig;
import io.staffline.metrics.facts.FactsSettings;
import io.staffline.metrics.facts.SlaPolicies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code staffline metrics}: the lake → ticket facts, KPIs, flows, load, arrivals and backlog. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
    description = "Compute the metrics tables from the lake (definitions: docs/metrics.md) and print "
        + "the KPIs of the latest complete week.")
public final class MetricsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--lake", defaultValue = "out/lake", paramLabel = "DIR", description = "The lake. Default: ${DEFAULT-VALUE}.")
  Path lake;

  @Option(names = "--out", defaultValue = "out/metrics", paramLabel = "DIR",
      description = "Metrics folder; tables land in DIR/current/<table>. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "Judge open tickets, running SLAs and backlog at this moment. Default: the lake's export time.")
  Instant asOf;

  @Option(names = "--interval", defaultValue = "30", paramLabel = "MINUTES",
      description = "Arrival interval: 15, 30 or 60. Default: ${DEFAULT-VALUE}.")
  int interval;

  @Option(names = "--calendars", defaultValue = "jobs/calendars.yaml", paramLabel = "FILE",
      description = "Business-hours calendars. Default: ${DEFAULT-VALUE}.")
  Path calendars;

  @Option(names = "--sla", defaultValue = "jobs/sla.yaml", paramLabel = "FILE",
      description = "SLA policies. Default: ${DEFAULT-VALUE}.")
  Path sla;

  @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL", description = "Spark master. Default: ${DEFAULT-VALUE}.")
  String master;

  /** A session lent by a pipeline running in this JVM; null: start and stop one. */
  SparkSession lentSpark;

  @Override
  public Integer call() throws IOException {
    if (interval != 15 && interval != 30 && interval != 60) {
      throw new ParameterException(spec.commandLine(), "--interval must be 15, 30 or 60, not " + interval);
    }
    for (Path f : new Path[] {calendars, sla}) {
      if (!Files.isRegularFile(f)) {
        throw new ParameterException(spec.commandLine(), "no such file: " + f);
      }
    }
    Path manifest = lake.resolve(Lake.CURRENT).resolve("manifest.json");
    if (!Files.isRegularFile(manifest)) {
      throw new ParameterException(spec.commandLine(), "--lake " + lake + " has no committed run: run staffline ingest first");
    }
    if (lentSpark == null) {
      JitMode.fitTo(SparkLease.bytes(List.of(lake.resolve(Lake.CURRENT))), spec.commandLine().getErr());
    }
    Instant when = asOf != null ? asOf : exportTime(manifest);
    MetricsSettings settings = new MetricsSettings(lake, out, when, interval,
        CalendarsConfig.load(calendars).toTeamCalendars(), SlaPolicies.load(sla), FactsSettings.DEFAULTS);
    PrintWriter o = spec.commandLine().getOut();
    ConsoleProgress progress = new ConsoleProgress(o);
    try (SparkLease lease = SparkLease.of(lentSpark, master, progress, List.of(lake.resolve(Lake.CURRENT)))) {
      SparkSession spark = lease.session();
      MetricsJob.Result r = new MetricsJob(spark, settings, Clock.systemUTC(), progress).run();
      o.printf("%nMetrics as of %s committed: %s%n", when, r.run());
      r.tables().forEach((t, n) -> o.printf("%-18s %,12d%n", t, n));
      o.println();
      o.print(KpiSummary.latestCompleteWeek(spark, r.run(), when));
      o.flush();
      return 0;
    }
  }

  static Instant exportTime(Path manifest) throws IOException {
    JsonNode m = new ObjectMapper().readTree(manifest.toFile());
    return Instant.parse(m.get("exportTime").asText());
  }
}
