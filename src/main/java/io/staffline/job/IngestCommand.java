package io.staffline.job;

import io.staffline.ingest.IngestJob;
import io.staffline.ingest.IngestSettings;
import io.staffline.ingest.Pseudonymizer;
import io.staffline.ingest.RunManifest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.staffline.ingest.profile.Profiles;
import io.staffline.ingest.profile.SourceProfile;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code staffline ingest}: exports → the canonical Parquet lake, every row accounted for. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read helpdesk exports (canonical CSV / JSON Lines) into the Parquet lake.")
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "DIR",
      description = "Folder with tickets*, ticket_events*, agents*, agent_levels* files (.csv/.jsonl, optionally .gz).")
  Path input;

  @Option(names = "--profile", paramLabel = "NAME|FILE",
      description = "Read FILES as a helpdesk's own export through this mapping profile: a built-in one ("
          + "servicenow-incident-log, bpic2013-vinst) or a profile YAML file (docs/sources.md).")
  String profileName;

  @picocli.CommandLine.Parameters(paramLabel = "FILES", arity = "0..*",
      description = "Export files to read with --profile (.csv, optionally .gz).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--lake", defaultValue = "out/lake", paramLabel = "DIR",
      description = "Lake folder; tables land in DIR/current/<table>. Default: ${DEFAULT-VALUE}.")
  Path lake;

  @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE",
      description = "Time zone of naive local timestamps. Default: ${DEFAULT-VALUE}.")
  ZoneId zone;

  @Option(names = "--export-time", paramLabel = "INSTANT",
      description = "When the export was taken (ISO-8601); later timestamps are quarantined. "
          + "Default: export_time in DIR/export.json, else now.")
  Instant exportTime;

  @Option(names = "--max-quarantine-ratio", defaultValue = "0.05", paramLabel = "RATIO",
      description = "Fail the run when a file has a larger share of quarantined rows. Default: ${DEFAULT-VALUE}.")
  double maxQuarantineRatio;

  @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL",
      description = "Spark master. Default: ${DEFAULT-VALUE}.")
  String master;

  /** An export folder may say when it was taken: {"export_time": "2026-11-16T00:00:00Z"}. */
  static final String EXPORT_FILE = "export.json";

  /** A session lent by a pipeline running in this JVM; null: start and stop one. */
  SparkSession lentSpark;

  @Override
  public Integer call() throws java.io.IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!(maxQuarantineRatio >= 0 && maxQuarantineRatio <= 1)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--max-quarantine-ratio must be between 0 and 1, not " + maxQuarantineRatio);
    }
    if ((input == null) == (profileName == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "say either --input DIR (canonical exports) or --profile NAME FILES... (a helpdesk's own export)");
    }
    if (profileName != null && files.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--profile needs the export FILES to read");
    }
    if (profileName == null && !files.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "FILES are read only with --profile; with --input the folder is read");
    }
    SourceProfile profile = profileName == null ? null : loadProfile();
    if (input != null && !java.nio.file.Files.isDirectory(input)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--input: folder " + input + " does not exist or is not a folder");
    }
    if (lentSpark == null) {
      JitMode.fitTo(SparkLease.bytes(input != null ? List.of(input) : files), spec.commandLine().getErr());
    }
    Clock clock = Clock.systemUTC();
    if (exportTime == null && input != null && java.nio.file.Files.isRegularFile(input.resolve(EXPORT_FILE))) {
      exportTime = Instant.parse(new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(input.resolve(EXPORT_FILE).toFile()).path("export_time").asText());
      out.println("export time " + exportTime + " (from " + input.resolve(EXPORT_FILE) + ")");
    }
    IngestSettings settings = new IngestSettings(input, lake, zone,
        exportTime == null ? clock.instant() : exportTime, maxQuarantineRatio,
        profile == null ? IngestSettings.CANONICAL_SOURCE : profile.name());
    Pseudonyms pseudonyms = Pseudonyms.fromEnvironment(spec.commandLine().getErr());
    ConsoleProgress progress = new ConsoleProgress(out);
    try (SparkLease lease = SparkLease.of(lentSpark, master, progress, input != null ? List.of(input) : files)) {
      SparkSession spark = lease.session();
      IngestJob job = new IngestJob(spark, settings, pseudonyms.pseudonymizer(), pseudonyms.development(),
          clock, progress);
      if (profile != null) {
        job.withProfile(profile, files);
      }
      IngestJob.Result result = job.run();
      printSummary(out, result);
      return 0;
    }
  }

  private SourceProfile loadProfile() {
    try {
      return Profiles.load(profileName);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
    }
  }

  static void printSummary(PrintWriter out, IngestJob.Result result) {
    RunManifest m = result.manifest();
    out.printf("%nIngest run %s committed: %s%n", m.runId(), result.run());
    out.printf("%-16s %12s%n", "table", "rows");
    m.tables().forEach((table, rows) -> out.printf("%-16s %,12d%n", table, rows));
    out.printf("%nrows read %,d = accepted %,d + quarantined %,d%n", m.rowsRead(),
        m.rowsRead() - m.rowsQuarantined(), m.rowsQuarantined());
    if (!m.quarantinedByReason().isEmpty()) {
      out.println("quarantined by reason:");
      for (Map.Entry<String, Long> e : m.quarantinedByReason().entrySet()) {
        out.printf("  %-24s %,10d%n", e.getKey(), e.getValue());
      }
    }
    for (RunManifest.FileEntry f : m.files()) {
      f.flaggedByReason().forEach((reason, n) -> out.printf("flagged in %s: %s %,d (accepted)%n", f.file(), reason, n));
      if (f.fileIssue() != null) {
        out.printf("file issue in %s: %s%n", f.file(), f.fileIssue());
      }
    }
    out.flush();
  }
}
