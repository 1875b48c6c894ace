package io.staffline.metrics.facts;

import java.io.Serializable;

/**
 * The ticket at the as-of moment: the state after its last event by then.
 *
 * @param finalStatus new, open, pending, hold, solved or closed
 * @param finalTeam null when no event named a team
 * @param open not solved or closed
 * @param ageMinutes calendar minutes since creation, for open tickets only (else null)
 */
public record TicketState(String finalStatus, String finalTeam, int finalTier, boolean open,
    Double ageMinutes) implements Serializable {
}
