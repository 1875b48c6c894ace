package io.staffline.staffing;

/**
 * Which contacts count as "within T" when some callers hang up. Without abandonment (Erlang C) the
 * two readings coincide. See docs/staffing.md §3.
 */
public enum ServiceLevelReading {
  /** Answered within T ÷ all arrivals; every abandoned contact is a miss. The default. */
  ANSWERED_WITHIN("answered-within"),
  /** Waited at most T ÷ all arrivals; a contact abandoning within T counts as met. */
  WAITED_AT_MOST("waited-at-most");

  private final String label;

  ServiceLevelReading(String label) {
    this.label = label;
  }

  /** The name used in CLI options and JSON. */
  public String label() {
    return label;
  }
}
