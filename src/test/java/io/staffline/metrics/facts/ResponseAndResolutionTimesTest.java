package io.staffline.metrics.facts;

import static io.staffline.metrics.facts.History.berlin;
import static io.staffline.metrics.facts.History.ticket;
import static io.staffline.ticket.Priority.HIGH;
import static io.staffline.ticket.Priority.NORMAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * First reply, first and full resolution in calendar and business minutes (docs/metrics-ticket-facts.md
 * §Response and resolution). Business time is the billing team's office calendar, Mon–Fri
 * 08:00–18:00 Europe/Berlin.
 */
class ResponseAndResolutionTimesTest {

  // Tuesday 2026-09-01, all inside office hours.
  static final Instant TUE_0900 = berlin("2026-09-01T09:00");
  static final Instant TUE_0905 = berlin("2026-09-01T09:05");
  static final Instant TUE_0910 = berlin("2026-09-01T09:10");
  static final Instant TUE_0925 = berlin("2026-09-01T09:25");
  static final Instant TUE_0940 = berlin("2026-09-01T09:40");
  static final Instant TUE_1030 = berlin("2026-09-01T10:30");
  static final Instant TUE_1115 = berlin("2026-09-01T11:15");
  static final Instant LATER = berlin("2026-09-30T12:00");

  /** Created 09:00; a note, a bot reply and then the agent's reply at 09:40; solved 11:15. */
  static History plainTuesday() {
    return ticket("plain", HIGH, TUE_0900)
        .assigned(TUE_0905, "agt-a")
        .note(TUE_0910, "agt-a")
        .reply(TUE_0925, null) // a bot: no agent
        .reply(TUE_0940, "agt-a")
        .reply(TUE_1030, "agt-a")
        .solved(TUE_1115, "agt-a");
  }

  @Test
  void firstReplyIsTheFirstPublicReplyByAnAgent() {
    TicketFacts facts = plainTuesday().factsAsOf(LATER);
    // 09:00 → 09:40; the internal note (09:10) and the bot's reply (09:25) do not count.
    assertEquals(new Milestone(TUE_0940, 40.0, 40.0), facts.firstReply());
  }

  @Test
  void firstReplyFallsBackToTheTicketColumnWhenNoEventIsAnAgentReply() {
    History history = ticket("no-reply-events", HIGH, TUE_0900)
        .reply(TUE_0925, null)
        .ticketFirstReplyAt(TUE_1030);
    // 09:00 → 10:30 = 90 minutes, from tickets.first_reply_at.
    assertEquals(new Milestone(TUE_1030, 90.0, 90.0), history.factsAsOf(LATER).firstReply());
    // Known only from 10:30 on: as of 10:00 there is no reply yet.
    assertEquals(Milestone.NOT_REACHED,
        history.factsAsOf(berlin("2026-09-01T10:00")).firstReply());
  }

  @Test
  void replyTimesKeepTheSeconds() {
    Instant created = berlin("2026-09-01T09:00:00");
    Instant reply = berlin("2026-09-01T09:00:09");
    TicketFacts facts = ticket("chat", HIGH, created).reply(reply, "agt-a").factsAsOf(LATER);
    // 9 seconds = 9 / 60 minutes.
    assertEquals(9 / 60.0, facts.firstReply().minutes());
    assertEquals(9 / 60.0, facts.firstReply().businessMinutes());
  }

  @Test
  void firstAndFullResolutionAreTheSameWithoutAReopen() {
    TicketFacts facts = plainTuesday().factsAsOf(LATER);
    // 09:00 → 11:15 = 135 minutes, all in office hours.
    assertEquals(new Milestone(TUE_1115, 135.0, 135.0), facts.firstResolution());
    assertEquals(new Milestone(TUE_1115, 135.0, 135.0), facts.fullResolution());
  }

  // Monday 2026-09-07 → Tuesday 2026-09-08, reopened on Tuesday.
  static final Instant MON_1000 = berlin("2026-09-07T10:00");
  static final Instant MON_1005 = berlin("2026-09-07T10:05");
  static final Instant MON_1030 = berlin("2026-09-07T10:30");
  static final Instant MON_1100 = berlin("2026-09-07T11:00");
  static final Instant TUE_8_0900 = berlin("2026-09-08T09:00");
  static final Instant TUE_8_0930 = berlin("2026-09-08T09:30");
  static final Instant TUE_8_1000 = berlin("2026-09-08T10:00");
  static final Instant TUE_8_1100 = berlin("2026-09-08T11:00");
  static final Instant TUE_8_1200 = berlin("2026-09-08T12:00");
  static final Instant SAT_1200 = berlin("2026-09-12T12:00");

  /** Solved Monday 11:00 by agt-a, reopened Tuesday 09:00, solved again 12:00 by agt-b, closed. */
  static History reopened() {
    return ticket("reopened", NORMAL, MON_1000)
        .assigned(MON_1005, "agt-a")
        .reply(MON_1030, "agt-a")
        .solved(MON_1100, "agt-a")
        .reopened(TUE_8_0900)
        .assigned(TUE_8_0930, "agt-b")
        .reply(TUE_8_1000, "agt-b")
        .solved(TUE_8_1200, "agt-b")
        .closed(SAT_1200);
  }

  @Test
  void aReopenSeparatesFirstFromFullResolution() {
    TicketFacts facts = reopened().factsAsOf(LATER);
    // First: Mon 10:00 → 11:00 = 60 min (business 60).
    assertEquals(new Milestone(MON_1100, 60.0, 60.0), facts.firstResolution());
    // Full: Mon 10:00 → Tue 12:00 = 26 h = 1560 min; business Mon 10–18 = 480 + Tue 08–12 = 240.
    // The close on Saturday is no resolution: the ticket was solved already.
    assertEquals(new Milestone(TUE_8_1200, 1560.0, 720.0), facts.fullResolution());
    assertEquals(1, facts.handling().reopens());
    assertEquals("closed", facts.state().finalStatus());
  }

  @Test
  void fullResolutionWaitsWhileAReopenedTicketIsOpen() {
    TicketFacts facts = reopened().factsAsOf(TUE_8_1100);
    assertEquals(new Milestone(MON_1100, 60.0, 60.0), facts.firstResolution());
    assertEquals(Milestone.NOT_REACHED, facts.fullResolution());
  }

  @Test
  void aCloseWithoutASolveIsAResolution() {
    TicketFacts facts = ticket("closed-unsolved", HIGH, TUE_0900).closed(TUE_1030).factsAsOf(LATER);
    // 09:00 → 10:30 = 90 min.
    assertEquals(new Milestone(TUE_1030, 90.0, 90.0), facts.firstResolution());
    assertEquals(new Milestone(TUE_1030, 90.0, 90.0), facts.fullResolution());
  }

  // Friday 2026-09-04 17:30 → Monday 2026-09-07 (docs/business-hours.md §3).
  static final Instant FRI_1730 = berlin("2026-09-04T17:30");
  static final Instant MON_0915 = berlin("2026-09-07T09:15");

  @Test
  void aWeekendCountsInCalendarButNotInBusinessMinutes() {
    TicketFacts facts = ticket("weekend", NORMAL, FRI_1730)
        .reply(MON_0915, "agt-a")
        .solved(MON_1000, "agt-a")
        .factsAsOf(LATER);
    // Calendar: Fri 17:30 → Mon 09:15 = 2 days 15 h 45 min = 63.75 h = 3825 min.
    // Business: Fri 17:30–18:00 = 30, Mon 08:00–09:15 = 75 → 105.
    assertEquals(new Milestone(MON_0915, 3825.0, 105.0), facts.firstReply());
    // Solved Mon 10:00: calendar 64.5 h = 3870 min; business 30 + 120 = 150.
    assertEquals(new Milestone(MON_1000, 3870.0, 150.0), facts.firstResolution());
  }

  // Tuesday 2026-11-17 → Thursday 2026-11-19 across Buß- und Bettag (Wednesday, closed).
  static final Instant TUE_1117_1700 = berlin("2026-11-17T17:00");
  static final Instant THU_1119_0900 = berlin("2026-11-19T09:00");

  @Test
  void aHolidayIsNotBusinessTime() {
    TicketFacts facts = ticket("holiday", NORMAL, TUE_1117_1700)
        .reply(THU_1119_0900, "agt-a")
        .factsAsOf(berlin("2026-11-20T12:00"));
    // Calendar: Tue 17:00 → Thu 09:00 = 40 h = 2400 min.
    // Business: Tue 17–18 = 60, Wednesday closed (a weekday holiday), Thu 08–09 = 60 → 120.
    assertEquals(new Milestone(THU_1119_0900, 2400.0, 120.0), facts.firstReply());
  }

  // Summer time ends on Sunday 2026-10-25 (03:00 CEST → 02:00 CET): that day has 25 hours.
  static final Instant FRI_1023_1700 = berlin("2026-10-23T17:00"); // 15:00 UTC
  static final Instant MON_1026_0900 = berlin("2026-10-26T09:00"); // 08:00 UTC
  static final Instant MON_1026_1700 = berlin("2026-10-26T17:00"); // 16:00 UTC

  @Test
  void theDaylightSavingChangeAddsAnHourOfCalendarTimeOnly() {
    TicketFacts facts = ticket("dst", HIGH, FRI_1023_1700)
        .reply(MON_1026_0900, "agt-a")
        .solved(MON_1026_1700, "agt-a")
        .factsAsOf(berlin("2026-10-30T12:00"));
    // Wall clock Fri 17:00 → Mon 09:00 reads 64 h, but Sunday had 25 hours: 15:00Z → 08:00Z
    // = 65 h = 3900 min. Business: Fri 17–18 = 60, Mon 08–09 = 60 → 120.
    assertEquals(new Milestone(MON_1026_0900, 3900.0, 120.0), facts.firstReply());
    // To Mon 17:00: 15:00Z Fri → 16:00Z Mon = 73 h = 4380 min; business 60 + 540 = 600.
    assertEquals(new Milestone(MON_1026_1700, 4380.0, 600.0), facts.fullResolution());
  }
}
