package io.staffline.metrics.facts;

import io.staffline.ticket.Vocabulary;
import java.util.Locale;

/** What an SLA target measures, from the ticket's creation. */
public enum SlaMetric implements Vocabulary.Coded {
  /** To the first public agent reply (or the first resolution, when that comes first). */
  FIRST_REPLY,
  /** To the first or the last solve, as the policy's {@link ReopenCycle} says. */
  RESOLUTION;

  @Override
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
