package io.staffline.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.SparkTestSession;
import io.staffline.ingest.IngestJob;
import io.staffline.ingest.IngestSettings;
import io.staffline.ingest.Progress;
import io.staffline.ingest.Pseudonymizer;
import io.staffline.metrics.calendar.CalendarsConfig;
import io.staffline.metrics.facts.FactsSettings;
import io.staffline.metrics.facts.SlaPolicies;
import io.staffline.sample.GeneratorSettings;
import io.staffline.sample.GeneratorSummary;
import io.staffline.sample.SampleGenerator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metrics job on generated data, checked two ways: against DuckDB SQL over the same canonical
 * lake (an independent engine and route — not over our ticket_facts), and against the
 * generator's ground truth.
 */
class MetricsAgreementTest {
  static final GeneratorSettings GENERATED = GeneratorSettings.defaults().withWeeks(4).withTicketsPerWeek(1_500);
  /** Binomial tolerance for ground-truth rates, in standard errors. */
  static final double STANDARD_ERRORS = 4;

  @TempDir static Path exports;
  @TempDir static Path lake;
  @TempDir static Path metricsOut;
  static GeneratorSummary summary;
  static MetricsJob.Result metrics;
  static Connection duck;
  static int persistedAtStart;
  static int persistedBefore;
  static int persistedAfter;

  @BeforeAll
  static void generateIngestAndMeasure() throws Exception {
    summary = new SampleGenerator(GENERATED).writeTo(exports);
    persistedAtStart = SparkTestSession.get().sparkContext().getPersistentRDDs().size();
    Clock clock = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);
    new IngestJob(SparkTestSession.get(), new IngestSettings(exports, lake, ZoneId.of("UTC"), summary.exportTime(),
        IngestSettings.DEFAULT_MAX_QUARANTINE_RATIO, IngestSettings.CANONICAL_SOURCE), new Pseudonymizer("k"), false,
        clock, Progress.silent()).run();
    persistedBefore = SparkTestSession.get().sparkContext().getPersistentRDDs().size();
    metrics = new MetricsJob(SparkTestSession.get(), new MetricsSettings(lake, metricsOut, summary.exportTime(), 30,
        CalendarsConfig.load(Path.of("jobs/calendars.yaml")).toTeamCalendars(), SlaPolicies.load(Path.of("jobs/sla.yaml")),
        FactsSettings.DEFAULTS), clock, Progress.silent()).run();
    persistedAfter = SparkTestSession.get().sparkContext().getPersistentRDDs().size();
    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duck.createStatement()) {
      s.execute("set TimeZone = 'UTC'");
      s.execute("create view t as select * from read_parquet('" + lake + "/current/tickets/**/*.parquet', hive_partitioning = true)");
      s.execute("create view e as select * from read_parquet('" + lake + "/current/ticket_events/**/*.parquet', hive_partitioning = true)");
      s.execute("create view k as select * from read_parquet('" + metrics.run() + "/kpi_weekly/*.parquet')");
      s.execute("create view a as select * from read_parquet('" + metrics.run() + "/arrivals/*.parquet')");
    }
  }

  @Test
  void createdTicketsPerTeamWeekAgreeExactly() throws SQLException {
    List<String> ours = rows("select period_start, team, sum(created_tickets) from k where tier = 1 group by all order by all");
    List<String> duckdb = rows("""
        select cast(date_trunc('week', created_at) as date), entry_team, count(*) from t group by all order by all""");
    assertEquals(duckdb, ours);
  }

  @Test
  void escalationsFromLine1To2PerTeamWeekAgreeExactly() throws SQLException {
    List<String> ours = rows("""
        select period_start, team, sum(escalated_up), round(sum(escalated_up) / sum(created_tickets), 9)
        from k where tier = 1 group by all order by all""");
    List<String> duckdb = rows("""
        select cast(date_trunc('week', t.created_at) as date), t.entry_team,
               count(*) filter (where esc), round(count(*) filter (where esc) / count(*), 9)
        from t left join (select ticket_id, bool_or(type = 'tier_changed' and old_value = '1' and new_value = '2') as esc
                          from e group by ticket_id) x using (ticket_id)
        group by all order by all""");
    assertEquals(duckdb, ours);
  }

  @Test
  void medianFirstResolutionPerQueueWeekAgrees() throws SQLException {
    // Tolerance: ours are minutes to the whole second; generated times are whole seconds, so exact.
    List<String> ours = rows("""
        select period_start, team, channel, priority, solved_tickets, round(first_resolution_p50_minutes, 6),
               round(first_resolution_p90_minutes, 6)
        from k where tier = 1 and solved_tickets > 0 order by all""");
    List<String> duckdb = rows("""
        with solved as (select ticket_id, min(event_at) as at from e where type in ('solved', 'closed') group by ticket_id)
        select cast(date_trunc('week', s.at) as date), t.entry_team, t.channel, t.priority, count(*),
               round(quantile_cont(epoch(s.at - t.created_at) / 60, 0.5), 6),
               round(quantile_cont(epoch(s.at - t.created_at) / 60, 0.9), 6)
        from solved s join t using (ticket_id) group by all order by all""");
    assertEquals(duckdb, ours);
  }

  @Test
  void measuredEscalationRateMatchesTheGeneratorsParameter() throws SQLException {
    long created = scalar("select sum(created_tickets) from k where tier = 1");
    long escalated = scalar("select sum(escalated_up) from k where tier = 1");
    double p = GENERATED.escalation12();
    double se = Math.sqrt(p * (1 - p) / created);
    double measured = (double) escalated / created;
    assertEquals(summary.tickets(), created);
    assertTrue(Math.abs(measured - p) <= STANDARD_ERRORS * se, "L1->L2 " + measured + " vs " + p);
  }

  @Test
  void measuredHandleTimePerLineMatchesTheGeneratorsMeans() throws SQLException {
    // ground truth: lognormal handle times with means 360 / 900 / 1800 s on lines 1 / 2 / 3
    // (docs/generator.md); the relative standard error of a mean of n draws is cv / sqrt(n).
    double[] means = {GENERATED.timings().handleSeconds().get(io.staffline.ticket.Tier.LINE_1).mean(),
        GENERATED.timings().handleSeconds().get(io.staffline.ticket.Tier.LINE_2).mean(),
        GENERATED.timings().handleSeconds().get(io.staffline.ticket.Tier.LINE_3).mean()};
    for (int tier = 1; tier <= 3; tier++) {
      long n = scalar("select sum(handled_events) from a where tier = " + tier);
      double measured = (double) scalar("select sum(handle_seconds) from a where tier = " + tier) / n;
      assertTrue(Math.abs(measured / means[tier - 1] - 1) <= 0.10,
          "line " + tier + ": measured AHT " + measured + " vs " + means[tier - 1] + " over " + n + " events");
    }
  }

  @Test
  void measuredFirstLineResolutionMatchesTheGeneratorsParameters() throws SQLException {
    // Ground truth (docs/generator.md): a ticket stays on line 1 with chance 1 - escalation12, never
    // changes group, and is reopened with chance `reopen` after a delay uniform in
    // [reopenMinDays, reopenMaxDays] from its solve. It is an FLR (docs/metrics-ticket-facts.md) when
    // it was not escalated and not reopened within the FCR window of N days:
    // P = (1 - escalation12) * (1 - reopen * F(N)), F the delay's distribution function.
    // Cohort: tickets created at least N + 7 days before the as-of moment, so (nearly) all are decided.
    double window = FactsSettings.DEFAULTS.fcrReopenWindowDays();
    double lo = GENERATED.timings().reopenMinDays();
    double hi = GENERATED.timings().reopenMaxDays();
    double reopenedWithin = hi == lo ? (window >= lo ? 1 : 0) : Math.max(0, Math.min(1, (window - lo) / (hi - lo)));
    double p = (1 - GENERATED.escalation12()) * (1 - GENERATED.reopen() * reopenedWithin);
    String cohort = "from read_parquet('" + metrics.run() + "/ticket_facts/*.parquet') where created_at < timestamp '"
        + java.sql.Timestamp.from(summary.exportTime().minus(java.time.Duration.ofDays((long) window + 7)))
            .toInstant().toString().replace("T", " ").replace("Z", "") + "'";
    long all = scalar("select count(*) " + cohort);
    long decided = scalar("select count(first_line_resolution) " + cohort);
    long resolved = scalar("select count(*) filter (where first_line_resolution) " + cohort);
    assertTrue(all > 1000, "cohort too small: " + all);
    // Undecided tickets (still unsolved, or solved late) could bias the share; keep them under 1%.
    double undecided = 1 - (double) decided / all;
    assertTrue(undecided < 0.01, "undecided share " + undecided);
    double measured = (double) resolved / decided;
    double se = Math.sqrt(p * (1 - p) / decided);
    assertTrue(Math.abs(measured - p) <= STANDARD_ERRORS * se + undecided,
        "FLR " + measured + " vs " + p + " over " + decided + " decided tickets");
  }

  @Test
  void oneWindowPassGivesTheSameEventsAndSegmentsAsTwo() {
    org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> lakeEvents = SparkTestSession.get().read()
        .schema(io.staffline.ingest.LakeSchema.TicketEvents.SCHEMA).parquet(lake + "/current/ticket_events");
    var both = StateSegments.eventsWithSegments(lakeEvents);
    var filled = StateSegments.withStateFilledIn(lakeEvents).select(java.util.Arrays
        .stream(StateSegments.EVENT_COLUMNS).map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new));
    var events = StateSegments.eventsOf(both);
    var segments = StateSegments.segmentsOf(both);
    var twoPass = StateSegments.of(filled);
    assertEquals(java.util.Arrays.asList(filled.columns()), java.util.Arrays.asList(events.columns()));
    assertEquals(java.util.Arrays.asList(twoPass.columns()), java.util.Arrays.asList(segments.columns()));
    long n = lakeEvents.count();
    assertEquals(n, events.count());
    assertEquals(0, events.exceptAll(filled).count() + filled.exceptAll(events).count(), "events");
    assertEquals(n, segments.count());
    assertEquals(0, segments.exceptAll(twoPass).count() + twoPass.exceptAll(segments).count(), "segments");
  }

  @Test
  void ingestAndMetricsLeaveNothingPersistedBehind() {
    // Their intermediate tables are cached or checkpointed in the block manager; a long-running
    // scheduler would fill its heap if each run left them there.
    assertEquals(persistedAtStart, persistedBefore, "ingest");
    assertEquals(persistedBefore, persistedAfter, "metrics");
  }

  @Test
  void everyTicketHasItsFactsAndBacklogIsASnapshot() throws SQLException {
    assertEquals(summary.tickets(), metrics.tables().get(MetricsTables.TICKET_FACTS));
    // The open tickets at the as-of moment equal the backlog of the last snapshot.
    long openAtEnd = scalar("""
        select count(*) from t left join (select ticket_id, arg_max(status, seq) as status from e group by ticket_id) x
        using (ticket_id) where x.status in ('new', 'open', 'pending', 'hold')""");
    long backlog = scalar("select sum(open_tickets) from read_parquet('" + metrics.run()
        + "/backlog_daily/*.parquet') where date = (select max(date) from read_parquet('" + metrics.run()
        + "/backlog_daily/*.parquet'))");
    assertEquals(openAtEnd, backlog);
  }

  private static List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(rs.getString(i)).append(i < n ? "|" : "");
        }
        out.add(b.toString());
      }
    }
    return out;
  }

  private static long scalar(String sql) throws SQLException {
    try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
