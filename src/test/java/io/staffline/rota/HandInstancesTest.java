package io.staffline.rota;

import static io.staffline.rota.Instances.dayOf;
import static io.staffline.rota.Instances.hourOfDay;
import static io.staffline.rota.Instances.hourly;
import static io.staffline.rota.Instances.level;
import static io.staffline.rota.Instances.anyLevel;
import static io.staffline.rota.Instances.options;
import static io.staffline.rota.Instances.solve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.ticket.Level;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Instances small enough to solve by hand; the working is in each test's comment. Hourly
 * intervals, UTC, interval 0 = Monday 00:00. Every optimum is also checked against the linear
 * relaxation (the LP bound never exceeds it).
 */
class HandInstancesTest {
  static final double EXACT = 1e-9;
  static final int SUNDAY = 6;
  static final int DAY_HOURS = 24;
  static final int WEEK_HOURS = 168;

  /**
   * Only a 22:00 night shift, each agent working one day a week (tour WOOOOOO, 7 phases). One agent
   * is needed Monday 00:00–06:00 and nobody else: only the shift starting Sunday 22:00 reaches it,
   * by wrapping into Monday of the repeating week. Optimum 1 agent on the SUN pattern; it also
   * covers Sunday 22:00–24:00, where nothing is needed: 2 intervals over. LP bound 1.
   */
  @Test
  void aSundayNightShiftCoversMondayMorningByWrapping() {
    ShiftOptions o = options("""
        tours: {once: WOOOOOO}
        shifts: [{name: night, length_hours: 8, starts: ["22:00"], tours: [once]}]
        """);
    RotaSolve s = solve(o, Objective.AGENTS, hourly(1, i -> i < 6 ? 1 : 0));
    assertEquals(SolveStatus.OPTIMAL, s.status());
    assertEquals(1, s.objectiveValue(), EXACT);
    assertEquals(List.of("night/22:00/once/SUN"), ids(s));
    int[] covered = s.plan().covered(1);
    int sundayTen = SUNDAY * DAY_HOURS + 22;
    for (int i = 0; i < WEEK_HOURS; i++) {
      boolean onDuty = i < 6 || i >= sundayTen;
      assertEquals(onDuty ? 1 : 0, covered[i], "interval " + i);
    }
    assertEquals(2, s.plan().overCoverageIntervals());
    assertEquals(1, s.lpBound(), EXACT);
  }

  /**
   * 09:00–17:00 needs 1 agent every day; 8-hour shifts at 09:00 on 5-on-2-off (the two days off
   * consecutive). 7 day-shifts a week, 5 per agent: at least ⌈7/5⌉ = 2 agents, and 2 suffice (e.g.
   * Mon–Fri and Sat–Wed). The LP spreads 0.2 over each of the 7 phases: 7/5 = 1.4. Paid hours
   * 2 × 5 × 8 = 80; 10 day-shifts cover 7 days, so 3 days × 8 hours are over.
   */
  @Test
  void fiveOnTwoOffNeedsTwoAgentsForSevenDays() {
    ShiftOptions o = options("""
        tours: {5on2off: WWWWWOO}
        shifts: [{name: day, length_hours: 8, starts: ["09:00"], tours: [5on2off]}]
        """);
    WeekRequirement need = hourly(1, i -> hourOfDay(i) >= 9 && hourOfDay(i) < 17 ? 1 : 0);
    RotaSolve s = solve(o, Objective.AGENTS, need);
    assertEquals(SolveStatus.OPTIMAL, s.status());
    assertEquals(2, s.objectiveValue(), EXACT);
    assertEquals(1.4, s.lpBound(), 1e-6);
    assertEquals(80, s.plan().paidHoursPerWeek(), EXACT);
    assertEquals(3 * 8, s.plan().overCoverageIntervals());
    assertEquals(0, s.plan().underCoverageIntervals());
    for (RotaPlan.Assignment a : s.plan().assignments()) {
      assertEquals(2, daysOff(a.pattern()), a.pattern().id());
      assertTrue(consecutiveDaysOff(a.pattern()), a.pattern().id());
    }
  }

  /**
   * Weekdays need 2 agents 09:00–17:00, weekends 1: 5·2 + 2·1 = 12 day-shifts, 5 per agent, so at
   * least ⌈12/5⌉ = 3 agents; 3 suffice (Mon–Fri twice, Sat–Wed once). LP: 12/5 = 2.4.
   */
  @Test
  void busierWeekdaysNeedThreeAgents() {
    ShiftOptions o = options("""
        tours: {5on2off: WWWWWOO}
        shifts: [{name: day, length_hours: 8, starts: ["09:00"], tours: [5on2off]}]
        """);
    WeekRequirement need = hourly(1, i -> hourOfDay(i) >= 9 && hourOfDay(i) < 17 ? (dayOf(i) < 5 ? 2 : 1) : 0);
    RotaSolve s = solve(o, Objective.AGENTS, need);
    assertEquals(3, s.objectiveValue(), EXACT);
    assertEquals(SolveStatus.OPTIMAL, s.status());
    assertEquals(2.4, s.lpBound(), 1e-6);
  }

  /**
   * Lines 1 and 3 planned together, 8-hour shifts at 00:00, 08:00 and 16:00 worked every day.
   * Line 1 needs 1 agent around the clock (3 agents), line 3 only 08:00–16:00 (1 agent): 4. The
   * rule "a line-3 agent on duty at all times" adds line-3 agents at 00:00 and 16:00: 6.
   */
  @Test
  void theLineThreeRuleForcesTwoMoreLineThreeAgents() {
    String shifts = """
        tours: {daily: W}
        shifts: [{name: eight, length_hours: 8, starts: ["00:00", "08:00", "16:00"], tours: [daily]}]
        """;
    List<WeekRequirement> lines = List.of(hourly(1, i -> 1), hourly(3, i -> hourOfDay(i) >= 8 && hourOfDay(i) < 16 ? 1 : 0));
    List<AgentKind> kinds = List.of(anyLevel(1), anyLevel(3));
    RotaSolve without = solve(options(shifts), Objective.AGENTS, lines, kinds);
    RotaSolve with = solve(options(shifts + "rules: [{name: line-3-on-duty, lines: [3], at_least: 1}]\n"),
        Objective.AGENTS, lines, kinds);
    assertEquals(4, without.objectiveValue(), EXACT);
    assertEquals(6, with.objectiveValue(), EXACT);
    assertEquals(SolveStatus.OPTIMAL, with.status());
    assertEquals(Map.of(1, 3, 3, 3), agentsByLine(with.plan()));
    assertEquals(0, with.problem().summaryTier());
  }

  /**
   * Line 1 with juniors (24/h) and middles (29/h), shifts at 00:00, 08:00, 16:00 worked daily
   * (56 paid hours a week), 2 agents needed 08:00–16:00 and 1 otherwise: 4 agents. Cheapest without
   * a rule: 4 juniors, 4 · 56 · 24 = 5,376 a week. "Not juniors alone" needs a middle on every
   * shift: 3 middles and the second day agent a junior, 3 · 56 · 29 + 56 · 24 = 6,216.
   */
  @Test
  void notJuniorsAloneBuysAMiddleForEveryShift() {
    String shifts = """
        tours: {daily: W}
        shifts: [{name: eight, length_hours: 8, starts: ["00:00", "08:00", "16:00"], tours: [daily]}]
        costs: {hourly: {default: 30, junior: 24, middle: 29}, under_coverage_per_agent_interval: 1000}
        """;
    WeekRequirement need = hourly(1, i -> hourOfDay(i) >= 8 && hourOfDay(i) < 16 ? 2 : 1);
    List<AgentKind> kinds = List.of(level(1, Level.JUNIOR, 3), level(1, Level.MIDDLE, 1));
    RotaSolve without = solve(options(shifts), Objective.COST, List.of(need), kinds);
    RotaSolve with = solve(options(shifts + "rules: [{name: not-juniors-alone, levels: [middle, senior, lead], at_least: 1}]\n"),
        Objective.COST, List.of(need), kinds);
    assertEquals(5376, without.objectiveValue(), EXACT);
    assertEquals(6216, with.objectiveValue(), EXACT);
    assertEquals(SolveStatus.OPTIMAL, with.status());
    Map<String, Integer> byLevelAndStart = new TreeMap<>();
    with.plan().assignments().forEach(a -> byLevelAndStart.merge(a.kind().levelCode() + " " + a.pattern().start(), a.agents(), Integer::sum));
    assertEquals(Map.of("middle 00:00", 1, "middle 08:00", 1, "middle 16:00", 1, "junior 08:00", 1), byLevelAndStart);
  }

  /**
   * Cost objective, coverage soft. 09:00–17:00 needs 1 agent daily; 5-on-2-off day shifts cost
   * 40 h · 30 = 1,200 a week. One agent leaves 2 days · 8 h = 16 agent-intervals uncovered; a
   * second agent covers them for 1,200. Penalty 50: 1,200 + 16 · 50 = 2,000 < 2,400, one agent.
   * Penalty 100: 1,200 + 1,600 = 2,800 > 2,400, two agents.
   */
  @Test
  void underCoverageIsBoughtWhenCheaperThanAnAgent() {
    String shifts = """
        tours: {5on2off: WWWWWOO}
        shifts: [{name: day, length_hours: 8, starts: ["09:00"], tours: [5on2off]}]
        """;
    WeekRequirement need = hourly(1, i -> hourOfDay(i) >= 9 && hourOfDay(i) < 17 ? 1 : 0);
    RotaSolve cheapPenalty = solve(options(shifts + "costs: {hourly: {default: 30}, under_coverage_per_agent_interval: 50}\n"),
        Objective.COST, need);
    RotaSolve dearPenalty = solve(options(shifts + "costs: {hourly: {default: 30}, under_coverage_per_agent_interval: 100}\n"),
        Objective.COST, need);
    assertEquals(2000, cheapPenalty.objectiveValue(), EXACT);
    assertEquals(1, cheapPenalty.plan().agents());
    assertEquals(16, cheapPenalty.plan().underCoverageIntervals());
    assertEquals(2400, dearPenalty.objectiveValue(), EXACT);
    assertEquals(2, dearPenalty.plan().agents());
    assertEquals(0, dearPenalty.plan().underCoverageIntervals());
  }

  /**
   * The Panama 2-2-3 tour (WWOOWWWOOWWOOO) is worked by crews of 2 whose cycles are a week apart:
   * together they work every day, one 12-hour shift each day. 07:00–19:00 daily needs 1 agent: one
   * crew, 2 agents, 7 · 12 = 84 paid hours a week, 42 per agent.
   */
  @Test
  void aPanamaCrewOfTwoCoversEveryDay() {
    ShiftOptions o = options("""
        tours: {panama: WWOOWWWOOWWOOO}
        shifts: [{name: twelve, length_hours: 12, starts: ["07:00"], tours: [panama]}]
        """);
    RotaSolve s = solve(o, Objective.AGENTS, hourly(1, i -> hourOfDay(i) >= 7 && hourOfDay(i) < 19 ? 1 : 0));
    assertEquals(2, s.objectiveValue(), EXACT);
    assertEquals(84, s.plan().paidHoursPerWeek(), EXACT);
    assertEquals(42, s.plan().assignments().get(0).pattern().paidHoursPerAgentWeek(), EXACT);
    assertEquals(0, s.plan().overCoverageIntervals());
  }

  /**
   * The level mix: juniors 3 and seniors 1 on the roster, tolerance 0.25, so seniors may be at
   * most 1/4 + 1/4 = 50% of the heads: 10,000·seniors ≤ 5,000·heads. A senior on duty around the
   * clock takes 3 seniors (00:00, 08:00, 16:00, daily), so at least 6 heads: 3 juniors more than
   * the 3 the requirement needs. ⌈(1/4 + 0.25)·10,000⌉ = 5,000 basis points; for 49 of 71 with
   * 0.10: ⌈(0.690140… + 0.1)·10,000⌉ = ⌈7,901.4…⌉ = 7,902.
   */
  @Test
  void theLevelMixCapsEachLevelsShareOfTheHeads() {
    assertEquals(5000, CoveringModel.maxShareBasisPoints(1, 4, new java.math.BigDecimal("0.25")));
    assertEquals(7902, CoveringModel.maxShareBasisPoints(49, 71, new java.math.BigDecimal("0.10")));
    ShiftOptions o = options("""
        tours: {daily: W}
        shifts: [{name: eight, length_hours: 8, starts: ["00:00", "08:00", "16:00"], tours: [daily]}]
        rules: [{name: a-senior-on-duty, levels: [senior], at_least: 1}]
        level_mix: {tolerance: 0.25}
        """);
    RotaSolve s = solve(o, Objective.AGENTS, List.of(hourly(1, i -> 1)),
        List.of(level(1, Level.JUNIOR, 3), level(1, Level.SENIOR, 1)));
    assertEquals(6, s.objectiveValue(), EXACT);
    assertEquals(SolveStatus.OPTIMAL, s.status());
    Map<String, Integer> byLevel = new TreeMap<>();
    s.plan().assignments().forEach(a -> byLevel.merge(a.kind().levelCode(), a.agents(), Integer::sum));
    assertEquals(Map.of("junior", 3, "senior", 3), byLevel);
  }

  /** A rule needing a level the line's roster lacks cannot be met: proven infeasible, the rule named. */
  @Test
  void aRuleNoAgentKindCanMeetIsInfeasibleAndNamed() {
    ShiftOptions o = options("""
        tours: {daily: W}
        shifts: [{name: eight, length_hours: 8, starts: ["00:00", "08:00", "16:00"], tours: [daily]}]
        rules: [{name: a-lead-on-duty, levels: [lead], at_least: 1}]
        """);
    RotaSolve s = solve(o, Objective.AGENTS, List.of(hourly(1, i -> 1)), List.of(level(1, Level.JUNIOR, 4)));
    assertEquals(SolveStatus.INFEASIBLE, s.status());
    assertEquals(null, s.plan());
    assertEquals(List.of("rule a-lead-on-duty cannot be met on line 1: the roster has no agent of levels [lead]"), s.notes());
  }

  /** On every instance above the linear relaxation's optimum is at most the proven integer optimum. */
  @Test
  void theLinearRelaxationNeverExceedsTheOptimum() {
    String daily = """
        tours: {daily: W, 5on2off: WWWWWOO, panama: WWOOWWWOOWWOOO}
        shifts:
          - {name: eight, length_hours: 8, starts: ["00:00", "08:00", "16:00"], tours: [daily, 5on2off]}
          - {name: twelve, length_hours: 12, starts: ["07:00", "19:00"], tours: [panama]}
        costs: {hourly: {default: 30, junior: 24, middle: 29}, under_coverage_per_agent_interval: 40}
        rules: [{name: not-juniors-alone, levels: [middle], at_least: 1}]
        level_mix: {tolerance: 0.10}
        """;
    WeekRequirement peaked = hourly(1, i -> hourOfDay(i) >= 8 && hourOfDay(i) < 20 ? 2 + dayOf(i) % 3 : 1);
    List<AgentKind> levels = List.of(level(1, Level.JUNIOR, 5), level(1, Level.MIDDLE, 3));
    for (Objective objective : Objective.values()) {
      for (List<AgentKind> kinds : List.of(List.of(anyLevel(1)), levels)) {
        RotaSolve s = solve(options(daily), objective, List.of(peaked), kinds);
        assertEquals(SolveStatus.OPTIMAL, s.status(), objective + " " + kinds);
        assertTrue(s.lpBound() <= s.objectiveValue() + 1e-6, objective + " " + kinds + ": LP " + s.lpBound()
            + " above the optimum " + s.objectiveValue());
      }
    }
  }

  private static List<String> ids(RotaSolve s) {
    return s.plan().assignments().stream().map(a -> a.pattern().id()).toList();
  }

  private static Map<Integer, Integer> agentsByLine(RotaPlan plan) {
    Map<Integer, Integer> m = new TreeMap<>();
    plan.assignments().forEach(a -> m.merge(a.kind().tier(), a.agents(), Integer::sum));
    return m;
  }

  private static int daysOff(Pattern p) {
    int off = 0;
    for (int d = 0; d < Tour.WEEK_DAYS; d++) {
      off += p.works(0, d) ? 0 : 1;
    }
    return off;
  }

  /** The days off form one block of the cyclic week. */
  private static boolean consecutiveDaysOff(Pattern p) {
    int starts = 0;
    for (int d = 0; d < Tour.WEEK_DAYS; d++) {
      boolean off = !p.works(0, d);
      boolean offBefore = !p.works(0, (d + Tour.WEEK_DAYS - 1) % Tour.WEEK_DAYS);
      starts += off && !offBefore ? 1 : 0;
    }
    return starts == 1;
  }
}
