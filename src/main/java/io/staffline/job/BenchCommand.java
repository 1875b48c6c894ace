package io.staffline.job;

import io.staffline.ingest.IngestJob;
import io.staffline.ingest.IngestSettings;
import io.staffline.ingest.Lake;
import io.staffline.ingest.SparkSessions;
import io.staffline.metrics.DuckDbEquivalent;
import io.staffline.metrics.MetricsJob;
import io.staffline.metrics.MetricsSettings;
import io.staffline.metrics.calendar.CalendarsConfig;
import io.staffline.metrics.facts.FactsSettings;
import io.staffline.metrics.facts.SlaPolicies;
import io.staffline.sample.GeneratorSettings;
import io.staffline.sample.GeneratorSummary;
import io.staffline.sample.SampleGenerator;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code staffline bench}: benchmarks, recorded in docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (docs/benchmarks.md).",
    subcommands = {BenchCommand.Metrics.class, RotaBenchCommand.class})
public final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say which benchmark: metrics or rota");
  }

  /** The metrics job against the equivalent DuckDB SQL, on N generated tickets. */
  @Command(name = "metrics", mixinStandardHelpOptions = true,
      description = "Generate (or reuse) N tickets, ingest them, then time the metrics job and the equivalent "
          + "DuckDB SQL over the same lake; prints both, the ratio and peak heap. Start-up is timed apart.")
  static final class Metrics implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--tickets", required = true, paramLabel = "N", description = "Tickets to generate (12 weeks).")
    long tickets;

    @Option(names = "--dir", defaultValue = "out/bench", paramLabel = "DIR",
        description = "Where generated exports and lakes are kept for reuse. Default: ${DEFAULT-VALUE}.")
    Path dir;

    @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL", description = "Spark master.")
    String master;

    @Override
    public Integer call() throws Exception {
      // The JIT the metrics command would get on this input (generation and ingest run under it too).
      JitMode.fitTo(tickets * JitMode.EXPORT_BYTES_PER_TICKET, spec.commandLine().getErr());
      PrintWriter out = spec.commandLine().getOut();
      ConsoleProgress progress = new ConsoleProgress(out);
      Path base = dir.resolve(Long.toString(tickets));
      Path exports = base.resolve("exports");
      Path lake = base.resolve("lake");
      GeneratorSettings g = GeneratorSettings.defaults().withTicketsPerWeek((int) Math.max(1, tickets / 12));
      if (!Files.isRegularFile(exports.resolve("export.json"))) {
        progress.step("generate", tickets + " tickets into " + exports, -1);
        GeneratorSummary s = new SampleGenerator(g).writeTo(exports);
        progress.step("generate", s.tickets() + " tickets, " + s.events() + " events", -1);
      }
      long t0 = System.nanoTime();
      SparkSession spark = SparkSessions.start(master, 8);
      double sparkStart = seconds(t0);
      try {
        if (!Files.isSymbolicLink(lake.resolve(Lake.CURRENT))) {
          // Shuffle partitions and queries in flight as `staffline ingest` would choose them.
          SparkLease.of(spark, master, progress, List.of(exports)).close();
          progress.step("ingest", exports + " -> " + lake, -1);
          Pseudonyms keys = Pseudonyms.fromEnvironment(spec.commandLine().getErr());
          new IngestJob(spark, new IngestSettings(exports, lake, ZoneId.of("UTC"), g.exportTime(),
              IngestSettings.DEFAULT_MAX_QUARANTINE_RATIO, IngestSettings.CANONICAL_SOURCE), keys.pseudonymizer(),
              keys.development(), Clock.systemUTC(), progress).run();
        }
        MetricsSettings settings = new MetricsSettings(lake, base.resolve("metrics"), g.exportTime(), 30,
            CalendarsConfig.load(Path.of("jobs/calendars.yaml")).toTeamCalendars(),
            SlaPolicies.load(Path.of("jobs/sla.yaml")), FactsSettings.DEFAULTS);
        // ... and as `staffline metrics` would, for the lake.
        SparkLease.of(spark, master, progress, List.of(lake)).close();
        resetPeaks();
        long m0 = System.nanoTime();
        long peakHeap;
        long sampledPeak;
        long afterGcPeak;
        try (HeapWatch heap = new HeapWatch()) {
          new MetricsJob(spark, settings, Clock.systemUTC(), progress).run();
          peakHeap = peakHeapBytes();
          sampledPeak = heap.sampledPeakBytes();
          afterGcPeak = heap.afterGcPeakBytes();
        }
        double metricsSeconds = seconds(m0);

        long d0 = System.nanoTime();
        Path duckOut = Files.createDirectories(base.resolve("duckdb"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
          double duckStart = seconds(d0);
          long q0 = System.nanoTime();
          for (String sql : DuckDbEquivalent.statements(lake, duckOut)) {
            s.execute(sql);
          }
          double duckSeconds = seconds(q0);
          out.printf("%nbench metrics, %,d tickets (%s, %d cores, max heap %.1f GiB)%n", tickets, master,
              Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024));
          out.printf("  start-up: Spark session %.1f s, DuckDB connection %.2f s (not in the ratio)%n", sparkStart, duckStart);
          double gib = 1024.0 * 1024 * 1024;
          out.printf("  metrics job (Spark): %.1f s, %s shuffle partitions%n", metricsSeconds,
              spark.conf().get("spark.sql.shuffle.partitions"));
          out.printf("  heap: max %.2f GiB; in use at most %.2f GiB (sampled every %d ms); live after a collection"
              + " at most %.2f GiB; the pools' peaks add up to %.2f GiB (an upper bound)%n",
              Runtime.getRuntime().maxMemory() / gib, sampledPeak / gib, HeapWatch.SAMPLE_MILLIS, afterGcPeak / gib,
              peakHeap / gib);
          out.printf("  equivalent DuckDB SQL: %.1f s%n", duckSeconds);
          out.printf("  ratio Spark / DuckDB: %.2f%n", metricsSeconds / duckSeconds);
          out.printf("  measured %s%n", Instant.now());
        }
        return 0;
      } finally {
        spark.stop();
      }
    }

    private static double seconds(long since) {
      return (System.nanoTime() - since) / 1e9;
    }

    private static void resetPeaks() {
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the peak heap in use. */
    private static long peakHeapBytes() {
      return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
          .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
  }
}
