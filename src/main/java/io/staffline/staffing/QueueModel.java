package io.staffline.staffing;

/** A queueing model that rates a staffing (reverse calculation) and finds the staffing a target needs. */
public interface QueueModel {

  /** Performance with {@code agents} on duty: service levels within {@code answerSeconds}, ASA, ... */
  Performance evaluate(Workload workload, int agents, double answerSeconds);

  /** The fewest agents meeting every part of {@code target}. */
  Requirement required(Workload workload, StaffingTarget target);

  /** Short name for output, e.g. "erlang-c". */
  String name();
}
