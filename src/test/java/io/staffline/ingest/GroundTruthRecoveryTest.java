package io.staffline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.SparkTestSession;
import io.staffline.sample.GeneratorSettings;
import io.staffline.sample.GeneratorSummary;
import io.staffline.sample.SampleGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated exports go through ingest losing nothing, and the generator's parameters come back out. */
class GroundTruthRecoveryTest {
  /** Binomial tolerance: the measured share must be within this many standard errors. */
  static final double STANDARD_ERRORS = 4;

  @Test
  void theLine1To2EscalationShareMeasuredFromTheLakeMatchesTheGenerator(@TempDir Path exports, @TempDir Path lake)
      throws IOException {
    GeneratorSettings settings = GeneratorSettings.defaults().withWeeks(4).withTicketsPerWeek(2_000)
        .withEscalation12(0.20);
    GeneratorSummary summary = new SampleGenerator(settings).writeTo(exports);
    SparkSession spark = SparkTestSession.get();
    IngestJob.Result r = new IngestJob(spark, new IngestSettings(exports, lake, ZoneId.of("UTC"),
        summary.exportTime(), IngestSettings.DEFAULT_MAX_QUARANTINE_RATIO, IngestSettings.CANONICAL_SOURCE),
        new Pseudonymizer("test-key"), false, Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC),
        Progress.silent()).run();

    assertEquals(summary.tickets(), r.manifest().tables().get("tickets"), "every generated ticket accepted");
    assertEquals(summary.events(), r.manifest().tables().get("ticket_events"), "every generated event accepted");
    assertEquals(0L, r.manifest().tables().get("quarantine"));

    spark.read().parquet(lake.resolve("current/ticket_events").toString()).createOrReplaceTempView("gt_events");
    Row shares = spark.sql("""
        select count(*) as tickets,
               count_if(escalated) as escalated
        from (select ticket_id,
                     max(case when type = 'tier_changed' and old_value = '1' and new_value = '2'
                              then true else false end) as escalated
              from gt_events group by ticket_id)""").first();
    long n = shares.getLong(0);
    double measured = (double) shares.getLong(1) / n;
    double p = settings.escalation12();
    double standardError = Math.sqrt(p * (1 - p) / n);
    assertEquals(summary.tickets(), n, "every ticket has events");
    assertTrue(Math.abs(measured - p) <= STANDARD_ERRORS * standardError,
        "measured L1->L2 share " + measured + " vs configured " + p + " (SE " + standardError + ")");
  }
}
