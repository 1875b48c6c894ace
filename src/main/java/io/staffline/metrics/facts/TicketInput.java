package io.staffline.metrics.facts;

import java.io.Serializable;
import java.time.Instant;

/**
 * One row of the lake's {@code tickets} table, as the facts need it. Only {@code firstReplyAt} and
 * {@code csat} feed the facts, as fallbacks; the other lifecycle columns are export-time summaries
 * that the facts recompute from the events as of the as-of moment.
 */
public record TicketInput(String ticketId, String source, Instant createdAt, String channel,
    String priority, String entryTeam, String status, Instant firstReplyAt, Instant firstSolvedAt,
    Instant lastSolvedAt, Instant closedAt, Integer reopenCount, String csat)
    implements Serializable {
}
