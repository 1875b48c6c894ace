package io.staffline.rota;

/**
 * What the solver returned for an {@link IntegerProgram}.
 *
 * @param status how it ended
 * @param values one per variable (zeros without a solution)
 * @param objective Σ cost·value of {@code values} (NaN without a solution)
 * @param bound proven lower bound on the optimum (NaN when none)
 * @param seconds wall time
 */
public record IntegerSolution(SolveStatus status, long[] values, double objective, double bound, double seconds) {
  public IntegerSolution {
    values = values.clone();
  }

  @Override
  public long[] values() {
    return values.clone();
  }

  public long value(int variable) {
    return values[variable];
  }
}
