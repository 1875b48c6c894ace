package io.staffline.metrics;

/** The names of the tables {@code staffline metrics} writes (docs/metrics.md defines each). */
public final class MetricsTables {
  private MetricsTables() {}

  public static final String TICKET_FACTS = "ticket_facts";
  public static final String KPI_DAILY = "kpi_daily";
  public static final String KPI_WEEKLY = "kpi_weekly";
  public static final String TIER_FLOWS = "tier_flows";
  public static final String TIER_DWELL = "tier_dwell";
  public static final String AGENT_LOAD = "agent_load";
  public static final String TEAM_LOAD_BALANCE = "team_load_balance";
  public static final String ARRIVALS = "arrivals";
  public static final String BACKLOG_DAILY = "backlog_daily";
}
