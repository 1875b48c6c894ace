package io.staffline.metrics.facts;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;

import io.staffline.metrics.calendar.BusinessCalendar;
import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.metrics.calendar.WeeklyHours;
import io.staffline.ticket.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A hand-built ticket history for the facts tests: each event carries the team, line and status
 * after it, as in the lake. Also the shared calendar, SLA policies and calculator.
 */
final class History {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** Buß- und Bettag, a Wednesday: the office is closed all day. */
  static final LocalDate BUSS_UND_BETTAG = LocalDate.of(2026, 11, 18);
  /** Mon–Fri 08:00–18:00 Europe/Berlin (600 business minutes a day), closed on Buß- und Bettag. */
  static final BusinessCalendar OFFICE = BusinessCalendar.builder("office").zone(BERLIN)
      .version(LocalDate.of(2026, 1, 1),
          WeeklyHours.builder().open(MONDAY, FRIDAY, "08:00-18:00").build())
      .holiday(BUSS_UND_BETTAG, "Buß- und Bettag")
      .build();
  static final String BILLING = "billing";
  static final String TECHNICAL = "technical";
  /** billing works office hours; every other team is on the 24/7 default. */
  static final TeamCalendars CALENDARS = new TeamCalendars(
      Map.of(TeamCalendars.DEFAULT, BusinessCalendar.alwaysOpen("around-the-clock"),
          "office", OFFICE),
      Map.of(BILLING, "office"));

  /** The targets of the bundled jobs/sla.yaml. */
  static final SlaPolicies SLA = SlaPolicies.builder()
      .firstReply(Priority.URGENT, SlaPolicy.calendar(30))
      .resolution(Priority.URGENT, SlaPolicy.calendar(480).withReopenCycle(ReopenCycle.LAST_SOLVE))
      .firstReply(Priority.HIGH, SlaPolicy.business(60))
      .resolution(Priority.HIGH, SlaPolicy.business(600).withReopenCycle(ReopenCycle.LAST_SOLVE))
      .firstReply(Priority.NORMAL, SlaPolicy.business(240))
      .resolution(Priority.NORMAL, SlaPolicy.business(1800).withReopenCycle(ReopenCycle.LAST_SOLVE))
      .firstReply(Priority.LOW, SlaPolicy.business(480))
      .resolution(Priority.LOW, SlaPolicy.business(3000).withReopenCycle(ReopenCycle.LAST_SOLVE))
      .build();

  static final TicketFactsCalculator CALCULATOR =
      new TicketFactsCalculator(CALENDARS, SLA, FactsSettings.DEFAULTS);

  static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  private final String ticketId;
  private final String priority;
  private final Instant createdAt;
  private final String entryTeam;
  private final List<EventInput> events = new ArrayList<>();
  private Instant ticketFirstReplyAt;
  private String ticketCsat;
  private String team;
  private int tier;
  private String status;

  private History(String ticketId, String priority, Instant createdAt, String entryTeam,
      int entryTier) {
    this.ticketId = ticketId;
    this.priority = priority;
    this.createdAt = createdAt;
    this.entryTeam = entryTeam;
    this.team = entryTeam;
    this.tier = entryTier;
    this.status = "new";
    add(createdAt, "created", null, null, null);
  }

  /** A billing ticket created at line 1 with its {@code created} event. */
  static History ticket(String id, Priority priority, Instant createdAt) {
    return new History(id, priority.code(), createdAt, BILLING, 1);
  }

  static History ticket(String id, Priority priority, Instant createdAt, String team, int tier) {
    return new History(id, priority.code(), createdAt, team, tier);
  }

  History assigned(Instant at, String agent) {
    status = "new".equals(status) ? "open" : status;
    return add(at, "assigned", agent, null, null);
  }

  History reply(Instant at, String agent) {
    return reply(at, agent, null);
  }

  History reply(Instant at, String agent, Integer handleSeconds) {
    status = "new".equals(status) ? "open" : status;
    return add(at, "public_reply", agent, null, handleSeconds);
  }

  History note(Instant at, String agent) {
    return add(at, "internal_note", agent, null, null);
  }

  History status(Instant at, String newStatus) {
    status = newStatus;
    return add(at, "status_changed", null, null, null);
  }

  History tier(Instant at, int newTier) {
    tier = newTier;
    return add(at, "tier_changed", null, null, null);
  }

  History group(Instant at, String newTeam) {
    team = newTeam;
    return add(at, "group_changed", null, null, null);
  }

  History solved(Instant at, String agent) {
    status = "solved";
    return add(at, "solved", agent, null, null);
  }

  History reopened(Instant at) {
    status = "open";
    return add(at, "reopened", null, null, null);
  }

  History closed(Instant at) {
    status = "closed";
    return add(at, "closed", null, null, null);
  }

  History rated(Instant at, String rating) {
    return add(at, "rated", null, rating, null);
  }

  /** An event as a source wrote it, no state tracked. */
  History raw(EventInput event) {
    events.add(event);
    return this;
  }

  History ticketFirstReplyAt(Instant at) {
    ticketFirstReplyAt = at;
    return this;
  }

  History ticketCsat(String csat) {
    ticketCsat = csat;
    return this;
  }

  int nextSeq() {
    return events.size() + 1;
  }

  private History add(Instant at, String type, String agent, String newValue,
      Integer handleSeconds) {
    events.add(new EventInput(events.size() + 1, at, type, agent, team, tier, status, null,
        newValue, handleSeconds));
    return this;
  }

  TicketInput ticket() {
    return new TicketInput(ticketId, "test", createdAt, "email", priority, entryTeam, status,
        ticketFirstReplyAt, null, null, null, null, ticketCsat);
  }

  /** The events newest first: the calculator must put them in seq order itself. */
  List<EventInput> events() {
    List<EventInput> reversed = new ArrayList<>(events);
    java.util.Collections.reverse(reversed);
    return reversed;
  }

  TicketFacts factsAsOf(Instant asOf) {
    return factsAsOf(asOf, CALCULATOR);
  }

  TicketFacts factsAsOf(Instant asOf, TicketFactsCalculator calculator) {
    return calculator.facts(ticket(), events(), asOf);
  }
}
