package io.staffline.metrics.facts;

import java.io.Serializable;
import java.time.Instant;

/**
 * The ticket's satisfaction rating: the latest {@code rated} event, else the ticket's own column.
 *
 * @param csat the normalised rating: good, bad, or 1–5
 * @param good true for good, 4 and 5; false for bad and 1–3; null when unrated
 * @param ratedAt the time of the rating event; null when unrated or taken from the ticket column
 */
public record Rating(String csat, Boolean good, Instant ratedAt) implements Serializable {

  public static final Rating UNRATED = new Rating(null, null, null);
}
