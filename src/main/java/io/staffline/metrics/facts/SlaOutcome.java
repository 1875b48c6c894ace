package io.staffline.metrics.facts;

import io.staffline.ticket.Vocabulary;
import java.util.Locale;

/** Where a ticket stands against one SLA target at the as-of moment. */
public enum SlaOutcome implements Vocabulary.Coded {
  /** Done at or before the due time. */
  MET,
  /** Done after the due time. */
  BREACHED,
  /** Not done yet, and the due time is not past. */
  RUNNING,
  /** Not done yet, and the due time is already past: counts as breached in attainment. */
  BREACHED_RUNNING;

  @Override
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
