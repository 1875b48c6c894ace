package io.staffline.metrics.facts;

import static io.staffline.metrics.facts.History.berlin;
import static io.staffline.metrics.facts.History.ticket;
import static io.staffline.ticket.Priority.NORMAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Requester wait (new + open + hold) and agent wait (pending) from creation to the last solve, or
 * to the as-of moment while unsolved (docs/metrics-ticket-facts.md §Waits).
 */
class WaitTimesTest {

  // Wednesday 2026-09-09 → Friday 2026-09-11, office hours 08:00–18:00.
  static final Instant WED_0900 = berlin("2026-09-09T09:00");
  static final Instant WED_0910 = berlin("2026-09-09T09:10");
  static final Instant WED_0920 = berlin("2026-09-09T09:20");
  static final Instant THU_1400 = berlin("2026-09-10T14:00");
  static final Instant THU_1500 = berlin("2026-09-10T15:00");
  static final Instant FRI_1000 = berlin("2026-09-11T10:00");
  static final Instant FRI_1100 = berlin("2026-09-11T11:00");

  /** Pending on the requester from Wednesday 09:20 to Thursday 14:00, then on hold overnight. */
  static History withPendingAndHold() {
    return ticket("pending", NORMAL, WED_0900)
        .assigned(WED_0910, "agt-a")
        .reply(WED_0920, "agt-a")
        .status(WED_0920, "pending")
        .status(THU_1400, "open")
        .status(THU_1500, "hold")
        .status(FRI_1000, "open")
        .solved(FRI_1100, "agt-a");
  }

  @Test
  void agentWaitIsTheTimePending() {
    TicketFacts facts = withPendingAndHold().factsAsOf(berlin("2026-09-30T12:00"));
    // Calendar: Wed 09:20 → Thu 14:00 = 28 h 40 min = 1720 min.
    // Business: Wed 09:20–18:00 = 520, Thu 08:00–14:00 = 360 → 880.
    assertEquals(new TimeSpent(1720.0, 880.0), facts.agentWait());
  }

  @Test
  void requesterWaitIsTheTimeNewOpenAndOnHold() {
    TicketFacts facts = withPendingAndHold().factsAsOf(berlin("2026-09-30T12:00"));
    // new Wed 09:00–09:10 = 10; open 09:10–09:20 = 10; open Thu 14:00–15:00 = 60;
    // hold Thu 15:00 → Fri 10:00 = 19 h = 1140 (business Thu 15–18 = 180 + Fri 08–10 = 120 = 300);
    // open Fri 10:00–11:00 = 60.
    // Calendar 10 + 10 + 60 + 1140 + 60 = 1280; business 10 + 10 + 60 + 300 + 60 = 440.
    // Check: 1280 + 1720 = 3000 = Wed 09:00 → Fri 11:00 (50 h); 440 + 880 = 1320 = 540 + 600 + 180.
    assertEquals(new TimeSpent(1280.0, 440.0), facts.requesterWait());
  }

  @Test
  void whileUnsolvedTheWaitsRunToTheAsOfMoment() {
    TicketFacts facts = withPendingAndHold().factsAsOf(berlin("2026-09-10T10:00"));
    // As of Thu 10:00 the ticket has been pending since Wed 09:20: 24 h 40 min = 1480 min;
    // business Wed 520 + Thu 08–10 = 120 → 640. Requester wait: 10 + 10 = 20.
    assertEquals(new TimeSpent(1480.0, 640.0), facts.agentWait());
    assertEquals(new TimeSpent(20.0, 20.0), facts.requesterWait());
  }

  @Test
  void timeSolvedBeforeAReopenIsNeitherWait() {
    TicketFacts facts = ResponseAndResolutionTimesTest.reopened()
        .factsAsOf(berlin("2026-09-30T12:00"));
    // new Mon 10:00–10:05 = 5; open 10:05–11:00 = 55; solved Mon 11:00 → Tue 09:00 (not a wait);
    // open Tue 09:00–12:00 = 180 → 240, all in office hours. The last solve ends the count.
    assertEquals(new TimeSpent(240.0, 240.0), facts.requesterWait());
    assertEquals(new TimeSpent(0.0, 0.0), facts.agentWait());
  }
}
