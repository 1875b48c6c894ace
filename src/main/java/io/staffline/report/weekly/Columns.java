package io.staffline.report.weekly;

/**
 * The columns of the metrics, lake and forecast tables the weekly pack reads, named once
 * (definitions: docs/metrics.md, docs/metrics-ticket-facts.md, docs/data-model.md, docs/pipeline.md).
 */
final class Columns {
  private Columns() {}

  static final class KpiWeekly {
    static final String TABLE = "kpi_weekly";
    static final String PERIOD_START = "period_start";
    static final String TEAM = "team";
    static final String TIER = "tier";
    static final String CREATED = "created_tickets";
    static final String ESCALATED_UP = "escalated_up";
    static final String BOUNCED_BACK = "bounced_back";
    static final String PING_PONG = "ping_pong";
    static final String FLR_DECIDED = "flr_decided";
    static final String FLR_RESOLVED = "flr_resolved";
    static final String SLA_FIRST_REPLY_MET = "sla_first_reply_met";
    static final String SLA_FIRST_REPLY_BREACHED = "sla_first_reply_breached";
    static final String SOLVED = "solved_tickets";
    static final String REOPENED = "reopened_tickets";
    static final String SLA_RESOLUTION_MET = "sla_resolution_met";
    static final String SLA_RESOLUTION_BREACHED = "sla_resolution_breached";
    static final String CSAT_RATED = "csat_rated";
    static final String CSAT_GOOD = "csat_good";
    static final String BACKLOG_END = "backlog_end";
    static final String[] READ = {PERIOD_START, TEAM, TIER, CREATED, ESCALATED_UP, BOUNCED_BACK, PING_PONG,
        FLR_DECIDED, FLR_RESOLVED, SLA_FIRST_REPLY_MET, SLA_FIRST_REPLY_BREACHED, SOLVED, REOPENED,
        SLA_RESOLUTION_MET, SLA_RESOLUTION_BREACHED, CSAT_RATED, CSAT_GOOD, BACKLOG_END};

    private KpiWeekly() {}
  }

  static final class Facts {
    static final String TABLE = "ticket_facts";
    static final String TICKET_ID = "ticket_id";
    static final String CREATED_AT = "created_at";
    static final String CHANNEL = "channel";
    static final String PRIORITY = "priority";
    static final String ENTRY_TEAM = "entry_team";
    static final String AS_OF = "as_of";
    static final String FINAL_STATUS = "final_status";
    static final String FINAL_TIER = "final_tier";
    static final String ENTRY_TIER = "entry_tier";
    static final String ENTERED_LINE_1 = "entered_line_1";
    static final String FIRST_REPLY_MINUTES = "first_reply_minutes";
    static final String FIRST_RESOLUTION_AT = "first_resolution_at";
    static final String FIRST_RESOLUTION_MINUTES = "first_resolution_minutes";
    static final String SLA_FIRST_REPLY_OUTCOME = "sla_first_reply_outcome";
    static final String SLA_FIRST_REPLY_DUE = "sla_first_reply_due";
    static final String SLA_FIRST_REPLY_OVER = "sla_first_reply_over_minutes";
    static final String SLA_RESOLUTION_OUTCOME = "sla_resolution_outcome";
    static final String SLA_RESOLUTION_DUE = "sla_resolution_due";
    static final String SLA_RESOLUTION_OVER = "sla_resolution_over_minutes";
    static final String[] READ = {TICKET_ID, CREATED_AT, CHANNEL, PRIORITY, ENTRY_TEAM, AS_OF, FINAL_STATUS,
        FINAL_TIER, ENTRY_TIER, ENTERED_LINE_1, FIRST_REPLY_MINUTES, FIRST_RESOLUTION_AT, FIRST_RESOLUTION_MINUTES,
        SLA_FIRST_REPLY_OUTCOME, SLA_FIRST_REPLY_DUE, SLA_FIRST_REPLY_OVER, SLA_RESOLUTION_OUTCOME,
        SLA_RESOLUTION_DUE, SLA_RESOLUTION_OVER};

    private Facts() {}
  }

  static final class TierFlows {
    static final String TABLE = "tier_flows";
    static final String WEEK_START = "week_start";
    static final String FLOW = "flow";
    static final String FROM = "from_value";
    static final String TO = "to_value";
    static final String TRANSITIONS = "transitions";
    static final String LINE = "line";
    static final String GROUP = "group";
    static final String[] READ = {WEEK_START, FLOW, FROM, TO, TRANSITIONS};

    private TierFlows() {}
  }

  static final class TierDwell {
    static final String TABLE = "tier_dwell";
    static final String WEEK_START = "week_start";
    static final String TIER = "tier";
    static final String VISITS_ENDED = "visits_ended";
    static final String MEDIAN = "median_dwell_minutes";
    static final String P90 = "p90_dwell_minutes";
    static final String[] READ = {WEEK_START, TIER, VISITS_ENDED, MEDIAN, P90};

    private TierDwell() {}
  }

  static final class AgentLoad {
    static final String TABLE = "agent_load";
    static final String AGENT_KEY = "agent_key";
    static final String PERIOD_START = "period_start";
    static final String PERIOD = "period";
    static final String WEEK = "week";
    static final String TOUCHED = "tickets_touched";
    static final String OWNED = "tickets_owned";
    static final String SOLVED = "tickets_solved";
    static final String REPLIES = "public_replies";
    static final String OWNED_BACKLOG = "owned_open_backlog";
    static final String HANDLE_HOURS = "handle_hours";
    static final String OCCUPANCY = "occupancy";
    static final String AFTER_HOURS = "after_hours_share";
    static final String WEIGHTED_LOAD = "complexity_weighted_load";
    static final String[] READ = {AGENT_KEY, PERIOD_START, PERIOD, TOUCHED, OWNED, SOLVED, REPLIES, OWNED_BACKLOG,
        HANDLE_HOURS, OCCUPANCY, AFTER_HOURS, WEIGHTED_LOAD};

    private AgentLoad() {}
  }

  static final class TeamLoadBalance {
    static final String TABLE = "team_load_balance";
    static final String WEEK_START = "week_start";
    static final String TEAM = "team";
    static final String TIER = "tier";
    static final String AGENTS = "agents";
    static final String SOLVED_CV = "solved_cv";
    static final String SOLVED_GINI = "solved_gini";
    static final String LOAD_CV = "weighted_load_cv";
    static final String LOAD_GINI = "weighted_load_gini";
    static final String[] READ = {WEEK_START, TEAM, TIER, AGENTS, SOLVED_CV, SOLVED_GINI, LOAD_CV, LOAD_GINI};

    private TeamLoadBalance() {}
  }

  static final class BacklogDaily {
    static final String TABLE = "backlog_daily";
    static final String DATE = "date";
    static final String TEAM = "team";
    static final String TIER = "tier";
    static final String AGE_BUCKET = "age_bucket";
    static final String OPEN = "open_tickets";
    /** The age buckets of docs/metrics.md §5, youngest first. */
    static final String[] AGE_BUCKETS = {"0-1d", "1-3d", "3-7d", "7-14d", "14-30d", "30d+"};
    static final String[] READ = {DATE, TEAM, TIER, AGE_BUCKET, OPEN};

    private BacklogDaily() {}
  }

  static final class Arrivals {
    static final String TABLE = "arrivals";
    static final String INTERVAL_START = "interval_start";
    static final String INTERVAL_MINUTES = "interval_minutes";
    static final String TEAM = "team";
    static final String CHANNEL = "channel";
    static final String TIER = "tier";
    static final String ARRIVALS = "arrivals";
    static final String[] READ = {INTERVAL_START, INTERVAL_MINUTES, TEAM, CHANNEL, TIER, ARRIVALS};

    private Arrivals() {}
  }

  static final class Agents {
    static final String TABLE = "agents";
    static final String AGENT_KEY = "agent_key";
    static final String TEAM = "team";
    static final String TIER = "tier";
    /** Only these: the roster's display names stay out of every report but HR's. */
    static final String[] READ = {AGENT_KEY, TEAM, TIER};

    private Agents() {}
  }

  static final class Quarantine {
    static final String TABLE = "quarantine";
    static final String TABLE_NAME = "table_name";
    static final String REASON_CODE = "reason_code";
    /** Never the raw line: the pack shows counts only. */
    static final String[] READ = {TABLE_NAME, REASON_CODE};

    private Quarantine() {}
  }
}
