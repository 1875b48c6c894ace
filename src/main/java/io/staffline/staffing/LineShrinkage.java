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

  /** Planned + unplanned as one share. */
  public Shrinkage total() {
    return new Shrinkage(planned.add(unplanned).doubleValue());
  }
}
