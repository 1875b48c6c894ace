package io.staffline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.SparkTestSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lake from a small hand-written canonical export: exact values, reruns, atomic commit. */
class IngestLakeTest {
  static final Path FIXTURE = Path.of("src/test/resources/canonical-small");
  static final Instant EXPORT_TIME = Instant.parse("2026-11-01T00:00:00Z");
  static final Pseudonymizer DEV = new Pseudonymizer(Pseudonymizer.DEVELOPMENT_KEY);
  /** HMAC-SHA256(development key, "REQUESTER:C1"), first 16 hex, computed with Python's hmac module. */
  static final String REQUESTER_C1 = "e5543c1498148755";

  final SparkSession spark = SparkTestSession.get();

  IngestJob job(Path lake, String clockTime) {
    return new IngestJob(spark, new IngestSettings(FIXTURE, lake, ZoneId.of("Europe/Berlin"), EXPORT_TIME,
        IngestSettings.DEFAULT_MAX_QUARANTINE_RATIO, IngestSettings.CANONICAL_SOURCE), DEV, true,
        Clock.fixed(Instant.parse(clockTime), ZoneOffset.UTC), Progress.silent());
  }

  @Test
  void theFixtureIsIngestedWithExactValues(@TempDir Path lake) {
    IngestJob.Result r = job(lake, "2026-11-02T06:00:00Z").run();
    assertEquals(List.of(3L, 15L, 3L, 5L, 0L), List.of(r.manifest().tables().get("tickets"),
        r.manifest().tables().get("ticket_events"), r.manifest().tables().get("agents"),
        r.manifest().tables().get("agent_levels"), r.manifest().tables().get("quarantine")));

    Row t100 = table(lake, "tickets").filter("ticket_id = 'T-100'").first();
    assertEquals(Instant.parse("2026-09-07T08:00:00Z"), t100.getAs("created_at"), "+02:00 offset applied");
    assertEquals(LocalDate.of(2026, 9, 7), t100.getAs("created_date"));
    assertEquals(REQUESTER_C1, t100.getAs("requester_key"));
    assertEquals(1, (int) t100.getAs("reopen_count"));
    assertEquals("good", t100.getAs("csat"));
    assertEquals("canonical", t100.getAs("source"));
    Row t101 = table(lake, "tickets").filter("ticket_id = 'T-101'").first();
    assertEquals(Instant.parse("2026-09-07T21:30:00Z"), t101.getAs("created_at"),
        "naive 23:30 read in Europe/Berlin (CEST, +02:00)");

    List<Row> t100Events = table(lake, "ticket_events").filter("ticket_id = 'T-100'").orderBy("seq")
        .select("seq", "type", "tier", "new_value", "handle_seconds", "agent_in_roster").collectAsList();
    assertEquals(9, t100Events.size());
    assertEquals("[1,created,1,null,null,null]", t100Events.get(0).toString());
    assertEquals("[6,tier_changed,2,2,null,true]", t100Events.get(5).toString(), "'L2' read as line 2");
    assertEquals("[8,rated,2,good,null,null]", t100Events.get(7).toString(), "rating normalised");
    List<Row> t102 = table(lake, "ticket_events").filter("ticket_id = 'T-102'").orderBy("seq")
        .select("type").collectAsList();
    assertEquals("[[created], [assigned], [public_reply], [solved]]", t102.toString(),
        "events at the same instant keep their file order");
  }

  @Test
  void personalDataIsDroppedOrPseudonymised(@TempDir Path lake) {
    IngestJob.Result r = job(lake, "2026-11-02T06:00:00Z").run();
    assertFalse(List.of(table(lake, "tickets").columns()).contains("requester_email"));
    assertFalse(List.of(table(lake, "agents").columns()).contains("email"));
    RunManifest.FileEntry tickets = r.manifest().files().stream()
        .filter(f -> f.file().equals("tickets.csv")).findFirst().orElseThrow();
    assertEquals(List.of("requester_name", "requester_email", "subject"), tickets.droppedColumns());
    for (String t : List.of("tickets", "ticket_events", "agents", "agent_levels")) {
      long leaks = table(lake, t).toJSON().filter((org.apache.spark.api.java.function.FilterFunction<String>)
          s -> s.contains("example") || s.contains("Ann Smith") || s.contains("\"a-1\"") || s.contains("C1\"")).count();
      assertEquals(0, leaks, t);
    }
    assertEquals("Dana Fischer", table(lake, "agents").filter("level = 'junior'").first().getAs("display_name"),
        "the roster keeps names for HR outputs");
  }

  @Test
  void aRerunOnTheSameInputsWritesIdenticalTables(@TempDir Path lake) {
    IngestJob.Result first = job(lake, "2026-11-02T06:00:00Z").run();
    IngestJob.Result second = job(lake, "2026-11-02T07:00:00Z").run();
    assertNotEquals(first.run(), second.run());
    for (String t : List.of("tickets", "ticket_events", "agents", "agent_levels", "quarantine")) {
      List<Row> a = spark.read().parquet(first.run().resolve(t).toString()).collectAsList();
      List<Row> b = spark.read().parquet(second.run().resolve(t).toString()).collectAsList();
      assertEquals(a, b, t);
    }
    assertEquals(second.run(), new Lake(lake).currentRun().orElseThrow());
  }

  @Test
  void aFailureJustBeforeCommitLeavesThePreviousLakeIntact(@TempDir Path lake) {
    IngestJob.Result good = job(lake, "2026-11-02T06:00:00Z").run();
    RuntimeException killed = assertThrows(RuntimeException.class, () -> job(lake, "2026-11-02T07:00:00Z")
        .beforeCommit(() -> { throw new RuntimeException("killed"); }).run());
    assertEquals("killed", killed.getMessage());
    assertEquals(good.run(), new Lake(lake).currentRun().orElseThrow());
    assertEquals(3, table(lake, "tickets").count(), "the previous lake is still readable");
    assertTrue(Files.isDirectory(lake.resolve("failed/20261102T070000Z-" + good.runId().split("-")[1])),
        "the failed run's staged output is kept for inspection");
    IngestJob.Result rerun = job(lake, "2026-11-02T08:00:00Z").run();
    assertEquals(rerun.run(), new Lake(lake).currentRun().orElseThrow());
    assertEquals(3, table(lake, "tickets").count());
  }

  @Test
  void stagingLeftByAKilledRunIsClearedByTheNextRun(@TempDir Path lake) throws IOException {
    Path leftover = lake.resolve("runs/.staging-20261101T000000Z-dead/tickets");
    Files.createDirectories(leftover);
    Files.writeString(leftover.resolve("part-0.parquet"), "half written");
    job(lake, "2026-11-02T06:00:00Z").run();
    try (Stream<Path> runs = Files.list(lake.resolve("runs"))) {
      assertEquals(1, runs.count(), "only the committed run is left");
    }
  }

  @Test
  void duckDbReadsEveryTableWithoutOurCode(@TempDir Path lake) throws SQLException {
    job(lake, "2026-11-02T06:00:00Z").run();
    String root = lake.resolve("current").toString();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      assertEquals(3, count(s, "select count(*) from read_parquet('" + root + "/tickets/**/*.parquet', hive_partitioning=true)"));
      assertEquals(15, count(s, "select count(*) from read_parquet('" + root + "/ticket_events/**/*.parquet', hive_partitioning=true)"));
      assertEquals(3, count(s, "select count(*) from read_parquet('" + root + "/agents/*.parquet')"));
      assertEquals(5, count(s, "select count(*) from read_parquet('" + root + "/agent_levels/*.parquet')"));
      assertEquals(0, count(s, "select count(*) from read_parquet('" + root + "/quarantine/*.parquet')"));
      assertEquals(4, count(s, "select count(*) from read_parquet('" + root + "/manifest/*.parquet')"));
      assertEquals(1, count(s, "select count(*) from read_parquet('" + root + "/tickets/**/*.parquet', hive_partitioning=true) "
          + "where ticket_id = 'T-101' and created_at = TIMESTAMPTZ '2026-09-07 21:30:00+00'"));
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private org.apache.spark.sql.Dataset<Row> table(Path lake, String name) {
    return spark.read().parquet(lake.resolve("current").resolve(name).toString());
  }
}
