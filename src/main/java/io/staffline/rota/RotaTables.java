package io.staffline.rota;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The rota's output tables (docs/pipeline.md §rota; definitions docs/rota.md §outputs): names and
 * columns declared once, filled from solves and rotations.
 */
public final class RotaTables {
  private RotaTables() {}

  public static final String TIER = "tier";
  public static final String LEVEL = "level";

  /** {@code rota_summary}: one row per solve. */
  public static final class Summary {
    private Summary() {}
    public static final String NAME = "rota_summary";
    public static final String OBJECTIVE = "objective";
    public static final String STATUS = "status";
    public static final String OBJECTIVE_VALUE = "objective_value";
    public static final String BOUND = "bound";
    public static final String GAP = "gap";
    public static final String LP_BOUND = "lp_bound";
    public static final String AGENTS = "agents";
    public static final String FTE = "fte";
    public static final String PAID_HOURS = "paid_hours";
    public static final String UNDER_COVERAGE_INTERVALS = "under_coverage_intervals";
    public static final String OVER_COVERAGE_INTERVALS = "over_coverage_intervals";
    public static final String SOLVE_SECONDS = "solve_seconds";
  }

  /** {@code rota_patterns}: headcount per chosen pattern and level. */
  public static final class Patterns {
    private Patterns() {}
    public static final String NAME = "rota_patterns";
    public static final String PATTERN = "pattern";
    public static final String TOUR = "tour";
    public static final String START_DAY = "start_day";
    public static final String START_TIME = "start_time";
    public static final String LENGTH_HOURS = "length_hours";
    public static final String PAID_HOURS_PER_WEEK = "paid_hours_per_week";
    public static final String HEADCOUNT = "headcount";
  }

  /** {@code rota_coverage}: per line and interval of the week. */
  public static final class Coverage {
    private Coverage() {}
    public static final String NAME = "rota_coverage";
    public static final String INTERVAL_START = "interval_start";
    public static final String REQUIRED = "required";
    public static final String COVERED = "covered";
    public static final String OVER = "over";
    public static final String UNDER = "under";
  }

  /** {@code rota_rotation}: what each slot works on each day of the cycle. */
  public static final class RotationRows {
    private RotationRows() {}
    public static final String NAME = "rota_rotation";
    public static final String SLOT = "slot";
    public static final String WEEK = "week";
    public static final String DAY = "day";
    public static final String SHIFT = "shift";
  }

  /** {@code rota_fairness}: each slot's nights and weekends over its cycle. */
  public static final class Fairness {
    private Fairness() {}
    public static final String NAME = "rota_fairness";
    public static final String SLOT = "slot";
    public static final String NIGHTS = "nights";
    public static final String WEEKEND_DAYS = "weekend_days";
    public static final String NIGHT_SHARE = "night_share";
    public static final String WEEKEND_SHARE = "weekend_share";
  }

  public static Table summary(List<RotaSolve> solves) {
    Table t = Table.create(Summary.NAME, IntColumn.create(TIER), StringColumn.create(Summary.OBJECTIVE),
        StringColumn.create(Summary.STATUS), DoubleColumn.create(Summary.OBJECTIVE_VALUE),
        DoubleColumn.create(Summary.BOUND), DoubleColumn.create(Summary.GAP), DoubleColumn.create(Summary.LP_BOUND),
        IntColumn.create(Summary.AGENTS), DoubleColumn.create(Summary.FTE), DoubleColumn.create(Summary.PAID_HOURS),
        IntColumn.create(Summary.UNDER_COVERAGE_INTERVALS), IntColumn.create(Summary.OVER_COVERAGE_INTERVALS),
        DoubleColumn.create(Summary.SOLVE_SECONDS));
    for (RotaSolve s : solves) {
      RotaPlan plan = s.plan();
      t.intColumn(TIER).append(s.problem().summaryTier());
      t.stringColumn(Summary.OBJECTIVE).append(s.problem().objective().label());
      t.stringColumn(Summary.STATUS).append(s.status().name());
      t.doubleColumn(Summary.OBJECTIVE_VALUE).append(s.objectiveValue());
      t.doubleColumn(Summary.BOUND).append(s.bound());
      t.doubleColumn(Summary.GAP).append(s.gap());
      t.doubleColumn(Summary.LP_BOUND).append(s.lpBound());
      if (plan == null) {
        t.intColumn(Summary.AGENTS).appendMissing();
        t.doubleColumn(Summary.FTE).appendMissing();
        t.doubleColumn(Summary.PAID_HOURS).appendMissing();
        t.intColumn(Summary.UNDER_COVERAGE_INTERVALS).appendMissing();
        t.intColumn(Summary.OVER_COVERAGE_INTERVALS).appendMissing();
      } else {
        t.intColumn(Summary.AGENTS).append(plan.agents());
        t.doubleColumn(Summary.FTE).append(plan.fte());
        t.doubleColumn(Summary.PAID_HOURS).append(plan.paidHoursPerWeek());
        t.intColumn(Summary.UNDER_COVERAGE_INTERVALS).append(plan.underCoverageIntervals());
        t.intColumn(Summary.OVER_COVERAGE_INTERVALS).append(plan.overCoverageIntervals());
      }
      t.doubleColumn(Summary.SOLVE_SECONDS).append(s.seconds());
    }
    return t;
  }

  public static Table patterns(List<RotaPlan> plans) {
    Table t = Table.create(Patterns.NAME, IntColumn.create(TIER), StringColumn.create(Patterns.PATTERN),
        StringColumn.create(LEVEL), StringColumn.create(Patterns.TOUR), StringColumn.create(Patterns.START_DAY),
        StringColumn.create(Patterns.START_TIME), DoubleColumn.create(Patterns.LENGTH_HOURS),
        DoubleColumn.create(Patterns.PAID_HOURS_PER_WEEK), IntColumn.create(Patterns.HEADCOUNT));
    for (RotaPlan plan : plans) {
      for (RotaPlan.Assignment a : plan.assignments()) {
        Pattern p = a.pattern();
        t.intColumn(TIER).append(a.kind().tier());
        t.stringColumn(Patterns.PATTERN).append(p.id());
        t.stringColumn(LEVEL).append(a.kind().levelCode());
        t.stringColumn(Patterns.TOUR).append(p.tour().name());
        t.stringColumn(Patterns.START_DAY).append(WeekGrid.dayCode(p.startDay()));
        t.stringColumn(Patterns.START_TIME).append(Pattern.clock(p.startMinute()));
        t.doubleColumn(Patterns.LENGTH_HOURS).append(p.lengthMinutes() / 60.0);
        t.doubleColumn(Patterns.PAID_HOURS_PER_WEEK).append(p.paidHoursPerAgentWeek());
        t.intColumn(Patterns.HEADCOUNT).append(a.agents());
      }
    }
    return t;
  }

  public static Table coverage(List<RotaPlan> plans) {
    Table t = Table.create(Coverage.NAME, IntColumn.create(TIER), InstantColumn.create(Coverage.INTERVAL_START),
        IntColumn.create(Coverage.REQUIRED), IntColumn.create(Coverage.COVERED), IntColumn.create(Coverage.OVER),
        IntColumn.create(Coverage.UNDER));
    for (RotaPlan plan : plans) {
      RotaProblem problem = plan.problem();
      for (WeekRequirement line : problem.lines()) {
        int[] covered = plan.covered(line.tier());
        for (int i = 0; i < covered.length; i++) {
          int need = problem.needed(line, i);
          t.intColumn(TIER).append(line.tier());
          t.instantColumn(Coverage.INTERVAL_START).append(problem.grid().instant(i));
          t.intColumn(Coverage.REQUIRED).append(need);
          t.intColumn(Coverage.COVERED).append(covered[i]);
          t.intColumn(Coverage.OVER).append(Math.max(0, covered[i] - need));
          t.intColumn(Coverage.UNDER).append(Math.max(0, need - covered[i]));
        }
      }
    }
    return t;
  }

  public static Table rotation(List<Rotation.KindCycle> cycles) {
    Table t = Table.create(RotationRows.NAME, IntColumn.create(TIER), StringColumn.create(LEVEL),
        IntColumn.create(RotationRows.SLOT), IntColumn.create(RotationRows.WEEK), StringColumn.create(RotationRows.DAY),
        StringColumn.create(RotationRows.SHIFT));
    for (Rotation.KindCycle c : cycles) {
      for (int s = 0; s < c.slots(); s++) {
        for (int week = 1; week <= c.weeks(); week++) {
          Rotation.WeekRow row = c.row(s, week);
          for (int day = 0; day < Tour.WEEK_DAYS; day++) {
            t.intColumn(TIER).append(c.kind().tier());
            t.stringColumn(LEVEL).append(c.kind().levelCode());
            t.intColumn(RotationRows.SLOT).append(c.firstSlot() + s);
            t.intColumn(RotationRows.WEEK).append(week);
            t.stringColumn(RotationRows.DAY).append(WeekGrid.dayCode(java.time.DayOfWeek.MONDAY.plus(day)));
            t.stringColumn(RotationRows.SHIFT).append(row.shift(day));
          }
        }
      }
    }
    return t;
  }

  public static Table fairness(List<Rotation.KindCycle> cycles, NightRule nights) {
    Table t = Table.create(Fairness.NAME, IntColumn.create(TIER), StringColumn.create(LEVEL),
        IntColumn.create(Fairness.SLOT), IntColumn.create(Fairness.NIGHTS), IntColumn.create(Fairness.WEEKEND_DAYS),
        DoubleColumn.create(Fairness.NIGHT_SHARE), DoubleColumn.create(Fairness.WEEKEND_SHARE));
    for (Rotation.KindCycle c : cycles) {
      for (int s = 0; s < c.slots(); s++) {
        Rotation.SlotFairness f = Rotation.fairness(c, s, nights);
        t.intColumn(TIER).append(c.kind().tier());
        t.stringColumn(LEVEL).append(c.kind().levelCode());
        t.intColumn(Fairness.SLOT).append(f.slot());
        t.intColumn(Fairness.NIGHTS).append(f.nights());
        t.intColumn(Fairness.WEEKEND_DAYS).append(f.weekendDays());
        t.doubleColumn(Fairness.NIGHT_SHARE).append(f.nightShare());
        t.doubleColumn(Fairness.WEEKEND_SHARE).append(f.weekendShare());
      }
    }
    return t;
  }
}
