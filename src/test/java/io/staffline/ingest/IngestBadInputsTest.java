package io.staffline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.staffline.SparkTestSession;
import io.staffline.TestPaths;
import io.staffline.ingest.RunManifest.FileEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** data-samples/bad: one file per bad-input shape, each with its reason code, no row lost. */
class IngestBadInputsTest {
  static final Instant EXPORT_TIME = Instant.parse("2026-11-01T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T06:00:00Z"), ZoneOffset.UTC);
  static final Pseudonymizer PSEUDONYMS = new Pseudonymizer(Pseudonymizer.DEVELOPMENT_KEY);

  @TempDir static Path lakeDir;
  static IngestJob.Result result;
  static SparkSession spark;

  @BeforeAll
  static void ingestTheWholeBadFolder() {
    spark = SparkTestSession.get();
    result = new IngestJob(spark, settings(TestPaths.BAD, lakeDir, 1.0), PSEUDONYMS, true, CLOCK,
        Progress.silent()).run();
  }

  static IngestSettings settings(Path input, Path lake, double maxRatio) {
    return new IngestSettings(input, lake, ZoneId.of("Europe/Berlin"), EXPORT_TIME, maxRatio,
        IngestSettings.CANONICAL_SOURCE);
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        arguments("tickets_empty.csv", 0, 0, Map.of(), "empty_file"),
        arguments("tickets_header_only.csv", 0, 0, Map.of(), "header_only"),
        arguments("tickets_bom.csv", 2, 2, Map.of(), null),
        arguments("tickets_crlf.csv", 2, 2, Map.of(), null),
        arguments("tickets_wrong_delimiter.csv", 2, 0, Map.of("wrong_delimiter", 2L), null),
        arguments("tickets_short_long_rows.csv", 3, 1, Map.of("short_row", 1L, "long_row", 1L), null),
        arguments("tickets_bad_encoding.csv", 2, 1, Map.of("bad_encoding", 1L), null),
        arguments("tickets_bad_dates.csv", 4, 1, Map.of("bad_timestamp", 3L), null),
        arguments("tickets_solved_before_created.csv", 2, 1, Map.of("solved_before_created", 1L), null),
        arguments("tickets_duplicates.csv", 4, 2, Map.of("duplicate_ticket", 2L), null),
        arguments("tickets_formula.csv", 3, 3, Map.of(), null),
        arguments("tickets_unknown_values.csv", 3, 1, Map.of("unknown_value", 2L), null),
        arguments("tickets_unbalanced_quote.csv", 2, 1, Map.of("unbalanced_quote", 1L), null),
        arguments("tickets_after_export_time.csv", 2, 0, Map.of("after_export_time", 2L), null),
        arguments("tickets_missing_column.csv", 1, 0, Map.of("bad_header", 1L), null),
        arguments("tickets_missing_values.csv", 2, 0, Map.of("missing_value", 2L), null),
        arguments("tickets_bad_json.jsonl", 4, 1, Map.of("bad_json", 2L, "missing_value", 1L), null),
        arguments("ticket_events_bad.csv", 6, 2, Map.of("duplicate_event", 1L, "unknown_ticket", 1L,
            "event_before_created", 1L, "unknown_value", 1L), null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void eachBadFileIsAccountedForWithItsReasons(String file, long read, long accepted,
      Map<String, Long> reasons, String fileIssue) throws IOException {
    FileEntry e = entry(file);
    assertEquals(dataLinesOf(TestPaths.BAD.resolve(file)), e.rowsRead(), "rows read, counted independently");
    assertEquals(read, e.rowsRead(), "rows read");
    assertEquals(accepted, e.rowsAccepted(), "rows accepted");
    assertEquals(reasons, e.quarantinedByReason(), "quarantined by reason");
    assertEquals(read - accepted, e.rowsQuarantined(), "no row lost");
    assertEquals(fileIssue, e.fileIssue());
  }

  @Test
  void everyBadFileIsInTheManifest() throws IOException {
    try (Stream<Path> files = Files.list(TestPaths.BAD)) {
      List<String> onDisk = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(onDisk, result.manifest().files().stream().map(FileEntry::file).sorted().toList());
      assertEquals(onDisk.size(), badFiles().count(), "each bad file has its own expectation");
    }
  }

  @Test
  void eventsOfAgentsMissingFromTheRosterAreAcceptedButFlagged() {
    assertEquals(Map.of("agent_not_in_roster", 1L), entry("ticket_events_bad.csv").flaggedByReason());
  }

  @Test
  void eachQuarantinedRowCarriesItsSourceLineVerbatim() throws IOException {
    List<Row> rows = spark.read().parquet(result.run().resolve("quarantine").toString())
        .filter("source_file not like '%.jsonl'").collectAsList();
    long expected = badFiles().map(Arguments::get)
        .filter(a -> ((String) a[0]).endsWith(".csv"))
        .mapToLong(a -> ((Number) a[1]).longValue() - ((Number) a[2]).longValue()).sum();
    assertEquals(expected, rows.size());
    for (Row r : rows) {
      String file = r.getAs("source_file");
      long line = r.getAs("source_line");
      String sourceLine = physicalLines(TestPaths.BAD.resolve(file))[(int) line - 1];
      assertEquals(sourceLine, r.getAs("raw"), file + ":" + line);
      assertFalse(((String) r.getAs("reason")).isBlank(), "a reason in words");
    }
  }

  @Test
  void formulaLikeStringsAreKeptAsPlainText() {
    List<Row> rows = spark.read().parquet(result.run().resolve("tickets").toString())
        .filter("ticket_id like 'FORM-%'").orderBy("ticket_id").select("category", "entry_team").collectAsList();
    assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", rows.get(0).getString(0));
    assertEquals("+cmd|' /C calc'!A0", rows.get(1).getString(0));
    assertEquals("@SUM(1+1)", rows.get(2).getString(0));
    assertEquals("-2+3", rows.get(2).getString(1));
  }

  @Test
  void personalDataNeverReachesTheLake() {
    // tickets_bad_json.jsonl names jo@example.com as requester_email: dropped, and masked in quarantine.
    long leaks = spark.read().parquet(result.run().resolve("quarantine").toString())
        .filter("raw like '%@example.com%'").count();
    assertEquals(0, leaks);
    assertTrue(entry("tickets_bad_json.jsonl").fileIssue() == null);
  }

  @Test
  void tooManyQuarantinedRowsFailTheRunNamingTheFileAndTopReasons(@TempDir Path input, @TempDir Path lake)
      throws IOException {
    Files.copy(TestPaths.BAD.resolve("tickets_bom.csv"), input.resolve("tickets_bom.csv"));
    Files.copy(TestPaths.BAD.resolve("tickets_bad_dates.csv"), input.resolve("tickets_bad_dates.csv"));
    IngestJob.IngestFailure failure = assertThrows(IngestJob.IngestFailure.class, () ->
        new IngestJob(spark, settings(input, lake, IngestSettings.DEFAULT_MAX_QUARANTINE_RATIO), PSEUDONYMS,
            true, CLOCK, Progress.silent()).run());
    assertTrue(failure.getMessage().startsWith("tickets_bad_dates.csv: 3 of 4 rows quarantined (75.0%)"),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("top reasons: bad_timestamp 3"), failure.getMessage());
    assertFalse(Files.exists(lake.resolve(Lake.CURRENT)), "nothing committed");
  }

  private static FileEntry entry(String file) {
    return result.manifest().files().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
  }

  /** Non-blank physical lines, less the header for CSV: counted here, not by the code under test. */
  static long dataLinesOf(Path file) throws IOException {
    String[] lines = physicalLines(file);
    long nonBlank = Arrays.stream(lines).filter(l -> !l.isBlank()).count();
    return file.toString().endsWith(".csv") && nonBlank > 0 ? nonBlank - 1 : nonBlank;
  }

  private static String[] physicalLines(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    if (text.isEmpty()) {
      return new String[0];
    }
    return text.replace("\uFEFF", "").split("\r?\n", -1);
  }
}
