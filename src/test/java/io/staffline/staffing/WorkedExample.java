package io.staffline.staffing;

/**
 * The planners' worked example of docs/staffing.md §7, for tests here and in the report: 100 calls
 * in a half-hour at 180 s, 80% answered within 20 s on Erlang C → 14 agents, 20 scheduled at 30%
 * shrinkage.
 */
public final class WorkedExample {
  private WorkedExample() {}

  public static final double CONTACTS = 100;
  public static final double AHT_SECONDS = 180;

  /** Phone 80% in 20 s (Erlang C), line 1 at 20% planned + 10% unplanned shrinkage. */
  public static final String PHONE_80_20 = """
      channels:
        phone: {model: erlang, service_level: 80%, answer_seconds: 20}
      lines:
        1: {planned_shrinkage: 20%, unplanned_shrinkage: 10%}
      """;
}
