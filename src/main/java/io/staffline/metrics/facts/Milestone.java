package io.staffline.metrics.facts;

import java.io.Serializable;
import java.time.Instant;

/**
 * A point in a ticket's life (first reply, first or full resolution) and how long after creation
 * it came: calendar minutes and business minutes of the entry team's calendar. All null when not
 * reached by the as-of moment.
 */
public record Milestone(Instant at, Double minutes, Double businessMinutes)
    implements Serializable {

  public static final Milestone NOT_REACHED = new Milestone(null, null, null);

  public boolean reached() {
    return at != null;
  }
}
