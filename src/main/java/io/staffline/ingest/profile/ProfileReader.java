package io.staffline.ingest.profile;

import io.staffline.ingest.CsvLine;
import io.staffline.ingest.LakeSchema;
import io.staffline.ingest.LakeSchema.Quarantine;
import io.staffline.ingest.LakeSchema.TicketEvents;
import io.staffline.ingest.LakeSchema.Tickets;
import io.staffline.ingest.Pseudonymizer;
import io.staffline.ingest.RawFiles;
import io.staffline.ingest.Reject;
import io.staffline.ingest.RunManifest.FileEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Reads a helpdesk's own export through its profile: each line becomes a source record (or a
 * quarantined row), each ticket's records become its canonical row and events. Every source row is
 * counted: read = used by the derivation + quarantined.
 */
public final class ProfileReader {
  /** The table name quarantined source rows carry. */
  public static final String SOURCE_ROWS = "source_rows";

  /** What the reader produced; datasets are in the parsed layout (table + reason columns). */
  public record Result(Dataset<Row> tickets, Dataset<Row> events, Dataset<Row> quarantine,
      List<FileEntry> files, List<Dataset<Row>> cached, List<JavaRDD<?>> cachedRdds) {}

  private final SparkSession spark;
  private final SourceProfile profile;
  private final Instant exportTime;
  private final Pseudonymizer pseudonyms;

  public ProfileReader(SparkSession spark, SourceProfile profile, Instant exportTime, Pseudonymizer pseudonyms) {
    this.spark = spark;
    this.profile = profile;
    this.exportTime = exportTime;
    this.pseudonyms = pseudonyms;
  }

  /** A file's header, checked against the columns the profile needs. */
  record Header(String sha256, long bytes, long line, List<String> columns, String reject)
      implements java.io.Serializable {}

  public Result read(List<java.nio.file.Path> files) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<JavaRDD<SourceLine>> parts = new ArrayList<>();
    Map<String, Header> headers = new java.util.LinkedHashMap<>();
    for (java.nio.file.Path file : files) {
      String name = file.getFileName().toString();
      String uri = file.toAbsolutePath().toUri().toString();
      Header h = header(uri, name, spark.sparkContext().hadoopConfiguration());
      headers.put(name, h);
      ProfileLineParser parser = new ProfileLineParser(profile, h.columns(), h.line(), name, exportTime, pseudonyms);
      String reject = h.reject();
      JavaRDD<byte[]> raw = jsc.hadoopFile(uri, TextInputFormat.class, LongWritable.class, Text.class)
          .map(t -> t._2().copyBytes());
      // gzip files arrive as one partition: spread the parsing over every core, in partitions
      // of a bounded size.
      int partitions = RawFiles.linePartitions(h.bytes(),
          RawFiles.compressed(new org.apache.hadoop.fs.Path(uri), jsc.hadoopConfiguration()),
          raw.getNumPartitions(), jsc.defaultParallelism());
      parts.add(raw
          .zipWithIndex()
          .repartition(partitions)
          .map((Tuple2<byte[], Long> t) -> reject == null ? parser.parse(t._2() + 1, t._1())
              : rejectAll(t._2() + 1, t._1(), h, name, reject))
          .filter(Objects::nonNull));
    }
    JavaRDD<SourceLine> lines = (parts.size() == 1 ? parts.get(0) : jsc.union(parts.toArray(JavaRDD[]::new)))
        .persist(StorageLevel.MEMORY_AND_DISK());
    SourceProfile p = profile;
    JavaRDD<TicketHistory.Derived> derived = lines.filter(SourceLine::accepted)
        .map(SourceLine::record)
        .groupBy(SourceRecord::ticketId)
        .map(g -> TicketHistory.derive(p, toList(g._2())))
        .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> tickets = spark.createDataFrame(derived.map(d -> RowFactory.create(d.ticket())),
        LakeSchema.withQuarantineColumns(Tickets.SCHEMA));
    Dataset<Row> events = spark.createDataFrame(
        derived.flatMap(d -> d.events().stream().map(e -> (Row) RowFactory.create(e)).iterator()),
        LakeSchema.withQuarantineColumns(TicketEvents.SCHEMA));
    JavaRDD<Row> rejected = lines.filter(l -> !l.accepted()).map(ProfileReader::quarantineRow)
        .union(derived.flatMap(d -> d.rejected().stream().map(ProfileReader::quarantineRow).iterator()));
    Dataset<Row> quarantine = spark.createDataFrame(rejected, Quarantine.SCHEMA);

    Map<String, Long> read = new HashMap<>();
    lines.map(SourceLine::file).countByValue().forEach(read::put);
    Map<String, Long> used = new HashMap<>();
    derived.flatMap(d -> d.consumed().iterator()).map(TicketHistory.Consumed::file).countByValue().forEach(used::put);
    Map<String, Long> clamped = new HashMap<>();
    derived.flatMap(d -> d.consumed().iterator()).filter(c -> c.flag() != null)
        .map(TicketHistory.Consumed::file).countByValue().forEach(clamped::put);
    Map<String, Map<String, Long>> byReason = new HashMap<>();
    for (Row r : quarantine.groupBy(LakeSchema.SOURCE_FILE, Quarantine.REASON_CODE).count().collectAsList()) {
      byReason.computeIfAbsent(r.getString(0), k -> new TreeMap<>()).put(r.getString(1), r.getLong(2));
    }
    List<FileEntry> entries = new ArrayList<>();
    headers.forEach((name, h) -> {
      Map<String, Long> q = byReason.getOrDefault(name, Map.of());
      long rowsRead = read.getOrDefault(name, 0L);
      Map<String, Long> flags = clamped.containsKey(name) ? Map.of(TicketHistory.CLAMPED, clamped.get(name)) : Map.of();
      entries.add(new FileEntry(SOURCE_ROWS, name, (profile.format() != null && profile.format().jsonLines() ? "jsonl:" : "csv:")
          + profile.name(), h.sha256(), h.bytes(), rowsRead,
          used.getOrDefault(name, 0L), q.values().stream().mapToLong(Long::longValue).sum(), q, flags,
          List.of(), List.of(), rowsRead > 0 ? null : h.columns().isEmpty() && h.reject() == null ? "empty_file" : "header_only"));
    });
    return new Result(tickets, events, quarantine, entries, List.of(), List.of(lines, derived));
  }

  private static <T> List<T> toList(Iterable<T> items) {
    List<T> out = new ArrayList<>();
    items.forEach(out::add);
    return out;
  }

  private static SourceLine rejectAll(long lineNo, byte[] bytes, Header h, String name, String reason) {
    if (lineNo <= h.line()) {
      return null;
    }
    String raw = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    // The file's columns are unknown, so nothing tells which cells are personal: keep no text.
    return raw.isBlank() ? null
        : new SourceLine(null, io.staffline.ingest.ReasonCode.BAD_HEADER.code(), reason, io.staffline.ingest.Redaction.MASK, name, lineNo);
  }

  private static Row quarantineRow(SourceLine l) {
    return RowFactory.create(SOURCE_ROWS, l.file(), l.line(), l.reasonCode(), l.reason(), l.raw());
  }

  private Header header(String uri, String name, Configuration hadoop) {
    try {
      Path path = new Path(uri);
      FileSystem fs = path.getFileSystem(hadoop);
      long bytes = fs.getFileStatus(path).getLen();
      String sha = RawFiles.sha256(fs, path);
      if (profile.format().jsonLines()) {
        // JSON Lines have no header: every line is a record, its columns are paths into it.
        return new Header(sha, bytes, 0, List.of(), null);
      }
      Charset charset = Charset.forName(profile.format().encodingName());
      long lineNo = 0;
      try (InputStream in = RawFiles.open(fs, path, hadoop)) {
        byte[] line;
        while ((line = RawFiles.readLine(in)) != null) {
          lineNo++;
          String text = new String(line, charset);
          if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
          }
          if (text.isBlank()) {
            continue;
          }
          List<String> columns;
          try {
            columns = ProfileLineParser.numberRepeats(
                CsvLine.split(text, profile.format().delimiterChar(), profile.format().quoteChar()));
          } catch (Reject r) {
            return new Header(sha, bytes, lineNo, List.of(), "the header of " + name + " cannot be read: " + r.getMessage());
          }
          List<String> missing = new ArrayList<>();
          for (List<String> mapped : profile.fields().values()) {
            mapped.stream().filter(c -> !columns.contains(c) && !missing.contains(c)).forEach(missing::add);
          }
          profile.kept().stream().filter(c -> !columns.contains(c) && !missing.contains(c)).forEach(missing::add);
          if (!missing.isEmpty()) {
            return new Header(sha, bytes, lineNo, columns, "the header of " + name + " lacks column(s) "
                + missing + " that profile " + profile.name() + " maps");
          }
          return new Header(sha, bytes, lineNo, columns, null);
        }
      }
      return new Header(sha, bytes, lineNo, List.of(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
