package io.staffline.rota;

/**
 * How the solver may run.
 *
 * @param timeLimitSeconds wall-clock limit of one solve
 * @param workers search workers of the parallel search
 * @param deterministic one sequential search instead of the parallel portfolio: the same inputs
 *     give the same plan (when the solve ends before the time limit)
 */
public record SolverLimits(double timeLimitSeconds, int workers, boolean deterministic) {
  public static final double DEFAULT_TIME_LIMIT_SECONDS = 60;
  public static final int DEFAULT_WORKERS = 2;

  public SolverLimits {
    if (!(timeLimitSeconds > 0) || workers < 1) {
      throw new IllegalArgumentException("time limit must be > 0 s and workers ≥ 1");
    }
  }

  public SolverLimits withTimeLimit(double seconds) {
    return new SolverLimits(seconds, workers, deterministic);
  }

  public static SolverLimits defaults() {
    return new SolverLimits(DEFAULT_TIME_LIMIT_SECONDS, DEFAULT_WORKERS, true);
  }
}
