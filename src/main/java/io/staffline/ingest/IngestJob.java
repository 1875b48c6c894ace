package io.staffline.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.staffline.ingest.LakeSchema.AgentLevels;
import io.staffline.ingest.LakeSchema.Agents;
import io.staffline.ingest.LakeSchema.Quarantine;
import io.staffline.ingest.LakeSchema.TicketEvents;
import io.staffline.ingest.LakeSchema.Tickets;
import io.staffline.ingest.RunManifest.FileEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * {@code staffline ingest}: canonical exports → the Parquet lake. Read every file line by line with
 * its line number, parse each line against its table's rules, apply the set-level rules, write the
 * tables to a staging folder, account for every row from what was written, and commit atomically.
 */
public final class IngestJob {
  /** Thrown when a run must not commit: accounting mismatch or too many quarantined rows. */
  public static final class IngestFailure extends RuntimeException {
    public IngestFailure(String message) {
      super(message);
    }
  }

  /** What a committed run produced. */
  public record Result(String runId, Path run, RunManifest manifest) {}

  private final SparkSession spark;
  private final IngestSettings settings;
  private final Pseudonymizer pseudonyms;
  private final boolean developmentKey;
  private final Clock clock;
  private final Progress progress;
  private Runnable beforeCommit = () -> { };
  private io.staffline.ingest.profile.SourceProfile profile;
  private List<Path> profileFiles = List.of();

  public IngestJob(SparkSession spark, IngestSettings settings, Pseudonymizer pseudonyms,
      boolean developmentKey, Clock clock, Progress progress) {
    this.spark = spark;
    this.settings = settings;
    this.pseudonyms = pseudonyms;
    this.developmentKey = developmentKey;
    this.clock = clock;
    this.progress = progress;
  }

  /** Reads {@code files} through a mapping profile instead of the canonical layout. */
  public IngestJob withProfile(io.staffline.ingest.profile.SourceProfile profile, List<Path> files) {
    this.profile = profile;
    this.profileFiles = List.copyOf(files);
    return this;
  }

  /** A hook run after everything is staged and checked, just before the switch (tests kill here). */
  public IngestJob beforeCommit(Runnable hook) {
    this.beforeCommit = hook;
    return this;
  }

  public Result run() {
    String startedAt = clock.instant().toString();
    List<InputFile> files = profile == null ? discover(settings.input()) : List.of();
    Lake lake = new Lake(settings.lake());
    String runId = lake.unusedRunId(runId(profile == null
        ? files.stream().map(InputFile::name).toList()
        : profileFiles.stream().map(p -> p.getFileName().toString()).toList()));
    Path staging = lake.newStaging(runId);
    List<Dataset<Row>> cached = new ArrayList<>();
    List<JavaRDD<?>> cachedRdds = new ArrayList<>();
    try {
      RunManifest manifest = profile == null
          ? stageCanonical(runId, startedAt, staging, files, cached)
          : stageProfiled(runId, startedAt, staging, cachedRdds);
      writeManifest(staging, manifest);
      verify(manifest);
      beforeCommit.run();
      Path run = lake.commit(staging, runId);
      progress.step("commit", "lake " + lake.current() + " -> " + run.getFileName(), -1);
      return new Result(runId, run, manifest);
    } catch (RuntimeException e) {
      Path kept = lake.keepFailed(staging, runId);
      progress.step("failed", "nothing committed; staged output kept in " + kept, -1);
      throw e;
    } finally {
      cached.forEach(Dataset::unpersist);
      cachedRdds.forEach(JavaRDD::unpersist);
    }
  }

  private RunManifest stageCanonical(String runId, String startedAt, Path staging, List<InputFile> files,
      List<Dataset<Row>> cached) {
    Map<InputFile, FileInspection> inspections = inspect(files);
    Map<String, Long> readRows = new java.util.concurrent.ConcurrentHashMap<>();
    Map<InputTable, Dataset<Row>> parsed = parse(files, inspections, cached, readRows);
    Map<InputTable, Dataset<Row>> accepted = new EnumMap<>(InputTable.class);
    Dataset<Row> quarantine = applySetRules(parsed, accepted, cached);
    write(staging, accepted, quarantine);
    return account(runId, startedAt, staging, files, inspections, readRows);
  }

  /** A helpdesk's own export: the profile reader derives tickets and events; no roster is read. */
  private RunManifest stageProfiled(String runId, String startedAt, Path staging, List<JavaRDD<?>> cachedRdds) {
    progress.step("read", profileFiles.size() + " file(s) through profile " + profile.name(), -1);
    for (Path f : profileFiles) {
      if (!Files.isRegularFile(f)) {
        throw new IngestFailure("input file " + f + " does not exist");
      }
    }
    io.staffline.ingest.profile.ProfileReader.Result r =
        new io.staffline.ingest.profile.ProfileReader(spark, profile, settings.exportTime(), pseudonyms)
            .read(profileFiles);
    cachedRdds.addAll(r.cachedRdds());
    Dataset<Row> noAgents = spark.createDataFrame(List.of(), LakeSchema.withQuarantineColumns(Agents.SCHEMA));
    Dataset<Row> noLevels = spark.createDataFrame(List.of(), LakeSchema.withQuarantineColumns(AgentLevels.SCHEMA));
    Map<InputTable, Dataset<Row>> accepted = new EnumMap<>(InputTable.class);
    accepted.put(InputTable.TICKETS, r.tickets());
    accepted.put(InputTable.TICKET_EVENTS,
        SetRules.numberEvents(SetRules.flagAgentsMissingFromRoster(r.events(), noAgents)));
    accepted.put(InputTable.AGENTS, noAgents);
    accepted.put(InputTable.AGENT_LEVELS, noLevels);
    write(staging, accepted, r.quarantine());
    progress.step("account", "source rows read = used + quarantined, per file", -1);
    Map<String, Long> tables = new LinkedHashMap<>();
    for (InputTable table : InputTable.values()) {
      tables.put(table.tableName(), spark.read().schema(table.schema())
          .parquet(staging.resolve(table.tableName()).toString()).count());
    }
    Map<String, Long> byReason = new TreeMap<>();
    r.files().forEach(f -> f.quarantinedByReason().forEach((k, v) -> byReason.merge(k, v, Long::sum)));
    tables.put(Quarantine.NAME, byReason.values().stream().mapToLong(Long::longValue).sum());
    return new RunManifest(runId, profile.name(), startedAt, String.valueOf(settings.exportTime()),
        settings.zone().getId(), settings.maxQuarantineRatio(), developmentKey ? "development" : "environment",
        r.files(), tables, byReason);
  }

  // ---- read --------------------------------------------------------------------------------

  /** The export files of the input folder, by name; other files are listed and skipped. */
  List<InputFile> discover(Path input) {
    if (!Files.isDirectory(input)) {
      throw new IngestFailure("input folder " + input + " does not exist or is not a folder");
    }
    List<InputFile> found = new ArrayList<>();
    try (Stream<Path> list = Files.list(input)) {
      for (Path p : list.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!Files.isRegularFile(p) || name.startsWith(".")) {
          continue;
        }
        var table = InputTable.forFileName(name);
        var format = InputFile.Format.forFileName(name);
        if (table.isPresent() && format.isPresent()) {
          found.add(new InputFile(p.toAbsolutePath().toUri().toString(), name, table.get(), format.get()));
        } else {
          progress.step("discover", "skipping " + name + " (not a canonical export file name)", -1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + input, e);
    }
    if (found.stream().noneMatch(f -> f.table() == InputTable.TICKETS)) {
      throw new IngestFailure("no tickets file (tickets*.csv[.gz] or tickets*.jsonl[.gz]) in " + input);
    }
    return found;
  }

  private Map<InputFile, FileInspection> inspect(List<InputFile> files) {
    Map<InputFile, FileInspection> out = new LinkedHashMap<>();
    for (InputFile f : files) {
      try {
        FileInspection i = FileInspection.of(f, spark.sparkContext().hadoopConfiguration());
        out.put(f, i);
        progress.step("inspect", f.name() + " (" + f.table().tableName() + ", " + i.bytes() + " bytes)", -1);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f.name(), e);
      }
    }
    return out;
  }

  private Map<InputTable, Dataset<Row>> parse(List<InputFile> files,
      Map<InputFile, FileInspection> inspections, List<Dataset<Row>> cached, Map<String, Long> readRows) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Map<InputTable, List<JavaRDD<Row>>> rdds = new EnumMap<>(InputTable.class);
    for (InputFile f : files) {
      LineParser parser = new LineParser(f, inspections.get(f), settings.zone(),
          settings.exportTime(), pseudonyms, settings.source());
      JavaRDD<byte[]> lines = jsc.hadoopFile(f.uri(), TextInputFormat.class, LongWritable.class, Text.class)
          .map(t -> t._2().copyBytes());
      // gzip files arrive as one partition: spread the parsing over every core, in partitions
      // of a bounded size.
      int partitions = RawFiles.linePartitions(inspections.get(f).bytes(),
          RawFiles.compressed(new org.apache.hadoop.fs.Path(f.uri()), jsc.hadoopConfiguration()),
          lines.getNumPartitions(), jsc.defaultParallelism());
      JavaRDD<Row> rows = lines
          .zipWithIndex()
          .repartition(partitions)
          .map((Tuple2<byte[], Long> t) -> parser.parse(t._2() + 1, t._1()))
          .filter(Objects::nonNull);
      rdds.computeIfAbsent(f.table(), t -> new ArrayList<>()).add(rows);
    }
    Map<InputTable, Dataset<Row>> parsed = new EnumMap<>(InputTable.class);
    // With two queries in flight (small inputs, ConcurrentQueries) the tables are parsed side by
    // side: a gzip file is read by one task, and one table's planning overlaps another's tasks.
    try (ConcurrentQueries queries = ConcurrentQueries.of(spark)) {
      for (InputTable table : InputTable.values()) {
        List<JavaRDD<Row>> parts = rdds.getOrDefault(table, List.of());
        JavaRDD<Row> all = parts.isEmpty() ? jsc.emptyRDD()
            : parts.size() == 1 ? parts.get(0)
            : jsc.union(parts.toArray(JavaRDD[]::new));
        Dataset<Row> ds = spark.createDataFrame(all, LakeSchema.withQuarantineColumns(table.schema()))
            .persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(ds);
        parsed.put(table, ds);
        queries.submit(() -> {
          // Rows read per file, counted once here for the row accounting.
          long rows = 0;
          for (Row r : ds.groupBy(LakeSchema.SOURCE_FILE).count().collectAsList()) {
            readRows.put(key(table, r.getString(0)), r.getLong(1));
            rows += r.getLong(1);
          }
          progress.step("parse", table.tableName(), rows);
          return null;
        });
      }
      queries.awaitAll();
    }
    return parsed;
  }

  // ---- check -------------------------------------------------------------------------------

  private static Column isAccepted() {
    return col(Quarantine.REASON_CODE).isNull();
  }

  /** Fills {@code accepted} per table and returns every quarantined row. */
  private Dataset<Row> applySetRules(Map<InputTable, Dataset<Row>> parsed,
      Map<InputTable, Dataset<Row>> accepted, List<Dataset<Row>> cached) {
    List<Dataset<Row>> rejected = new ArrayList<>();
    parsed.forEach((table, rows) -> rejected.add(asQuarantine(table, rows.filter(isAccepted().unary_$bang()))));

    SetRules.Split tickets = SetRules.firstOfEachKey(parsed.get(InputTable.TICKETS).filter(isAccepted()),
        List.of(Tickets.TICKET_ID), ReasonCode.DUPLICATE_TICKET, "ticket_id");
    cached.add(tickets.shared().persist(StorageLevel.MEMORY_AND_DISK()));
    Dataset<Row> keptTickets = tickets.kept().persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(keptTickets);
    rejected.add(asQuarantine(InputTable.TICKETS, tickets.rejected()));

    // The roster and career rows are few: their rules run on the driver (SetRules.roster).
    Dataset<Row> parsedAgents = parsed.get(InputTable.AGENTS).filter(isAccepted());
    Dataset<Row> parsedLevels = parsed.get(InputTable.AGENT_LEVELS).filter(isAccepted());
    SetRules.Roster roster = SetRules.roster(parsedAgents.collectAsList(), parsedAgents.schema(),
        parsedLevels.collectAsList(), parsedLevels.schema());
    Dataset<Row> keptAgents = spark.createDataFrame(roster.keptAgents(), parsedAgents.schema());
    rejected.add(asQuarantine(InputTable.AGENTS, spark.createDataFrame(roster.rejectedAgents(), parsedAgents.schema())));
    rejected.add(asQuarantine(InputTable.AGENT_LEVELS,
        spark.createDataFrame(roster.rejectedLevels(), parsedLevels.schema())));
    java.util.Set<String> rosterKeys = new java.util.HashSet<>();
    int agentKey = parsedAgents.schema().fieldIndex(Agents.AGENT_KEY);
    roster.keptAgents().forEach(r -> rosterKeys.add(r.getString(agentKey)));
    Dataset<Row> events = SetRules.eventsPerTicket(parsed.get(InputTable.TICKET_EVENTS).filter(isAccepted()),
        keptTickets, rosterKeys).persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(events);
    rejected.add(asQuarantine(InputTable.TICKET_EVENTS, events.filter(isAccepted().unary_$bang())));

    accepted.put(InputTable.TICKETS, keptTickets);
    accepted.put(InputTable.AGENTS, keptAgents);
    accepted.put(InputTable.AGENT_LEVELS, spark.createDataFrame(roster.keptLevels(), parsedLevels.schema()));
    accepted.put(InputTable.TICKET_EVENTS, events.filter(isAccepted()));
    return rejected.stream().reduce(Dataset::unionByName).orElseThrow();
  }

  private static Dataset<Row> asQuarantine(InputTable table, Dataset<Row> rows) {
    return rows.select(lit(table.tableName()).as(Quarantine.TABLE_NAME), col(LakeSchema.SOURCE_FILE),
        col(LakeSchema.SOURCE_LINE), col(Quarantine.REASON_CODE), col(Quarantine.REASON), col(Quarantine.RAW));
  }

  // ---- write -------------------------------------------------------------------------------

  /** Each table's write is one query; with two in flight (ConcurrentQueries) they overlap. */
  private void write(Path staging, Map<InputTable, Dataset<Row>> accepted, Dataset<Row> quarantine) {
    try (ConcurrentQueries queries = ConcurrentQueries.of(spark)) {
      queries.submit(() -> writePartitioned(staging, InputTable.TICKET_EVENTS, accepted, TicketEvents.EVENT_DATE,
          TicketEvents.TICKET_ID, TicketEvents.SEQ));
      queries.submit(() -> writePartitioned(staging, InputTable.TICKETS, accepted, Tickets.CREATED_DATE,
          Tickets.TICKET_ID));
      queries.submit(() -> writeSingle(staging, Agents.NAME,
          select(accepted.get(InputTable.AGENTS), Agents.SCHEMA.fieldNames()), Agents.AGENT_KEY));
      queries.submit(() -> writeSingle(staging, AgentLevels.NAME,
          select(accepted.get(InputTable.AGENT_LEVELS), AgentLevels.SCHEMA.fieldNames()),
          AgentLevels.AGENT_KEY, AgentLevels.EFFECTIVE_FROM));
      queries.submit(() -> writeSingle(staging, Quarantine.NAME, quarantine, Quarantine.TABLE_NAME,
          LakeSchema.SOURCE_FILE, LakeSchema.SOURCE_LINE));
      queries.awaitAll();
    }
  }

  /**
   * Files sorted by date, then by key: a reader filtering on the date skips row groups (and
   * files) by their statistics. The first layout, one folder per date, cost a Parquet writer and
   * a directory per date and task, which dominated ingest on small exports.
   */
  private Void writePartitioned(Path staging, InputTable table, Map<InputTable, Dataset<Row>> accepted,
      String dateColumn, String... order) {
    progress.step("write", table.tableName(), -1);
    Column[] sort = Stream.concat(Stream.of(dateColumn), Arrays.stream(order)).map(c -> col(c)).toArray(Column[]::new);
    select(accepted.get(table), table.schema().fieldNames())
        // Hashed by date (a range partitioning would first run the whole plan once more to
        // sample it); sorted within each file, so each row group still covers a short date range.
        .repartition(col(dateColumn))
        .sortWithinPartitions(sort)
        .write().mode(SaveMode.ErrorIfExists)
        .parquet(staging.resolve(table.tableName()).toString());
    return null;
  }

  private Void writeSingle(Path staging, String name, Dataset<Row> rows, String... order) {
    progress.step("write", name, -1);
    rows.repartition(1).sortWithinPartitions(Arrays.stream(order).map(c -> col(c)).toArray(Column[]::new))
        .write().mode(SaveMode.ErrorIfExists).parquet(staging.resolve(name).toString());
    return null;
  }

  private static Dataset<Row> select(Dataset<Row> rows, String[] columns) {
    return rows.select(Arrays.stream(columns).map(c -> col(c)).toArray(Column[]::new));
  }

  // ---- account -----------------------------------------------------------------------------

  /**
   * Read rows come from the parse (counted per file there), accepted and quarantined rows from
   * what was written: one query over every written table (with the events flagged as not in the
   * roster) and one over the quarantine.
   */
  private RunManifest account(String runId, String startedAt, Path staging, List<InputFile> files,
      Map<InputFile, FileInspection> inspections, Map<String, Long> read) {
    progress.step("account", "rows read = accepted + quarantined, per file", -1);
    Map<String, Long> acceptedRows = new HashMap<>();
    Map<String, Long> notInRoster = new HashMap<>();
    Map<String, Long> tables = new LinkedHashMap<>();
    List<Dataset<Row>> writtenParts = new ArrayList<>();
    for (InputTable table : InputTable.values()) {
      Dataset<Row> written = spark.read().schema(table.schema())
          .parquet(staging.resolve(table.tableName()).toString());
      Column flagged = table == InputTable.TICKET_EVENTS
          ? when(col(TicketEvents.AGENT_IN_ROSTER).equalTo(false), 1L).otherwise(0L) : lit(0L);
      writtenParts.add(written.select(lit(table.tableName()).as("_table"), col(LakeSchema.SOURCE_FILE),
          flagged.as("_not_in_roster")));
    }
    for (Row r : writtenParts.stream().reduce(Dataset::union).orElseThrow()
        .groupBy("_table", LakeSchema.SOURCE_FILE)
        .agg(org.apache.spark.sql.functions.count(lit(1)), org.apache.spark.sql.functions.sum("_not_in_roster"))
        .collectAsList()) {
      acceptedRows.put(r.getString(0) + "/" + r.getString(1), r.getLong(2));
      if (r.getLong(3) > 0) {
        notInRoster.put(r.getString(1), r.getLong(3));
      }
    }
    for (InputTable table : InputTable.values()) {
      tables.put(table.tableName(), acceptedRows.entrySet().stream()
          .filter(e -> e.getKey().startsWith(table.tableName() + "/")).mapToLong(Map.Entry::getValue).sum());
    }
    Dataset<Row> quarantine = spark.read().schema(Quarantine.SCHEMA).parquet(staging.resolve(Quarantine.NAME).toString());
    Map<String, Map<String, Long>> quarantined = new HashMap<>();
    Map<String, Long> byReason = new TreeMap<>();
    for (Row r : quarantine.groupBy(Quarantine.TABLE_NAME, LakeSchema.SOURCE_FILE, Quarantine.REASON_CODE)
        .count().collectAsList()) {
      quarantined.computeIfAbsent(r.getString(0) + "/" + r.getString(1), k -> new TreeMap<>())
          .put(r.getString(2), r.getLong(3));
      byReason.merge(r.getString(2), r.getLong(3), Long::sum);
    }
    tables.put(Quarantine.NAME, byReason.values().stream().mapToLong(Long::longValue).sum());

    List<FileEntry> entries = new ArrayList<>();
    for (InputFile f : files) {
      String k = key(f.table(), f.name());
      FileInspection i = inspections.get(f);
      Map<String, Long> q = quarantined.getOrDefault(k, Map.of());
      long rowsRead = read.getOrDefault(k, 0L);
      Map<String, Long> flagged = new TreeMap<>();
      if (notInRoster.containsKey(f.name()) && f.table() == InputTable.TICKET_EVENTS) {
        flagged.put(ReasonCode.AGENT_NOT_IN_ROSTER.code(), notInRoster.get(f.name()));
      }
      String issue = rowsRead > 0 ? null
          : (f.format() == InputFile.Format.CSV && i.hasHeader()) ? "header_only" : "empty_file";
      entries.add(new FileEntry(f.table().tableName(), f.name(), f.format().code(), i.sha256(), i.bytes(),
          rowsRead, acceptedRows.getOrDefault(k, 0L), q.values().stream().mapToLong(Long::longValue).sum(),
          q, flagged, i.ignoredColumns(), i.droppedColumns(), issue));
    }
    return new RunManifest(runId, settings.source(), startedAt, String.valueOf(settings.exportTime()),
        settings.zone().getId(), settings.maxQuarantineRatio(), developmentKey ? "development" : "environment",
        entries, tables, byReason);
  }

  private static String key(InputTable table, String file) {
    return table.tableName() + "/" + file;
  }

  private void writeManifest(Path staging, RunManifest manifest) {
    try {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(staging.resolve("manifest.json").toFile(), manifest);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the manifest", e);
    }
    List<Row> rows = manifest.files().stream().map(f -> RowFactory.create(manifest.runId(), f.table(), f.file(),
        f.format(), f.sha256(), f.bytes(), f.rowsRead(), f.rowsAccepted(), f.rowsQuarantined(),
        scala.jdk.javaapi.CollectionConverters.asScala(f.quarantinedByReason()),
        scala.jdk.javaapi.CollectionConverters.asScala(f.flaggedByReason()),
        scala.jdk.javaapi.CollectionConverters.asScala(f.ignoredColumns()).toSeq(),
        scala.jdk.javaapi.CollectionConverters.asScala(f.droppedColumns()).toSeq(),
        f.fileIssue())).toList();
    spark.createDataFrame(rows, LakeSchema.Manifest.SCHEMA).repartition(1)
        .write().mode(SaveMode.ErrorIfExists).parquet(staging.resolve(LakeSchema.Manifest.NAME).toString());
  }

  /** Refuses to commit when a file's rows do not add up or too many of them were quarantined. */
  private void verify(RunManifest manifest) {
    for (FileEntry f : manifest.files()) {
      if (!f.balanced()) {
        throw new IngestFailure(String.format(
            "row accounting failed for %s: %d read but %d accepted + %d quarantined", f.file(),
            f.rowsRead(), f.rowsAccepted(), f.rowsQuarantined()));
      }
    }
    for (FileEntry f : manifest.files()) {
      if (f.quarantineRatio() > settings.maxQuarantineRatio()) {
        String top = f.quarantinedByReason().entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
            .limit(3).map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
        throw new IngestFailure(String.format(
            "%s: %d of %d rows quarantined (%.1f%%), above the maximum of %.1f%% (--max-quarantine-ratio); "
                + "top reasons: %s", f.file(), f.rowsQuarantined(), f.rowsRead(), 100 * f.quarantineRatio(),
            100 * settings.maxQuarantineRatio(), top));
      }
    }
  }

  private String runId(List<String> names) {
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
        .format(clock.instant());
    return stamp + "-" + Integer.toHexString(names.hashCode() & 0xffff);
  }
}
