package io.staffline.metrics.facts;

import java.io.Serializable;
import java.time.Instant;

/**
 * One row of the lake's {@code ticket_events} table for one ticket. {@code team}, {@code tier} and
 * {@code status} are the ticket's state after the event; null means unchanged.
 */
public record EventInput(int seq, Instant at, String type, String agentKey, String team,
    Integer tier, String status, String oldValue, String newValue, Integer handleSeconds)
    implements Serializable {
}
