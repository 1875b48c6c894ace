package io.staffline.rota;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The linear-relaxation bound of an {@link IntegerProgram}: the same rows with every variable
 * continuous in its bounds, solved by OR-Tools' GLOP (primal simplex). Every integer solution is
 * a solution of the relaxation, so its optimum never exceeds the integer optimum.
 */
public final class LinearRelaxation {
  private LinearRelaxation() {}

  /** The relaxation's optimum; empty when it has none (infeasible). */
  public static OptionalDouble bound(IntegerProgram program) {
    CpSatSolver.loadNatives();
    MPSolver lp = MPSolver.createSolver("GLOP");
    if (lp == null) {
      throw new IllegalStateException("OR-Tools has no GLOP linear solver in this build");
    }
    try {
      List<IntegerProgram.Variable> variables = program.variables();
      MPVariable[] x = new MPVariable[variables.size()];
      MPObjective objective = lp.objective();
      for (int v = 0; v < x.length; v++) {
        x[v] = lp.makeNumVar(0, variables.get(v).upper(), variables.get(v).name());
        objective.setCoefficient(x[v], variables.get(v).cost());
      }
      objective.setMinimization();
      for (IntegerProgram.Row row : program.rows()) {
        MPConstraint c = lp.makeConstraint(side(row.lower()), side(row.upper()));
        for (int t = 0; t < row.vars().length; t++) {
          // A variable may appear twice in a row only through a caller's mistake; add, do not overwrite.
          c.setCoefficient(x[row.vars()[t]], c.getCoefficient(x[row.vars()[t]]) + row.coefs()[t]);
        }
      }
      MPSolver.ResultStatus status = lp.solve();
      return status == MPSolver.ResultStatus.OPTIMAL ? OptionalDouble.of(objective.value()) : OptionalDouble.empty();
    } finally {
      lp.delete();
    }
  }

  private static double side(long bound) {
    return bound == IntegerProgram.NONE_BELOW ? Double.NEGATIVE_INFINITY
        : bound == IntegerProgram.NONE_ABOVE ? Double.POSITIVE_INFINITY : bound;
  }
}
