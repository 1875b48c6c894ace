package io.staffline.ingest;

import io.staffline.ingest.LakeSchema.AgentLevels;
import io.staffline.ingest.LakeSchema.Agents;
import io.staffline.ingest.LakeSchema.TicketEvents;
import io.staffline.ingest.LakeSchema.Tickets;
import io.staffline.ingest.Pseudonymizer.Domain;
import io.staffline.ticket.Channel;
import io.staffline.ticket.EventType;
import io.staffline.ticket.Level;
import io.staffline.ticket.Priority;
import io.staffline.ticket.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Row-level rules of the canonical layouts: each parser turns one record into the values of its
 * lake table (in schema order, lineage columns left for the caller) or rejects it with a reason.
 */
final class RecordParsers {
  private RecordParsers() {}

  /** Turns one record into lake values. */
  @FunctionalInterface
  interface RecordParser {
    Object[] parse(Fields f, Pseudonymizer pseudonyms, String source) throws Reject;
  }

  static final String TICKET_ID = "ticket_id";
  static final String AGENT_ID = "agent_id";
  static final String REQUESTER_ID = "requester_id";
  static final String ORG_ID = "org_id";

  static Object[] ticket(Fields f, Pseudonymizer pseudonyms, String source) throws Reject {
    String ticketId = f.required(TICKET_ID);
    Instant created = f.timestamp(Tickets.CREATED_AT, true);
    String channel = f.code(Tickets.CHANNEL, Channel.class, true);
    String priority = f.code(Tickets.PRIORITY, Priority.class, true);
    String status = f.code(Tickets.STATUS, TicketStatus.class, true);
    Instant firstReply = f.timestamp(Tickets.FIRST_REPLY_AT, false);
    Instant firstSolved = f.timestamp(Tickets.FIRST_SOLVED_AT, false);
    Instant lastSolved = f.timestamp(Tickets.LAST_SOLVED_AT, false);
    Instant closed = f.timestamp(Tickets.CLOSED_AT, false);
    notBeforeCreated(created, Tickets.FIRST_REPLY_AT, firstReply);
    notBeforeCreated(created, Tickets.FIRST_SOLVED_AT, firstSolved);
    notBeforeCreated(created, Tickets.LAST_SOLVED_AT, lastSolved);
    notBeforeCreated(created, Tickets.CLOSED_AT, closed);
    return new Object[] {
        ticketId, source, created, channel, priority, f.text(Tickets.CATEGORY),
        f.text(Tickets.ENTRY_TEAM), pseudonyms.pseudonym(Domain.REQUESTER, f.text(REQUESTER_ID)),
        pseudonyms.pseudonym(Domain.ORGANISATION, f.text(ORG_ID)), status, firstReply, firstSolved,
        lastSolved, closed, f.integer(Tickets.REOPEN_COUNT, 0), f.csat(Tickets.CSAT),
        null, null, null, utcDate(created)};
  }

  static Object[] event(Fields f, Pseudonymizer pseudonyms, String source) throws Reject {
    String ticketId = f.required(TICKET_ID);
    Instant at = f.timestamp(TicketEvents.EVENT_AT, true);
    String type = f.code(TicketEvents.TYPE, EventType.class, true);
    String newValue = f.text(TicketEvents.NEW_VALUE);
    if (EventType.RATED.code().equals(type)) {
      newValue = f.csat(TicketEvents.NEW_VALUE);
    }
    return new Object[] {
        ticketId, null, at, type, pseudonyms.pseudonym(Domain.AGENT, f.text(AGENT_ID)),
        f.text(TicketEvents.TEAM), f.tier(TicketEvents.TIER, false),
        f.code(TicketEvents.STATUS, TicketStatus.class, false), f.text(TicketEvents.OLD_VALUE),
        newValue, f.integer(TicketEvents.HANDLE_SECONDS, 0), null, null, null, utcDate(at)};
  }

  static Object[] agent(Fields f, Pseudonymizer pseudonyms, String source) throws Reject {
    String agentKey = pseudonyms.pseudonym(Domain.AGENT, f.required(AGENT_ID));
    LocalDate hired = f.date(Agents.HIRE_DATE, true);
    LocalDate left = f.date(Agents.LEAVE_DATE, false);
    if (left != null && left.isBefore(hired)) {
      throw new Reject(ReasonCode.BAD_DATE, "column 'leave_date': " + left + " is before hire_date " + hired);
    }
    Double weeklyHours = f.positive(Agents.WEEKLY_HOURS);
    return new Object[] {
        agentKey, f.text(Agents.DISPLAY_NAME), f.required(Agents.TEAM), f.tier(Agents.TIER, true),
        f.code(Agents.LEVEL, Level.class, true), hired, left, f.zoneId(Agents.TIMEZONE),
        weeklyHours == null ? 40.0 : weeklyHours, null, null};
  }

  static Object[] agentLevel(Fields f, Pseudonymizer pseudonyms, String source) throws Reject {
    return new Object[] {
        pseudonyms.pseudonym(Domain.AGENT, f.required(AGENT_ID)),
        f.date(AgentLevels.EFFECTIVE_FROM, true), f.code(AgentLevels.LEVEL, Level.class, true),
        f.tier(AgentLevels.TIER, true), f.text(AgentLevels.TEAM), null, null};
  }

  private static void notBeforeCreated(Instant created, String column, Instant t) throws Reject {
    if (t != null && t.isBefore(created)) {
      throw new Reject(ReasonCode.SOLVED_BEFORE_CREATED,
          "column '" + column + "': " + t + " is before created_at " + created);
    }
  }

  private static LocalDate utcDate(Instant t) {
    return LocalDate.ofInstant(t, ZoneOffset.UTC);
  }
}
