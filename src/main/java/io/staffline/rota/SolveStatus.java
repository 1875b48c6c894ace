package io.staffline.rota;

/** How a solve ended (the {@code status} of rota_summary). */
public enum SolveStatus {
  /** Proven optimal: objective = bound. */
  OPTIMAL,
  /** A solution, not proven optimal within the time limit: see bound and gap. */
  FEASIBLE,
  /** Proven to have no solution (e.g. a rule no agent kind of the line can meet). */
  INFEASIBLE,
  /** No solution found and none ruled out within the time limit. */
  UNKNOWN;

  public boolean hasSolution() {
    return this == OPTIMAL || this == FEASIBLE;
  }
}
