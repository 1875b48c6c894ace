package io.staffline.rota;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One solved {@link RotaProblem}: CP-SAT's answer with its bound and gap, and the linear-relaxation
 * bound, all in reported units (agents, paid hours or money per week; docs/rota.md §bounds).
 *
 * @param problem what was solved
 * @param status how CP-SAT ended
 * @param objectiveValue the plan's objective (NaN without a plan)
 * @param bound CP-SAT's proven lower bound (NaN when none)
 * @param gap (objective − bound) ÷ objective; 0 when optimal, NaN without a plan
 * @param lpBound the linear relaxation's optimum (NaN when infeasible)
 * @param plan null without a solution
 * @param candidatePatterns patterns the shift options offer
 * @param modelPatterns of them, those no other pattern dominates ({@link Dominance}): the model's columns per agent kind
 * @param seconds CP-SAT wall time
 * @param notes rules left out or unmeetable, domain warnings
 */
public record RotaSolve(RotaProblem problem, SolveStatus status, double objectiveValue, double bound, double gap,
    double lpBound, RotaPlan plan, int candidatePatterns, int modelPatterns, double seconds, List<String> notes) {

  /**
   * Builds the model, solves it with CP-SAT and bounds it with GLOP. When a line has agents of
   * several levels, the same lines without levels are solved first (up to half the time limit):
   * their optimum is a lower bound of the levelled problem (docs/rota.md §levels), added as a row
   * so the solver stops as soon as a plan reaches it.
   */
  public static RotaSolve run(RotaProblem offered, SolverLimits limits) {
    RotaProblem problem = offered.withPatterns(Dominance.undominated(offered.patterns(), offered.objective()));
    CoveringModel model = CoveringModel.build(problem);
    OptionalDouble lp = LinearRelaxation.bound(model.program());
    double relaxationSeconds = 0;
    SolverLimits remaining = limits;
    if (hasLevels(problem)) {
      IntegerSolution relaxed = CpSatSolver.solve(CoveringModel.build(withoutLevels(problem)).program(),
          limits.withTimeLimit(limits.timeLimitSeconds() / 2));
      relaxationSeconds = relaxed.seconds();
      if (!Double.isNaN(relaxed.bound()) && relaxed.status() != SolveStatus.INFEASIBLE) {
        model.requireObjectiveAtLeast((long) Math.ceil(relaxed.bound() - 1e-6));
      }
      remaining = limits.withTimeLimit(Math.max(1, limits.timeLimitSeconds() - relaxationSeconds));
    }
    IntegerSolution solution = CpSatSolver.solve(model.program(), remaining);
    List<String> notes = new java.util.ArrayList<>(model.notes());
    RotaPlan plan = null;
    double value = Double.NaN;
    if (solution.status().hasSolution()) {
      String broken = model.program().firstViolation(solution.values());
      if (broken != null) {
        throw new IllegalStateException("CP-SAT returned a solution that breaks " + broken);
      }
      plan = model.plan(solution);
      value = model.reported(solution.objective());
      if (!model.domainCutsNothingBetterThan(solution.objective())) {
        notes.add("the variables' domain bound may cut off better solutions: optimality is not proven beyond it");
      }
    }
    double bound = model.reported(solution.bound());
    double gap = solution.status() == SolveStatus.OPTIMAL ? 0 : gap(value, bound);
    return new RotaSolve(problem, solution.status(), value, bound, gap,
        lp.isPresent() ? model.reported(lp.getAsDouble()) : Double.NaN, plan, offered.patterns().size(),
        problem.patterns().size(),
        relaxationSeconds + solution.seconds(), notes);
  }

  private static boolean hasLevels(RotaProblem problem) {
    return problem.lines().stream().anyMatch(l -> problem.kindsOf(l.tier()).size() > 1);
  }

  /**
   * The relaxation: one kind of unknown level per line, no rule that names levels, no level mix,
   * and (cost objective) every agent paid the lowest hourly rate of the problem's kinds.
   */
  static RotaProblem withoutLevels(RotaProblem problem) {
    ShiftOptions o = problem.options();
    ShiftOptions relaxed = o.withRules(o.rules().stream().filter(r -> !r.namesLevels()).toList())
        .withLevelMixTolerance(java.util.Optional.empty());
    if (o.costs() != null) {
      long cheapest = problem.kinds().stream().mapToLong(k -> o.costs().hourlyCents(k.level())).min().orElseThrow();
      relaxed = relaxed.withCosts(new Costs(o.costs().currency(), java.util.Map.of(), cheapest,
          o.costs().underCoverageCents()));
    }
    List<AgentKind> kinds = problem.lines().stream().map(l -> new AgentKind(l.tier(), null, 0)).toList();
    return new RotaProblem(problem.lines(), problem.patterns(), kinds, relaxed, problem.objective());
  }

  private static double gap(double value, double bound) {
    if (Double.isNaN(value) || Double.isNaN(bound)) {
      return Double.NaN;
    }
    return value == 0 ? 0 : (value - bound) / Math.abs(value);
  }
}
