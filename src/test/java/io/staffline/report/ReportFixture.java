package io.staffline.report;

import io.staffline.SparkTestSession;
import io.staffline.ingest.IngestJob;
import io.staffline.ingest.IngestSettings;
import io.staffline.ingest.Progress;
import io.staffline.ingest.Pseudonymizer;
import io.staffline.metrics.MetricsJob;
import io.staffline.metrics.MetricsSettings;
import io.staffline.metrics.calendar.CalendarsConfig;
import io.staffline.metrics.facts.FactsSettings;
import io.staffline.metrics.facts.SlaPolicies;
import io.staffline.sample.GeneratorSettings;
import io.staffline.sample.GeneratorSummary;
import io.staffline.sample.SampleGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A real lake and real metrics tables for the report tests, made once per test JVM: 13 weeks of
 * generated traffic (so the reported week has a full 12-week trend behind it), ingested and measured
 * by the production jobs. The tests read the same Parquet with DuckDB to check the workbooks.
 */
public final class ReportFixture {
  /** 13 weeks from Monday 2026-08-17: the export is at Monday 2026-11-16 00:00 UTC. */
  public static final GeneratorSettings GENERATED = GeneratorSettings.defaults().withWeeks(13).withTicketsPerWeek(400)
      .withStart(java.time.LocalDate.of(2026, 8, 17));
  /** The last complete week at the export: 2026-11-09 to 2026-11-15. */
  public static final IsoWeek LAST_WEEK = IsoWeek.parse("2026-W46");

  private static ReportFixture instance;

  public final Path root;
  public final Path lake;
  public final Path metrics;
  public final Instant asOf;

  private ReportFixture(Path root, Path lake, Path metrics, Instant asOf) {
    this.root = root;
    this.lake = lake;
    this.metrics = metrics;
    this.asOf = asOf;
  }

  public static synchronized ReportFixture get() {
    if (instance == null) {
      try {
        Path root = Files.createTempDirectory("staffline-report-fixture");
        Path exports = root.resolve("exports");
        Path lake = root.resolve("lake");
        Path metrics = root.resolve("metrics");
        GeneratorSummary summary = new SampleGenerator(GENERATED).writeTo(exports);
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);
        new IngestJob(SparkTestSession.get(), new IngestSettings(exports, lake, ZoneId.of("UTC"), summary.exportTime(),
            IngestSettings.DEFAULT_MAX_QUARANTINE_RATIO, IngestSettings.CANONICAL_SOURCE), new Pseudonymizer("k"), false,
            clock, Progress.silent()).run();
        new MetricsJob(SparkTestSession.get(), new MetricsSettings(lake, metrics, summary.exportTime(), 30,
            CalendarsConfig.load(Path.of("jobs/calendars.yaml")).toTeamCalendars(),
            SlaPolicies.load(Path.of("jobs/sla.yaml")), FactsSettings.DEFAULTS), clock, Progress.silent()).run();
        instance = new ReportFixture(root, lake, metrics, summary.exportTime());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** A metrics table's committed folder. */
  public Path metricsTable(String table) {
    return metrics.resolve("current").resolve(table);
  }

  /** DuckDB's read_parquet over a metrics table. */
  public String parquet(String table) {
    return "read_parquet('" + metricsTable(table) + "/*.parquet')";
  }
}
