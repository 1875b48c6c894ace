package io.staffline.metrics.facts;

import static io.staffline.metrics.facts.History.berlin;
import static io.staffline.metrics.facts.History.ticket;
import static io.staffline.ticket.Priority.NORMAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Stations, reopens, replies, one-touch, first-line resolution, handle time, solver and CSAT
 * (docs/metrics-ticket-facts.md §Handling and §Outcomes).
 */
class HandlingTest {

  static final Instant AS_OF = berlin("2026-09-30T12:00");
  // Tuesday 2026-09-22.
  static final Instant TUE_0900 = berlin("2026-09-22T09:00");
  static final Instant TUE_0905 = berlin("2026-09-22T09:05");
  static final Instant TUE_0930 = berlin("2026-09-22T09:30");
  static final Instant TUE_1000 = berlin("2026-09-22T10:00");
  static final Instant TUE_1030 = berlin("2026-09-22T10:30");
  static final Instant TUE_1100 = berlin("2026-09-22T11:00");
  static final Instant TUE_1130 = berlin("2026-09-22T11:30");
  static final Instant TUE_1200 = berlin("2026-09-22T12:00");
  /** The first solve plus the FLR window of 7 × 24 h. */
  static final Instant TUE_29_1000 = berlin("2026-09-29T10:00");

  @Test
  void stationsCountDistinctGroupsAndAgents() {
    History history = ticket("stations", NORMAL, TUE_0900)
        .assigned(TUE_0905, "agt-a")
        .group(TUE_0930, History.TECHNICAL)
        .assigned(TUE_0930, "agt-b")
        .group(TUE_1000, History.BILLING)
        .assigned(TUE_1000, "agt-a");
    history.raw(new EventInput(history.nextSeq(), TUE_1030, "assigned", null, "billing", 1,
        "open", "agt-a", "agt-c", null)); // the assignee only in new_value
    history.raw(new EventInput(history.nextSeq(), TUE_1100, "assigned", null, "billing", 1,
        "open", "agt-c", null, null)); // unassigned: no agent
    Handling handling = history.factsAsOf(AS_OF).handling();
    // Groups billing, technical (billing again is no new station) → 2.
    assertEquals(2, handling.groupStations());
    // Agents a, b, (a again), c → 3; the first assigned agent is agt-a.
    assertEquals(3, handling.assigneeStations());
    assertEquals("agt-a", handling.firstTierAgentKey());
  }

  @Test
  void handleSecondsAddUpAndTheSolverIsTheAgentOfTheLastSolve() {
    TicketFacts facts = ResponseAndResolutionTimesTest.reopened().factsAsOf(AS_OF);
    assertEquals("agt-b", facts.handling().solverAgentKey());
    assertEquals("agt-a", facts.handling().firstTierAgentKey());
    assertNull(facts.handling().handleSecondsTotal()); // no event logged handle time

    Handling logged = ticket("handled", NORMAL, TUE_0900)
        .reply(TUE_0930, "agt-a", 300)
        .reply(TUE_1000, "agt-a", 200)
        .solved(TUE_1000, "agt-a")
        .factsAsOf(AS_OF).handling();
    assertEquals(300L + 200L, logged.handleSecondsTotal());
    assertEquals(2, logged.publicReplies());
  }

  @Test
  void aReopenedTicketHasNoSolverWhileOpen() {
    TicketFacts facts = ResponseAndResolutionTimesTest.reopened()
        .factsAsOf(ResponseAndResolutionTimesTest.TUE_8_1100);
    assertNull(facts.handling().solverAgentKey());
    assertEquals(1, facts.handling().reopens());
  }

  @Test
  void oneTouchIsSolvedWithAtMostOnePublicAgentReply() {
    History oneReply = ticket("one", NORMAL, TUE_0900).reply(TUE_0930, "agt-a")
        .reply(TUE_1000, null) // a bot's reply is not an agent's
        .solved(TUE_1000, "agt-a");
    History noReply = ticket("none", NORMAL, TUE_0900).solved(TUE_0930, "agt-a");
    History twoReplies = ticket("two", NORMAL, TUE_0900).reply(TUE_0930, "agt-a")
        .reply(TUE_1000, "agt-a").solved(TUE_1030, "agt-a");
    History open = ticket("open", NORMAL, TUE_0900).reply(TUE_0930, "agt-a");
    assertEquals(true, oneReply.factsAsOf(AS_OF).oneTouch());
    assertEquals(true, noReply.factsAsOf(AS_OF).oneTouch());
    assertEquals(false, twoReplies.factsAsOf(AS_OF).oneTouch());
    assertNull(open.factsAsOf(AS_OF).oneTouch()); // not solved: undecided
  }

  /** Solved Tuesday 10:00 at line 1 in billing by one agent. */
  static History solvedAtLine1() {
    return ticket("flr", NORMAL, TUE_0900).assigned(TUE_0905, "agt-a").reply(TUE_0930, "agt-a")
        .solved(TUE_1000, "agt-a");
  }

  @Test
  void firstLineResolutionIsUndecidedUntilTheReopenWindowEnds() {
    // First solve Tue 22nd 10:00 + 7 × 24 h = Tue 29th 10:00.
    assertNull(solvedAtLine1().factsAsOf(TUE_29_1000.minusSeconds(1)).firstLineResolution());
    assertEquals(true, solvedAtLine1().factsAsOf(TUE_29_1000).firstLineResolution());
    // Never solved: never decided.
    assertNull(ticket("open", NORMAL, TUE_0900).factsAsOf(AS_OF).firstLineResolution());
  }

  @Test
  void aReopenWithinTheWindowIsNoFirstLineResolutionButOneAfterItIs() {
    History reopenedInWindow = solvedAtLine1().reopened(berlin("2026-09-29T09:59"))
        .solved(berlin("2026-09-29T11:00"), "agt-a");
    History reopenedLater = solvedAtLine1().reopened(berlin("2026-09-29T10:01"))
        .solved(berlin("2026-09-29T11:00"), "agt-a");
    assertEquals(false, reopenedInWindow.factsAsOf(AS_OF).firstLineResolution());
    assertEquals(true, reopenedLater.factsAsOf(AS_OF).firstLineResolution());
  }

  @Test
  void leavingLine1OrTheGroupIsNoFirstLineResolution() {
    History escalated = ticket("escalated", NORMAL, TUE_0900).tier(TUE_0930, 2)
        .solved(TUE_1000, "agt-a");
    History regrouped = ticket("regrouped", NORMAL, TUE_0900).group(TUE_0930, History.TECHNICAL)
        .solved(TUE_1000, "agt-a");
    History bounced = ticket("bounced", NORMAL, TUE_0900).tier(TUE_0930, 2).tier(TUE_1000, 1)
        .solved(TUE_1100, "agt-a"); // solved at line 1, but it left line 1 on the way
    assertEquals(false, escalated.factsAsOf(AS_OF).firstLineResolution());
    assertEquals(false, regrouped.factsAsOf(AS_OF).firstLineResolution());
    assertEquals(false, bounced.factsAsOf(AS_OF).firstLineResolution());
  }

  @Test
  void aLongerWindowIsASetting() {
    TicketFactsCalculator tenDays = new TicketFactsCalculator(History.CALENDARS, History.SLA,
        new FactsSettings(10, 1));
    // 10 days after Tue 22nd 10:00 is Fri 2nd 10:00: as of the 30th still undecided.
    assertNull(solvedAtLine1().factsAsOf(AS_OF, tenDays).firstLineResolution());
  }

  @Test
  void theLatestRatingWins() {
    TicketFacts facts = solvedAtLine1()
        .rated(TUE_1100, "good")
        .rated(TUE_1200, "2")
        .ticketCsat("5") // the ticket column loses to the events
        .factsAsOf(AS_OF);
    assertEquals(new Rating("2", false, TUE_1200), facts.rating());
    // As of 11:30 only the first rating was given.
    assertEquals(new Rating("good", true, TUE_1100), solvedAtLine1().rated(TUE_1100, "good")
        .rated(TUE_1200, "2").factsAsOf(TUE_1130).rating());
  }

  @Test
  void withoutARatingEventTheTicketColumnCounts() {
    assertEquals(new Rating("4", true, null),
        solvedAtLine1().ticketCsat("4").factsAsOf(AS_OF).rating());
    assertEquals(new Rating("bad", false, null),
        solvedAtLine1().ticketCsat("BAD").factsAsOf(AS_OF).rating());
    assertEquals(Rating.UNRATED, solvedAtLine1().factsAsOf(AS_OF).rating());
  }

  @Test
  void theEntryTeamsCalendarCountsEvenAfterAGroupChange() {
    // Created in billing (office hours), moved to technical (24/7) on Friday evening.
    TicketFacts facts = ticket("moved", NORMAL, berlin("2026-09-25T17:00"))
        .group(berlin("2026-09-25T17:30"), History.TECHNICAL)
        .solved(berlin("2026-09-28T09:00"), "agt-a")
        .factsAsOf(AS_OF);
    // Billing's calendar: Fri 17–18 = 60 + Mon 08–09 = 60 → 120 (the 24/7 one would say 3840).
    assertEquals(120.0, facts.firstResolution().businessMinutes());
    assertEquals("technical", facts.state().finalTeam());
    assertEquals("billing", facts.entryTeam());
  }
}
