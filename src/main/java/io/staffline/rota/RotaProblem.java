package io.staffline.rota;

import java.util.List;

/**
 * One solve: the week's requirement of each line in it, the candidate patterns, the kinds of agent
 * of each line and the settings. One line, or all lines together (summary tier 0).
 *
 * @param lines one requirement per line solved, on one grid
 * @param patterns candidates (the same for every kind)
 * @param kinds agent kinds, grouped by line in the order of {@code lines}
 * @param options settings
 * @param objective what to minimise
 */
public record RotaProblem(List<WeekRequirement> lines, List<Pattern> patterns, List<AgentKind> kinds,
    ShiftOptions options, Objective objective) {
  public RotaProblem {
    lines = List.copyOf(lines);
    patterns = List.copyOf(patterns);
    kinds = List.copyOf(kinds);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("nothing to solve: no line");
    }
    if (objective == Objective.COST && options.costs() == null) {
      throw new IllegalArgumentException("costs: missing in the shift options; the cost objective needs hourly rates"
          + " and the under-coverage penalty");
    }
    for (WeekRequirement line : lines) {
      if (!line.grid().equals(lines.get(0).grid())) {
        throw new IllegalArgumentException("lines solved together must share one week grid");
      }
      if (kinds.stream().noneMatch(k -> k.tier() == line.tier())) {
        throw new IllegalArgumentException("line " + line.tier() + " has no agent kind");
      }
    }
  }

  public RotaProblem withPatterns(List<Pattern> newPatterns) {
    return new RotaProblem(lines, newPatterns, kinds, options, objective);
  }

  public WeekGrid grid() {
    return lines.get(0).grid();
  }

  /** The summary's tier: the line, or 0 for lines solved together. */
  public int summaryTier() {
    return lines.size() == 1 ? lines.get(0).tier() : 0;
  }

  public List<AgentKind> kindsOf(int tier) {
    return kinds.stream().filter(k -> k.tier() == tier).toList();
  }

  /** What each interval of a line must have on duty when coverage is hard: max(requirement, minimum on duty). */
  public int needed(WeekRequirement line, int interval) {
    return Math.max(line.required(interval), options.minimumOnDuty());
  }
}
