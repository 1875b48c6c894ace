package io.staffline.report.planning;

/** The columns of the forecast, staffing and rota tables the planners' workbook reads (docs/pipeline.md). */
final class Columns {
  private Columns() {}

  static final class Requirements {
    static final String TABLE = "staffing_requirements";
    static final String AS_OF = "as_of";
    static final String INTERVAL_START = "interval_start";
    static final String INTERVAL_MINUTES = "interval_minutes";
    static final String TEAM = "team";
    static final String CHANNEL = "channel";
    static final String TIER = "tier";
    static final String CONTACTS = "contacts";
    static final String AHT = "aht_seconds";
    static final String MODEL = "model";
    static final String FRACTIONAL = "required_fractional";
    static final String AGENTS = "required_agents";
    static final String SERVICE_LEVEL = "service_level";
    static final String ASA = "asa_seconds";
    static final String OCCUPANCY = "occupancy";
    static final String ABANDONMENT = "abandonment";
    static final String[] READ = {AS_OF, INTERVAL_START, INTERVAL_MINUTES, TEAM, CHANNEL, TIER, CONTACTS, AHT, MODEL,
        FRACTIONAL, AGENTS, SERVICE_LEVEL, ASA, OCCUPANCY, ABANDONMENT};

    private Requirements() {}
  }

  static final class ByLine {
    static final String TABLE = "staffing_by_line";
    static final String AS_OF = "as_of";
    static final String INTERVAL_START = "interval_start";
    static final String INTERVAL_MINUTES = "interval_minutes";
    static final String TIER = "tier";
    static final String FRACTIONAL = "required_fractional";
    static final String REQUIRED = "required_agents";
    static final String SHRINKAGE = "shrinkage";
    static final String SCHEDULED = "scheduled_agents";
    static final String[] READ = {AS_OF, INTERVAL_START, INTERVAL_MINUTES, TIER, FRACTIONAL, REQUIRED, SHRINKAGE,
        SCHEDULED};

    private ByLine() {}
  }

  static final class RotaSummary {
    static final String TABLE = "rota_summary";
    static final String TIER = "tier";
    static final String OBJECTIVE = "objective";
    static final String STATUS = "status";
    static final String OBJECTIVE_VALUE = "objective_value";
    static final String BOUND = "bound";
    static final String GAP = "gap";
    static final String AGENTS = "agents";
    static final String FTE = "fte";
    static final String PAID_HOURS = "paid_hours";
    static final String UNDER = "under_coverage_intervals";
    static final String SECONDS = "solve_seconds";
    static final String[] READ = {TIER, OBJECTIVE, STATUS, OBJECTIVE_VALUE, BOUND, GAP, AGENTS, FTE, PAID_HOURS, UNDER,
        SECONDS};

    private RotaSummary() {}
  }

  static final class RotaPatterns {
    static final String TABLE = "rota_patterns";
    static final String TIER = "tier";
    static final String PATTERN = "pattern";
    static final String TOUR = "tour";
    static final String START_DAY = "start_day";
    static final String START_TIME = "start_time";
    static final String LENGTH = "length_hours";
    static final String PAID = "paid_hours_per_week";
    static final String HEADCOUNT = "headcount";
    static final String[] READ = {TIER, PATTERN, TOUR, START_DAY, START_TIME, LENGTH, PAID, HEADCOUNT};

    private RotaPatterns() {}
  }

  static final class RotaCoverage {
    static final String TABLE = "rota_coverage";
    static final String TIER = "tier";
    static final String INTERVAL_START = "interval_start";
    static final String REQUIRED = "required";
    static final String COVERED = "covered";
    static final String OVER = "over";
    static final String UNDER = "under";
    static final String[] READ = {TIER, INTERVAL_START, REQUIRED, COVERED, OVER, UNDER};

    private RotaCoverage() {}
  }

  static final class RotaRotation {
    static final String TABLE = "rota_rotation";
    static final String TIER = "tier";
    static final String SLOT = "slot";
    static final String WEEK = "week";
    static final String DAY = "day";
    static final String SHIFT = "shift";
    static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
    static final String[] READ = {TIER, SLOT, WEEK, DAY, SHIFT};

    private RotaRotation() {}
  }

  static final class RotaFairness {
    static final String TABLE = "rota_fairness";
    static final String TIER = "tier";
    static final String SLOT = "slot";
    static final String NIGHTS = "nights";
    static final String WEEKEND_DAYS = "weekend_days";
    static final String NIGHT_SHARE = "night_share";
    static final String WEEKEND_SHARE = "weekend_share";
    static final String[] READ = {TIER, SLOT, NIGHTS, WEEKEND_DAYS, NIGHT_SHARE, WEEKEND_SHARE};

    private RotaFairness() {}
  }
}
