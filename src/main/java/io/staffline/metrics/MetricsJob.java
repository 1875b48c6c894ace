package io.staffline.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import static io.staffline.ingest.ConcurrentQueries.get;

import io.staffline.ingest.ConcurrentQueries;
import io.staffline.ingest.Lake;
import io.staffline.ingest.LakeSchema.Agents;
import io.staffline.ingest.LakeSchema.TicketEvents;
import io.staffline.ingest.LakeSchema.Tickets;
import io.staffline.ingest.Progress;
import io.staffline.metrics.calendar.TeamCalendars;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code staffline metrics}: the lake → ticket facts, KPIs, tier flows, agent load, arrivals and
 * backlog (definitions: docs/metrics.md). Read the lake, build the per-ticket facts, aggregate,
 * write every table to a staging folder and switch the output atomically.
 */
public final class MetricsJob {
  /** What a committed run wrote: table → rows. */
  public record Result(Path run, Map<String, Long> tables) {}

  private final SparkSession spark;
  private final MetricsSettings settings;
  private final Clock clock;
  private final Progress progress;

  public MetricsJob(SparkSession spark, MetricsSettings settings, Clock clock, Progress progress) {
    this.spark = spark;
    this.settings = settings;
    this.clock = clock;
    this.progress = progress;
  }

  public Result run() {
    // What happened after the as-of moment has not happened yet for this run.
    java.sql.Timestamp asOf = java.sql.Timestamp.from(settings.asOf());
    Dataset<Row> tickets = read(Tickets.NAME, Tickets.SCHEMA).filter(col(Tickets.CREATED_AT).leq(asOf));
    Dataset<Row> lakeEvents = read(TicketEvents.NAME, TicketEvents.SCHEMA).filter(col(TicketEvents.EVENT_AT).leq(asOf));
    Dataset<Row> agents = read(Agents.NAME, Agents.SCHEMA);
    List<Dataset<Row>> cached = new ArrayList<>();
    Lake out = new Lake(settings.out());
    String runId = out.unusedRunId(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
        .withZone(ZoneOffset.UTC).format(clock.instant()));
    Path staging = out.newStaging(runId);
    try (ConcurrentQueries queries = ConcurrentQueries.of(spark)) {
      progress.step("facts", "one row per ticket, as of " + settings.asOf(), -1);
      // Independent queries run side by side (ConcurrentQueries); each starts once its inputs
      // are materialised.
      CompletableFuture<Dataset<Row>> facts =
          queries.submit(() -> cache(TicketFactsStage.of(tickets, lakeEvents, settings), cached));
      // Every aggregate below reads the group and line holding the ticket at each event.
      CompletableFuture<Dataset<Row>> withSegments =
          queries.submit(() -> cache(StateSegments.eventsWithSegments(lakeEvents), cached));
      CompletableFuture<Dataset<Row>> events = queries.then(withSegments, StateSegments::eventsOf);
      CompletableFuture<Dataset<Row>> segments = queries.then(withSegments, StateSegments::segmentsOf);
      CompletableFuture<Dataset<Row>> backlog =
          queries.then(segments, s -> cache(Backlog.daily(s, tickets, settings.asOf()), cached));
      CompletableFuture<Dataset<Row>> acts = queries.then(events,
          e -> cache(AgentLoad.acts(withAfterHours(e, agents, settings.calendars()), tickets), cached));
      CompletableFuture<Dataset<Row>> ownedDaily =
          queries.then(segments, s -> cache(AgentLoad.ownedOpenBacklog(s, settings.asOf()), cached));
      CompletableFuture<Dataset<Row>> agentLoad =
          queries.then(acts, ownedDaily, (a, o) -> cache(AgentLoad.of(a, agents, o), cached));

      Map<String, CompletableFuture<Dataset<Row>>> tables = new LinkedHashMap<>();
      tables.put(MetricsTables.TICKET_FACTS, facts);
      // Both KPI tables from one aggregation; each is its period's rows.
      CompletableFuture<Dataset<Row>> kpis = queries.then(facts, backlog, (f, b) ->
          cache(Kpis.of(f, b, List.of(Kpis.Period.DAY, Kpis.Period.WEEK), settings.asOf()), cached));
      tables.put(MetricsTables.KPI_DAILY, queries.then(kpis, k -> Kpis.only(k, Kpis.Period.DAY)));
      tables.put(MetricsTables.KPI_WEEKLY, queries.then(kpis, k -> Kpis.only(k, Kpis.Period.WEEK)));
      tables.put(MetricsTables.TIER_FLOWS, queries.then(events, TierFlows::flows));
      tables.put(MetricsTables.TIER_DWELL, queries.then(segments, s -> TierFlows.dwell(s, settings.asOf())));
      tables.put(MetricsTables.AGENT_LOAD, agentLoad);
      tables.put(MetricsTables.TEAM_LOAD_BALANCE, queries.then(agentLoad,
          l -> TeamLoadBalance.of(l.filter(col(AgentLoad.PERIOD).equalTo("week")), agents)));
      tables.put(MetricsTables.ARRIVALS,
          queries.then(events, e -> Arrivals.of(e, tickets, settings.intervalMinutes())));
      tables.put(MetricsTables.BACKLOG_DAILY, backlog);
      Map<String, CompletableFuture<Long>> written = new LinkedHashMap<>();
      tables.forEach((name, table) -> written.put(name, queries.then(table, ds -> {
        progress.step("write", name, -1);
        ds.write().mode(SaveMode.ErrorIfExists).parquet(staging.resolve(name).toString());
        return io.staffline.tables.ParquetTables.rowCount(staging.resolve(name));
      })));
      queries.awaitAll();
      Map<String, Long> rows = new LinkedHashMap<>();
      written.forEach((name, count) -> rows.put(name, get(count)));
      Path run = out.commit(staging, runId);
      progress.step("commit", settings.out().resolve(Lake.CURRENT) + " -> " + run.getFileName(), -1);
      return new Result(run, rows);
    } catch (RuntimeException e) {
      out.keepFailed(staging, runId);
      throw e;
    } finally {
      cached.forEach(MetricsJob::release);
    }
  }

  private Dataset<Row> read(String table, org.apache.spark.sql.types.StructType schema) {
    Path path = settings.lake().resolve(Lake.CURRENT).resolve(table);
    if (!java.nio.file.Files.isDirectory(path)) {
      throw new IllegalArgumentException("no table " + table + " in the lake " + settings.lake()
          + ": run staffline ingest first");
    }
    return spark.read().schema(schema).parquet(path.toString());
  }

  /**
   * Materialises {@code ds} once (an eager local checkpoint): later queries read its rows instead
   * of recomputing it, and plan against a scan instead of its whole lineage. Rows are kept as
   * binary rows (no columnar cache to build). On the sample the job ran about 8% faster than
   * with persist(). {@link #release} frees the blocks when the job ends.
   */
  private static Dataset<Row> cache(Dataset<Row> ds, List<Dataset<Row>> cached) {
    Dataset<Row> p = ds.localCheckpoint(true, StorageLevel.MEMORY_AND_DISK());
    synchronized (cached) {
      cached.add(p);
    }
    return p;
  }

  /** Frees a checkpoint's blocks now rather than when the dataset is garbage-collected. */
  private static void release(Dataset<Row> checkpointed) {
    if (checkpointed.queryExecution().analyzed() instanceof org.apache.spark.sql.execution.LogicalRDD scan) {
      scan.rdd().unpersist(false);
    } else {
      checkpointed.unpersist();
    }
  }

  /** Marks each event done outside the business hours of the acting agent's team (the event's team if unknown). */
  static Dataset<Row> withAfterHours(Dataset<Row> events, Dataset<Row> agents, TeamCalendars calendars) {
    UserDefinedFunction outside = udf((org.apache.spark.sql.api.java.UDF2<String, java.time.Instant, Boolean>)
        (team, at) -> !calendars.forTeam(team).isOpen(at), DataTypes.BooleanType);
    Dataset<Row> teams = agents.select(col(Agents.AGENT_KEY).as("_agent"), col(Agents.TEAM).as("_agent_team"));
    return events.join(teams, events.col(TicketEvents.AGENT_KEY).equalTo(teams.col("_agent")), "left")
        .withColumn("after_hours", outside.apply(
            org.apache.spark.sql.functions.coalesce(col("_agent_team"), col(TicketEvents.TEAM)),
            col(TicketEvents.EVENT_AT)))
        .drop("_agent", "_agent_team");
  }
}
