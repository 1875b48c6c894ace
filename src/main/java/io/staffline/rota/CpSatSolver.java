package io.staffline.rota;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.util.List;

/** Solves an {@link IntegerProgram} exactly with OR-Tools CP-SAT. */
public final class CpSatSolver {
  /** Fixed, so a deterministic search repeats itself. */
  static final int RANDOM_SEED = 20_260_101;

  private CpSatSolver() {}

  /** Loads OR-Tools' native libraries once per JVM. */
  static void loadNatives() {
    Natives.LOADED.hashCode();
  }

  private enum Natives {
    LOADED;

    Natives() {
      Loader.loadNativeLibraries();
    }
  }

  public static IntegerSolution solve(IntegerProgram program, SolverLimits limits) {
    loadNatives();
    CpModel model = new CpModel();
    List<IntegerProgram.Variable> variables = program.variables();
    IntVar[] x = new IntVar[variables.size()];
    long[] cost = new long[x.length];
    for (int v = 0; v < x.length; v++) {
      x[v] = model.newIntVar(0, variables.get(v).upper(), variables.get(v).name());
      cost[v] = variables.get(v).cost();
    }
    for (IntegerProgram.Row row : program.rows()) {
      IntVar[] vars = new IntVar[row.vars().length];
      for (int t = 0; t < vars.length; t++) {
        vars[t] = x[row.vars()[t]];
      }
      LinearExpr sum = LinearExpr.weightedSum(vars, row.coefs());
      if (row.lower() == IntegerProgram.NONE_BELOW) {
        model.addLessOrEqual(sum, row.upper());
      } else if (row.upper() == IntegerProgram.NONE_ABOVE) {
        model.addGreaterOrEqual(sum, row.lower());
      } else {
        model.addLinearConstraint(sum, row.lower(), row.upper());
      }
    }
    model.minimize(LinearExpr.weightedSum(x, cost));
    CpSolver solver = new CpSolver();
    solver.getParameters()
        .setMaxTimeInSeconds(limits.timeLimitSeconds())
        // CP-SAT's sequential search is deterministic; its parallel portfolio is not (which of
        // several equally good plans it returns depends on thread timing). Its deterministic
        // parallel mode (interleave_search) proved several times slower on rota models.
        .setNumWorkers(limits.deterministic() ? 1 : limits.workers())
        // More cuts in the LP relaxation: on the benchmark week (docs/rota.md §benchmark) the proof
        // of optimality took 18 s instead of 52 s.
        .setLinearizationLevel(2)
        .setRandomSeed(RANDOM_SEED);
    CpSolverStatus status = solver.solve(model);
    SolveStatus ours = switch (status) {
      case OPTIMAL -> SolveStatus.OPTIMAL;
      case FEASIBLE -> SolveStatus.FEASIBLE;
      case INFEASIBLE -> SolveStatus.INFEASIBLE;
      case MODEL_INVALID -> throw new IllegalStateException("CP-SAT rejected the model: " + model.validate());
      default -> SolveStatus.UNKNOWN;
    };
    long[] values = new long[x.length];
    if (ours.hasSolution()) {
      for (int v = 0; v < x.length; v++) {
        values[v] = solver.value(x[v]);
      }
    }
    double bound = ours == SolveStatus.INFEASIBLE ? Double.NaN : solver.bestObjectiveBound();
    return new IntegerSolution(ours, values, ours.hasSolution() ? program.objective(values) : Double.NaN,
        bound, solver.wallTime());
  }
}
