package io.staffline.sample;

import io.staffline.ticket.Channel;
import io.staffline.ticket.Priority;
import java.util.List;

/**
 * A generated ticket with its whole life, including events after the export time (the writer
 * drops those and derives the tickets row from what is left).
 */
record Ticket(
    String id,
    long createdAt,
    Channel channel,
    Priority priority,
    String team,
    String category,
    String subject,
    FakeIdentities.Requester requester,
    List<TicketEvent> events) {}
