package io.staffline.sample;

import io.staffline.ticket.EventType;
import io.staffline.ticket.TicketStatus;
import io.staffline.ticket.Tier;

/**
 * One event of a generated ticket; team, line and status are those after the event.
 *
 * @param at epoch seconds
 * @param agentId the acting or assigned agent, null when the requester or the system acts
 * @param handleSeconds logged work, or -1 when the event carries none
 */
record TicketEvent(
    long at,
    EventType type,
    String agentId,
    String team,
    Tier tier,
    TicketStatus status,
    String oldValue,
    String newValue,
    int handleSeconds) {

  static final int NO_HANDLE = -1;

  boolean hasHandle() {
    return handleSeconds != NO_HANDLE;
  }
}
