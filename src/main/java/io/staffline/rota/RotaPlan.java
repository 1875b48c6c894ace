package io.staffline.rota;

import java.util.Comparator;
import java.util.List;

/**
 * A solution read as a plan: how many crews of which kind work each pattern, and what that covers.
 * Definitions of the totals: docs/rota.md §outputs.
 */
public final class RotaPlan {
  /**
   * Crews of one kind on one pattern.
   *
   * @param crews crews (agents = crews × the pattern's crew size)
   */
  public record Assignment(Pattern pattern, AgentKind kind, int crews) {
    public int agents() {
      return crews * pattern.crewSize();
    }

    public double paidHoursPerWeek() {
      return crews * pattern.paidMinutesPerWeek() / 60.0;
    }
  }

  private final RotaProblem problem;
  private final List<Assignment> assignments;

  public RotaPlan(RotaProblem problem, List<Assignment> assignments) {
    this.problem = problem;
    this.assignments = assignments.stream()
        .sorted(Comparator.comparing((Assignment a) -> a.kind().tier())
            .thenComparing(a -> a.kind().levelCode())
            .thenComparing(a -> a.pattern().id()))
        .toList();
  }

  public RotaProblem problem() {
    return problem;
  }

  /** By line, level and pattern id. */
  public List<Assignment> assignments() {
    return assignments;
  }

  public List<Assignment> assignments(AgentKind kind) {
    return assignments.stream().filter(a -> a.kind().equals(kind)).toList();
  }

  public int agents() {
    return assignments.stream().mapToInt(Assignment::agents).sum();
  }

  public double paidHoursPerWeek() {
    return assignments.stream().mapToDouble(Assignment::paidHoursPerWeek).sum();
  }

  public double fte() {
    return paidHoursPerWeek() / problem.options().fteHoursPerWeek();
  }

  /** Agents of line {@code tier} on duty in each interval. */
  public int[] covered(int tier) {
    int[] c = new int[problem.grid().intervals()];
    for (Assignment a : assignments) {
      if (a.kind().tier() == tier) {
        for (int i = 0; i < c.length; i++) {
          c[i] += a.crews() * a.pattern().coverage(i);
        }
      }
    }
    return c;
  }

  /** Intervals (over all lines) with fewer on duty than needed. */
  public int underCoverageIntervals() {
    return countIntervals(false);
  }

  /** Intervals (over all lines) with more on duty than needed. */
  public int overCoverageIntervals() {
    return countIntervals(true);
  }

  private int countIntervals(boolean over) {
    int n = 0;
    for (WeekRequirement line : problem.lines()) {
      int[] c = covered(line.tier());
      for (int i = 0; i < c.length; i++) {
        int need = problem.needed(line, i);
        n += (over ? c[i] > need : c[i] < need) ? 1 : 0;
      }
    }
    return n;
  }
}
