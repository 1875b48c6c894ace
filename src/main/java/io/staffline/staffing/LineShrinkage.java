package io.staffline.staffing;

import java.math.BigDecimal;

/**
 * The shrinkage of one line: planned (breaks, training, meetings) and unplanned (sickness,
 * absence) shares of paid time, added exactly (20% + 10% is 30%, not 30.000000000000004%).
 */
public record LineShrinkage(BigDecimal planned, BigDecimal unplanned) {

  /** No shrinkage: scheduled = required. The default of a line jobs/staffing.yaml leaves out. */
  public static final LineShrinkage NONE = new LineShrinkage(BigDecimal.ZERO, BigDecimal.ZERO);

  public LineShrinkage {
    if (planned.signum() < 0 || unplanned.signum() < 0
        || planned.add(unplanned).compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("planned " + planned + " + unplanned " + unplanned
          + " shrinkage must be at least 0 and below 1");
    }
  }

  /**
   * This shrinkage moved by {@code change} (0.05 = 5 points), in decimal. The unplanned share (the
   * absence that varies from week to week) takes the change; a fall larger than it takes the rest
   * from the planned share, and a line with nothing left stays at 0.
   *
   * @throws IllegalArgumentException when the moved total reaches 100% (nobody would be left)
   */
  public LineShrinkage movedBy(BigDecimal change) {
    BigDecimal unplannedMoved = unplanned.add(change);
    BigDecimal plannedMoved = planned;
    if (unplannedMoved.signum() < 0) {
      plannedMoved = planned.add(unplannedMoved).max(BigDecimal.ZERO);
      unplannedMoved = BigDecimal.ZERO;
    }
    BigDecimal total = plannedMoved.add(unplannedMoved);
    if (total.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("shrinkage " + Text.percent(planned.add(unplanned)) + " + "
          + Text.points(change) + " = " + Text.percent(total)
          + ": must be below 100% (nobody would be left to answer)");
    }
    return new LineShrinkage(plannedMoved, unplannedMoved);
  }

  /** Planned + unplanned as one share. */
  public Shrinkage total() {
    return new Shrinkage(planned.add(unplanned).doubleValue());
  }
}
