package io.staffline.rota;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the rota minimises (docs/rota.md §objective). */
public enum Objective {
  /** Heads: every agent counts 1. */
  AGENTS("agents", "agents"),
  /** Paid hours per week. */
  PAID_HOURS("paid-hours", "paid hours per week"),
  /** Pay per week plus a penalty per agent-interval of under-coverage; coverage becomes soft. */
  COST("cost", "cost per week");

  private final String label;
  private final String unit;

  Objective(String label, String unit) {
    this.label = label;
    this.unit = unit;
  }

  public String label() {
    return label;
  }

  /** What one unit of the objective value is. */
  public String unit() {
    return unit;
  }

  /** Coverage below the requirement is allowed (and paid for) only under {@link #COST}. */
  public boolean softCoverage() {
    return this == COST;
  }

  public static Objective parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(o -> o.label.equals(s)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not an objective: use "
            + Arrays.stream(values()).map(Objective::label).collect(Collectors.joining(", "))));
  }
}
