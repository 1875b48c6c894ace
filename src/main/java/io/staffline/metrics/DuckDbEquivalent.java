package io.staffline.metrics;

import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark's yardstick: DuckDB SQL doing the same kind of work as the metrics job over the
 * same lake — per-ticket first reply, first solve, reopens and escalations; weekly cohort and
 * throughput KPIs per team × channel × priority with exact p50/p90; 30-minute arrivals; weekly
 * line flows; weekly agent counts — each written to Parquet. Not a second implementation of the
 * definitions (business time, SLA, backlog and dwell are left out, so DuckDB does less work).
 */
public final class DuckDbEquivalent {
  private DuckDbEquivalent() {}

  public static List<String> statements(Path lake, Path out) {
    String l = lake.resolve("current").toString();
    String o = out.toString();
    return List.of(
        "set TimeZone = 'UTC'",
        "create or replace view t as select * from read_parquet('" + l + "/tickets/**/*.parquet', hive_partitioning = true)",
        "create or replace view e as select * from read_parquet('" + l + "/ticket_events/**/*.parquet', hive_partitioning = true)",
        """
        create or replace temp table f as
        select t.ticket_id, t.created_at, t.entry_team, t.channel, t.priority,
               min(e.event_at) filter (where e.type = 'public_reply' and e.agent_key is not null) as first_reply_at,
               min(e.event_at) filter (where e.type in ('solved', 'closed')) as first_solved_at,
               count(*) filter (where e.type = 'reopened') as reopens,
               bool_or(e.type = 'tier_changed' and e.old_value = '1' and e.new_value = '2') as esc12,
               bool_or(e.type = 'tier_changed' and e.old_value = '2' and e.new_value = '3') as esc23,
               max(e.tier) as max_tier, sum(e.handle_seconds) as handle_seconds
        from t join e using (ticket_id) group by all""",
        "copy (select date_trunc('week', created_at) as week, entry_team, channel, priority, count(*) as created,"
            + " count(*) filter (where esc12) as esc12, count(*) filter (where esc23) as esc23,"
            + " quantile_cont(epoch(first_reply_at - created_at) / 60, [0.5, 0.9]) as first_reply"
            + " from f group by all) to '" + o + "/kpi_cohort.parquet' (format parquet)",
        "copy (select date_trunc('week', first_solved_at) as week, entry_team, channel, priority, count(*) as solved,"
            + " count(*) filter (where reopens > 0) as reopened,"
            + " quantile_cont(epoch(first_solved_at - created_at) / 60, [0.5, 0.9]) as resolution"
            + " from f where first_solved_at is not null group by all) to '" + o + "/kpi_throughput.parquet' (format parquet)",
        "copy (select time_bucket(interval 30 minutes, e.event_at) as interval_start, e.team, t.channel,"
            + " coalesce(e.tier, 1) as tier, count(*) filter (where e.type = 'created') as new_tickets,"
            + " count(*) filter (where e.type = 'tier_changed' and e.new_value > e.old_value) as escalations_in,"
            + " sum(e.handle_seconds) as handle_seconds from e join t using (ticket_id) group by all)"
            + " to '" + o + "/arrivals.parquet' (format parquet)",
        "copy (select date_trunc('week', event_at) as week, old_value, new_value, count(*) as transitions"
            + " from e where type = 'tier_changed' group by all) to '" + o + "/tier_flows.parquet' (format parquet)",
        "copy (select agent_key, date_trunc('week', event_at) as week, count(distinct ticket_id) as touched,"
            + " count(*) filter (where type = 'solved') as solved, count(*) filter (where type = 'public_reply') as replies,"
            + " sum(handle_seconds) / 3600.0 as handle_hours from e where agent_key is not null group by all)"
            + " to '" + o + "/agent_load.parquet' (format parquet)");
  }
}
