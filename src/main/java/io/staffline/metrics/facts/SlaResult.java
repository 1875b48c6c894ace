package io.staffline.metrics.facts;

import java.io.Serializable;
import java.time.Instant;

/**
 * A ticket against one SLA target.
 *
 * @param outcome null when no policy applies
 * @param due when the target falls due
 * @param overMinutes minutes from the due time to the moment the target was done (or to the as-of
 *     moment while not done), in the policy's clock (business or calendar): positive when late,
 *     negative (the time to spare) when early
 */
public record SlaResult(SlaOutcome outcome, Instant due, Double overMinutes)
    implements Serializable {

  /** No policy for the ticket's priority and this metric. */
  public static final SlaResult NO_POLICY = new SlaResult(null, null, null);

  /** The outcome's code ({@code met}, {@code breached_running}, …), null without a policy. */
  public String outcomeCode() {
    return outcome == null ? null : outcome.code();
  }
}
