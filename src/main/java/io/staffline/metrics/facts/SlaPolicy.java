package io.staffline.metrics.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.staffline.metrics.calendar.BusinessCalendar;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * One SLA target: a ticket of some priority must reach a point (first reply, resolution) within
 * {@code targetMinutes} of its creation, counted in business or calendar time. Definitions:
 * docs/metrics-ticket-facts.md §SLA.
 *
 * @param targetMinutes the target, more than 0 (required)
 * @param business true: business minutes of the entry team's calendar; false: calendar minutes
 *     (required)
 * @param reopenCycle resolution targets only; null means {@link ReopenCycle#DEFAULT}
 */
public record SlaPolicy(
    @JsonProperty("target_minutes") Integer targetMinutes,
    @JsonProperty("business") Boolean business,
    @JsonProperty("reopen_cycle") ReopenCycle reopenCycle) implements Serializable {

  public static SlaPolicy calendar(int targetMinutes) {
    return new SlaPolicy(targetMinutes, false, null);
  }

  public static SlaPolicy business(int targetMinutes) {
    return new SlaPolicy(targetMinutes, true, null);
  }

  public SlaPolicy withReopenCycle(ReopenCycle cycle) {
    return new SlaPolicy(targetMinutes, business, cycle);
  }

  /** The cycle that ends a resolution target, the default filled in. */
  public ReopenCycle cycle() {
    return reopenCycle == null ? ReopenCycle.DEFAULT : reopenCycle;
  }

  /** When a target started at {@code start} falls due. */
  public Instant due(Instant start, BusinessCalendar calendar) {
    Duration target = Duration.ofMinutes(targetMinutes);
    return business ? calendar.addBusinessTime(start, target) : start.plus(target);
  }

  /**
   * The outcome of a target started at {@code start}. Done exactly at the due time is met; not done
   * exactly at the due time is still running.
   *
   * @param done when the target was reached; null when not yet by {@code asOf}
   */
  public SlaResult evaluate(Instant start, Instant done, Instant asOf, BusinessCalendar calendar) {
    Instant due = due(start, calendar);
    Instant end = done != null ? done : asOf;
    boolean late = end.isAfter(due);
    SlaOutcome outcome = done != null ? (late ? SlaOutcome.BREACHED : SlaOutcome.MET)
        : (late ? SlaOutcome.BREACHED_RUNNING : SlaOutcome.RUNNING);
    // 0.0 - x rather than -x: done exactly on time is 0.0, not -0.0.
    double over = late ? minutes(due, end, calendar) : 0.0 - minutes(end, due, calendar);
    return new SlaResult(outcome, due, over);
  }

  private double minutes(Instant from, Instant to, BusinessCalendar calendar) {
    return Minutes.of(business ? calendar.businessTime(from, to) : Duration.between(from, to));
  }
}
