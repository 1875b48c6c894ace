package io.staffline.rota;

import java.util.ArrayList;
import java.util.List;

/**
 * A minimisation over non-negative integer variables with linear rows, free of any solver: built
 * by {@link CoveringModel}, solved by {@link CpSatSolver} and relaxed by {@link LinearRelaxation}.
 */
public final class IntegerProgram {
  /** No bound on that side of a row. */
  public static final long NONE_BELOW = Long.MIN_VALUE;
  public static final long NONE_ABOVE = Long.MAX_VALUE;

  /** A variable in {@code 0 … upper} with its objective coefficient. */
  public record Variable(String name, long upper, long cost) {}

  /** {@code lower ≤ Σ coefs·vars ≤ upper}. */
  public record Row(String name, int[] vars, long[] coefs, long lower, long upper) {}

  private final List<Variable> variables = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();

  public int addVariable(String name, long upper, long cost) {
    variables.add(new Variable(name, upper, cost));
    return variables.size() - 1;
  }

  public void addRow(String name, int[] vars, long[] coefs, long lower, long upper) {
    if (vars.length != coefs.length) {
      throw new IllegalArgumentException("row " + name + ": " + vars.length + " variables, " + coefs.length + " coefficients");
    }
    rows.add(new Row(name, vars.clone(), coefs.clone(), lower, upper));
  }

  public List<Variable> variables() {
    return List.copyOf(variables);
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  /** Σ cost·value. */
  public long objective(long[] values) {
    long sum = 0;
    for (int v = 0; v < variables.size(); v++) {
      sum += variables.get(v).cost() * values[v];
    }
    return sum;
  }

  /** The first row or bound {@code values} break, or null when they satisfy everything. */
  public String firstViolation(long[] values) {
    for (int v = 0; v < variables.size(); v++) {
      if (values[v] < 0 || values[v] > variables.get(v).upper()) {
        return "variable " + variables.get(v).name() + " = " + values[v];
      }
    }
    for (Row r : rows) {
      long sum = 0;
      for (int t = 0; t < r.vars().length; t++) {
        sum += r.coefs()[t] * values[r.vars()[t]];
      }
      if (sum < r.lower() || sum > r.upper()) {
        return "row " + r.name() + " = " + sum;
      }
    }
    return null;
  }
}
