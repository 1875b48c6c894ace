package io.staffline.rota;

import io.staffline.ticket.Level;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntUnaryOperator;

/** Small hand-made rota instances: UTC, the week of Monday 2026-11-16, hourly intervals unless told. */
final class Instances {
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
  static final int HOURLY = 60;
  static final SolverLimits LIMITS = new SolverLimits(20, 1, true);

  private Instances() {}

  /** Options from YAML; {@code time_zone: UTC} and {@code minimum_on_duty: 0} unless the text sets them. */
  static ShiftOptions options(String yaml) {
    String header = (yaml.contains("time_zone:") ? "" : "time_zone: UTC\n")
        + (yaml.contains("minimum_on_duty:") ? "" : "minimum_on_duty: 0\n");
    return ShiftsConfig.parse(header + yaml, "test");
  }

  static WeekGrid grid(int minutes) {
    return new WeekGrid(ZoneOffset.UTC, MONDAY, minutes);
  }

  /** Requirement of line {@code tier} per hourly interval i (0 = Monday 00:00). */
  static WeekRequirement hourly(int tier, IntUnaryOperator required) {
    WeekGrid g = grid(HOURLY);
    int[] r = new int[g.intervals()];
    for (int i = 0; i < r.length; i++) {
      r[i] = required.applyAsInt(i);
    }
    return new WeekRequirement(tier, g, r);
  }

  static int hourOfDay(int interval) {
    return interval % 24;
  }

  static int dayOf(int interval) {
    return interval / 24;
  }

  static AgentKind anyLevel(int tier) {
    return new AgentKind(tier, null, 0);
  }

  static AgentKind level(int tier, Level level, int rosterCount) {
    return new AgentKind(tier, level, rosterCount);
  }

  static RotaSolve solve(ShiftOptions options, Objective objective, List<WeekRequirement> lines, List<AgentKind> kinds) {
    List<Pattern> patterns = PatternCatalogue.generate(options, lines.get(0).grid());
    return RotaSolve.run(new RotaProblem(lines, patterns, kinds, options, objective), LIMITS);
  }

  static RotaSolve solve(ShiftOptions options, Objective objective, WeekRequirement line) {
    return solve(options, objective, List.of(line), List.of(anyLevel(line.tier())));
  }
}
