package io.staffline.rota;

import io.staffline.ticket.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The covering integer program of a {@link RotaProblem} (docs/rota.md §model):
 * x[k][p] ≥ 0 crews of agent kind k on pattern p; under[t][i] ≥ 0 agents missing in interval i of
 * line t (cost objective only). Rows: coverage of every line and interval, the on-duty rules, the
 * level mix. Objective: heads, paid minutes or cost in cent-minutes (integers, so the program is
 * exact); {@link #reported(double)} turns it into agents, hours or money.
 */
public final class CoveringModel {
  /** Level shares in basis points. */
  static final long SHARE_SCALE = 10_000;
  private static final long MINUTES_PER_HOUR = 60;
  private static final long CENTS = 100;

  private final RotaProblem problem;
  private final IntegerProgram program = new IntegerProgram();
  private final int[][] crews;
  private final int[][] under;
  private final List<String> notes = new ArrayList<>();
  private final long domain;

  private CoveringModel(RotaProblem problem) {
    this.problem = problem;
    this.crews = new int[problem.kinds().size()][problem.patterns().size()];
    this.under = new int[problem.lines().size()][];
    this.domain = domainBound();
  }

  /** Builds the program. */
  public static CoveringModel build(RotaProblem problem) {
    CoveringModel m = new CoveringModel(problem);
    m.addCrewVariables();
    m.addUnderCoverageVariables();
    m.requireCoverage();
    m.requireOnDutyRules();
    m.keepLevelMix();
    return m;
  }

  public IntegerProgram program() {
    return program;
  }

  public RotaProblem problem() {
    return problem;
  }

  /** What the model left out or cannot meet, for the console and the report. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** The objective in reported units: agents, hours per week, or money per week. */
  public double reported(double objective) {
    return objective / switch (problem.objective()) {
      case AGENTS -> 1;
      case PAID_HOURS -> MINUTES_PER_HOUR;
      case COST -> MINUTES_PER_HOUR * CENTS;
    };
  }

  /**
   * Whether the variables' finite domain (needed by CP-SAT) cuts off nothing as good as
   * {@code objective}: any solution with a variable above the domain costs more.
   */
  public boolean domainCutsNothingBetterThan(double objective) {
    return program.variables().stream().filter(v -> v.upper() == domain)
        .allMatch(v -> v.cost() > 0 && (double) v.cost() * (domain + 1) > objective);
  }

  /** The plan a solution describes. */
  public RotaPlan plan(IntegerSolution solution) {
    List<RotaPlan.Assignment> assignments = new ArrayList<>();
    for (int k = 0; k < problem.kinds().size(); k++) {
      for (int p = 0; p < problem.patterns().size(); p++) {
        long n = solution.value(crews[k][p]);
        if (n > 0) {
          assignments.add(new RotaPlan.Assignment(problem.patterns().get(p), problem.kinds().get(k), (int) n));
        }
      }
    }
    return new RotaPlan(problem, assignments);
  }

  /**
   * Adds objective ≥ {@code lower}: valid when {@code lower} is the optimum of a relaxation (the
   * same lines without levels), and lets the solver stop as soon as it meets it.
   */
  public void requireObjectiveAtLeast(long lower) {
    List<IntegerProgram.Variable> vars = program.variables();
    int[] index = new int[vars.size()];
    long[] coefs = new long[vars.size()];
    for (int v = 0; v < index.length; v++) {
      index[v] = v;
      coefs[v] = vars.get(v).cost();
    }
    program.addRow("objective ≥ relaxation optimum", index, coefs, lower, IntegerProgram.NONE_ABOVE);
  }

  /** The variable of kind k's crews on pattern p. */
  int crewVariable(int kind, int pattern) {
    return crews[kind][pattern];
  }

  private void addCrewVariables() {
    for (int k = 0; k < problem.kinds().size(); k++) {
      AgentKind kind = problem.kinds().get(k);
      for (int p = 0; p < problem.patterns().size(); p++) {
        Pattern pattern = problem.patterns().get(p);
        crews[k][p] = program.addVariable("x[L" + kind.tier() + " " + kind.levelCode() + ", " + pattern.id() + "]",
            domain, cost(kind, pattern));
      }
    }
  }

  private long cost(AgentKind kind, Pattern pattern) {
    return switch (problem.objective()) {
      case AGENTS -> pattern.crewSize();
      case PAID_HOURS -> pattern.paidMinutesPerWeek();
      case COST -> pattern.paidMinutesPerWeek() * problem.options().costs().hourlyCents(kind.level());
    };
  }

  private void addUnderCoverageVariables() {
    for (int t = 0; t < problem.lines().size(); t++) {
      WeekRequirement line = problem.lines().get(t);
      under[t] = new int[problem.grid().intervals()];
      java.util.Arrays.fill(under[t], -1);
      if (!problem.objective().softCoverage()) {
        continue;
      }
      for (int i = 0; i < under[t].length; i++) {
        // The minimum on duty stays hard: at most need − minimum agents may be missing.
        long softPart = problem.needed(line, i) - (long) problem.options().minimumOnDuty();
        if (softPart > 0) {
          under[t][i] = program.addVariable("under[L" + line.tier() + ", " + problem.grid().localStart(i) + "]",
              softPart, problem.options().costs().underCoverageCents() * MINUTES_PER_HOUR);
        }
      }
    }
  }

  /** Σ agents on duty (+ missing) ≥ max(requirement, minimum on duty), per line and interval. */
  private void requireCoverage() {
    for (int t = 0; t < problem.lines().size(); t++) {
      WeekRequirement line = problem.lines().get(t);
      List<Integer> kinds = kindIndexes(line.tier(), null);
      for (int i = 0; i < problem.grid().intervals(); i++) {
        int need = problem.needed(line, i);
        if (need > 0) {
          addOnDutyRow("cover L" + line.tier() + " " + problem.grid().localStart(i), kinds, i, under[t][i], need);
        }
      }
    }
  }

  private void requireOnDutyRules() {
    List<Integer> tiers = problem.lines().stream().map(WeekRequirement::tier).toList();
    for (OnDutyRule rule : problem.options().rules()) {
      List<Integer> lines = tiers.stream().filter(rule::appliesTo).toList();
      if (lines.isEmpty()) {
        continue;
      }
      List<Integer> unknownLevels = lines.stream()
          .filter(t -> problem.kindsOf(t).stream().anyMatch(k -> k.level() == null)).toList();
      if (rule.namesLevels() && !unknownLevels.isEmpty()) {
        notes.add("rule " + rule.name() + " not applied on line " + join(unknownLevels) + ": agents' levels are not known (no roster)");
        lines = lines.stream().filter(t -> !unknownLevels.contains(t)).toList();
      }
      List<List<Integer>> groups = rule.eachLine() ? lines.stream().map(List::of).toList()
          : lines.isEmpty() ? List.of() : List.of(lines);
      for (List<Integer> group : groups) {
        List<Integer> kinds = new ArrayList<>();
        group.forEach(t -> kinds.addAll(kindIndexes(t, rule)));
        if (kinds.isEmpty()) {
          notes.add("rule " + rule.name() + " cannot be met on line " + join(group) + ": the roster has no agent of levels "
              + rule.levels().stream().map(Level::code).sorted().toList());
        }
        for (int i = 0; i < problem.grid().intervals(); i++) {
          addOnDutyRow("rule " + rule.name() + " L" + join(group) + " " + problem.grid().localStart(i), kinds, i, -1,
              rule.atLeast());
        }
      }
    }
  }

  /**
   * No level takes a larger share of its line's planned headcount than its share of the line's
   * roster plus the tolerance: 10,000·heads(level) ≤ ⌈(share + tolerance)·10,000⌉·heads(line).
   */
  private void keepLevelMix() {
    if (problem.options().levelMixTolerance().isEmpty()) {
      return;
    }
    BigDecimal tolerance = problem.options().levelMixTolerance().get();
    for (WeekRequirement line : problem.lines()) {
      List<AgentKind> kinds = problem.kindsOf(line.tier());
      int roster = kinds.stream().mapToInt(AgentKind::rosterCount).sum();
      if (kinds.size() < 2 || roster == 0) {
        continue;
      }
      for (AgentKind level : kinds) {
        long capBasisPoints = maxShareBasisPoints(level.rosterCount(), roster, tolerance);
        if (capBasisPoints >= SHARE_SCALE) {
          continue;
        }
        List<Integer> vars = new ArrayList<>();
        List<Long> coefs = new ArrayList<>();
        for (AgentKind any : kinds) {
          int k = problem.kinds().indexOf(any);
          for (int p = 0; p < problem.patterns().size(); p++) {
            long heads = problem.patterns().get(p).crewSize();
            vars.add(crews[k][p]);
            coefs.add(heads * ((any.equals(level) ? SHARE_SCALE : 0) - capBasisPoints));
          }
        }
        program.addRow("mix L" + line.tier() + " " + level.levelCode() + " ≤ " + capBasisPoints + " bp",
            vars.stream().mapToInt(Integer::intValue).toArray(), coefs.stream().mapToLong(Long::longValue).toArray(),
            IntegerProgram.NONE_BELOW, 0);
      }
    }
  }

  /** ⌈(count/total + tolerance)·10,000⌉, exactly. */
  static long maxShareBasisPoints(int count, int total, BigDecimal tolerance) {
    BigDecimal share = BigDecimal.valueOf(count).add(tolerance.multiply(BigDecimal.valueOf(total)))
        .multiply(BigDecimal.valueOf(SHARE_SCALE));
    return share.divide(BigDecimal.valueOf(total), 0, RoundingMode.CEILING).longValueExact();
  }

  private void addOnDutyRow(String name, List<Integer> kinds, int interval, int underVariable, long atLeast) {
    List<Integer> vars = new ArrayList<>();
    List<Long> coefs = new ArrayList<>();
    for (int p = 0; p < problem.patterns().size(); p++) {
      int onDuty = problem.patterns().get(p).coverage(interval);
      if (onDuty > 0) {
        for (int k : kinds) {
          vars.add(crews[k][p]);
          coefs.add((long) onDuty);
        }
      }
    }
    if (underVariable >= 0) {
      vars.add(underVariable);
      coefs.add(1L);
    }
    program.addRow(name, vars.stream().mapToInt(Integer::intValue).toArray(),
        coefs.stream().mapToLong(Long::longValue).toArray(), atLeast, IntegerProgram.NONE_ABOVE);
  }

  /** Kinds of line {@code tier} (counting for {@code rule}, or all when null). */
  private List<Integer> kindIndexes(int tier, OnDutyRule rule) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < problem.kinds().size(); k++) {
      AgentKind kind = problem.kinds().get(k);
      if (kind.tier() == tier && (rule == null || rule.counts(kind.level()))) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * A finite upper bound for every crew variable: the week's agent-intervals to cover plus the
   * rules' — far above any sensible headcount; {@link #domainCutsNothingBetterThan} checks it.
   */
  private long domainBound() {
    long sum = 1;
    for (WeekRequirement line : problem.lines()) {
      for (int i = 0; i < problem.grid().intervals(); i++) {
        sum += problem.needed(line, i);
      }
    }
    for (OnDutyRule rule : problem.options().rules()) {
      sum += (long) rule.atLeast() * problem.grid().intervals() * problem.lines().size();
    }
    return sum;
  }

  private static String join(List<Integer> tiers) {
    return tiers.stream().map(String::valueOf).collect(Collectors.joining("+"));
  }
}
