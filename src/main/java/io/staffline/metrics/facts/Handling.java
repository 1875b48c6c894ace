package io.staffline.metrics.facts;

import java.io.Serializable;

/**
 * Who and how many touched a ticket by the as-of moment.
 *
 * @param groupStations distinct teams the ticket was in
 * @param assigneeStations distinct agents it was assigned to
 * @param reopens {@code reopened} events
 * @param publicReplies {@code public_reply} events by an agent
 * @param handleSecondsTotal the sum of the events' handle seconds; null when no event has any
 * @param firstTierAgentKey the first agent assigned
 * @param solverAgentKey the agent of the last resolution, while the ticket is solved or closed
 */
public record Handling(int groupStations, int assigneeStations, int reopens, int publicReplies,
    Long handleSecondsTotal, String firstTierAgentKey, String solverAgentKey)
    implements Serializable {
}
