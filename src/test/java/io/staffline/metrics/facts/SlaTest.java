package io.staffline.metrics.facts;

import static io.staffline.metrics.facts.History.berlin;
import static io.staffline.metrics.facts.History.ticket;
import static io.staffline.metrics.facts.SlaOutcome.BREACHED;
import static io.staffline.metrics.facts.SlaOutcome.BREACHED_RUNNING;
import static io.staffline.metrics.facts.SlaOutcome.MET;
import static io.staffline.metrics.facts.SlaOutcome.RUNNING;
import static io.staffline.ticket.Priority.HIGH;
import static io.staffline.ticket.Priority.LOW;
import static io.staffline.ticket.Priority.NORMAL;
import static io.staffline.ticket.Priority.URGENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * SLA outcomes, due times and minutes over target against the bundled targets (History.SLA =
 * jobs/sla.yaml): urgent 30 / 480 calendar minutes, high 60 / 600, normal 240 / 1800 business
 * minutes (docs/metrics-ticket-facts.md §SLA).
 */
class SlaTest {

  static final Instant LATER = berlin("2026-11-30T12:00");

  @Test
  void metInBusinessTimeOverAWeekend() {
    // Normal: first reply within 240 business minutes. Created Fri 2026-09-04 17:30.
    TicketFacts facts = ticket("weekend", NORMAL, berlin("2026-09-04T17:30"))
        .reply(berlin("2026-09-07T09:15"), "agt-a")
        .factsAsOf(LATER);
    // Due: Fri 17:30–18:00 = 30, then Mon 08:00 + 210 = Mon 11:30. Replied Mon 09:15: met with
    // Mon 09:15–11:30 = 135 business minutes to spare (in calendar time, 3825 min: breached).
    assertEquals(new SlaResult(MET, berlin("2026-09-07T11:30"), -135.0), facts.slaFirstReply());
  }

  @Test
  void breachedInBusinessTimeOvernight() {
    // High: first reply within 60 business minutes. Created Thu 2026-09-03 17:20.
    TicketFacts facts = ticket("overnight", HIGH, berlin("2026-09-03T17:20"))
        .reply(berlin("2026-09-04T09:00"), "agt-a")
        .factsAsOf(LATER);
    // Due: Thu 17:20–18:00 = 40, Fri 08:00 + 20 = Fri 08:20. Replied 09:00: 40 business min late.
    assertEquals(new SlaResult(BREACHED, berlin("2026-09-04T08:20"), 40.0),
        facts.slaFirstReply());
  }

  @Test
  void aHolidayPushesTheDueTime() {
    // Normal: 240 business minutes from Tue 2026-11-17 17:00: Tue 60, Wed closed (Buß- und
    // Bettag), Thu 08:00 + 180 = Thu 11:00. Replied Thu 09:00: 120 min to spare.
    TicketFacts facts = ticket("holiday", NORMAL, berlin("2026-11-17T17:00"))
        .reply(berlin("2026-11-19T09:00"), "agt-a")
        .factsAsOf(LATER);
    assertEquals(new SlaResult(MET, berlin("2026-11-19T11:00"), -120.0), facts.slaFirstReply());
  }

  @Test
  void dueTimesAcrossTheDaylightSavingChange() {
    // High, created Fri 2026-10-23 17:00 CEST (15:00Z); summer time ends on Sunday the 25th.
    TicketFacts facts = ticket("dst", HIGH, berlin("2026-10-23T17:00"))
        .reply(berlin("2026-10-26T09:00"), "agt-a")
        .solved(berlin("2026-10-26T17:00"), "agt-a")
        .factsAsOf(LATER);
    // First reply, 60 business min: due Fri 18:00 CEST = 16:00Z. Replied Mon 09:00 CET:
    // breached by Mon 08:00–09:00 = 60 business minutes.
    assertEquals(new SlaResult(BREACHED, Instant.parse("2026-10-23T16:00:00Z"), 60.0),
        facts.slaFirstReply());
    // Resolution, 600 business min: Fri 60 + Mon 540 → due Mon 17:00 CET = 16:00Z, solved then:
    // met with nothing to spare.
    assertEquals(new SlaResult(MET, Instant.parse("2026-10-26T16:00:00Z"), 0.0),
        facts.slaResolution());
  }

  // An urgent ticket created Monday 2026-09-21 10:00 and not answered: calendar targets.
  static final Instant MON_1000 = berlin("2026-09-21T10:00");
  static final Instant MON_1020 = berlin("2026-09-21T10:20");
  static final Instant MON_1030 = berlin("2026-09-21T10:30");
  static final Instant MON_1100 = berlin("2026-09-21T11:00");
  static final Instant MON_1800 = berlin("2026-09-21T18:00");

  @Test
  void anOpenTicketIsRunningUntilDueThenBreachedRunning() {
    History unanswered = ticket("unanswered", URGENT, MON_1000);
    // As of 10:20: first reply due 10:30 (10 min left); resolution due 10:00 + 8 h = 18:00.
    TicketFacts early = unanswered.factsAsOf(MON_1020);
    assertEquals(new SlaResult(RUNNING, MON_1030, -10.0), early.slaFirstReply());
    assertEquals(new SlaResult(RUNNING, MON_1800, -460.0), early.slaResolution());
    // Exactly at the due time it is still running (a reply then would be in time).
    assertEquals(new SlaResult(RUNNING, MON_1030, 0.0),
        unanswered.factsAsOf(MON_1030).slaFirstReply());
    // As of 11:00: 30 min past due; the resolution target has 7 h = 420 min left.
    TicketFacts late = unanswered.factsAsOf(MON_1100);
    assertEquals(new SlaResult(BREACHED_RUNNING, MON_1030, 30.0), late.slaFirstReply());
    assertEquals(new SlaResult(RUNNING, MON_1800, -420.0), late.slaResolution());
    assertEquals(true, late.state().open());
    assertEquals(60.0, late.state().ageMinutes()); // 10:00 → 11:00
  }

  @Test
  void aSolveWithoutAReplyEndsTheFirstReplyTarget() {
    TicketFacts facts = ticket("solved-silently", URGENT, MON_1000).solved(MON_1020, "agt-a")
        .factsAsOf(LATER);
    // No reply, but solved at 10:20, before the due time 10:30: met, 10 min to spare.
    assertEquals(Milestone.NOT_REACHED, facts.firstReply());
    assertEquals(new SlaResult(MET, MON_1030, -10.0), facts.slaFirstReply());
  }

  // ResponseAndResolutionTimesTest.reopened(): normal, created Mon 2026-09-07 10:00, solved
  // 11:00, reopened Tue 09:00, solved again Tue 12:00. Resolution target 1800 business minutes:
  // Mon 10–18 = 480, Tue 600, Wed 600, Thu 08:00 + 120 → due Thu 2026-09-10 10:00.
  static final Instant REOPENED_DUE = berlin("2026-09-10T10:00");

  static final TicketFactsCalculator FIRST_SOLVE = new TicketFactsCalculator(History.CALENDARS,
      SlaPolicies.builder()
          .resolution(NORMAL, SlaPolicy.business(1800).withReopenCycle(ReopenCycle.FIRST_SOLVE))
          .build(),
      FactsSettings.DEFAULTS);

  @Test
  void theReopenCycleSaysWhichSolveEndsTheResolutionTarget() {
    History reopened = ResponseAndResolutionTimesTest.reopened();
    Instant whileReopened = berlin("2026-09-08T11:00");
    // last_solve (default), as of Tue 11:00 while reopened: running, Tue 11–18 = 420 + Wed 600 +
    // Thu 120 = 1140 business minutes left.
    assertEquals(new SlaResult(RUNNING, REOPENED_DUE, -1140.0),
        reopened.factsAsOf(whileReopened).slaResolution());
    // first_solve: the Monday 11:00 solve counts: Mon 420 + Tue 600 + Wed 600 + Thu 120 = 1740
    // to spare.
    assertEquals(new SlaResult(MET, REOPENED_DUE, -1740.0),
        reopened.factsAsOf(whileReopened, FIRST_SOLVE).slaResolution());
    // last_solve once solved again Tue 12:00: 360 + 600 + 120 = 1080 to spare.
    assertEquals(new SlaResult(MET, REOPENED_DUE, -1080.0),
        reopened.factsAsOf(LATER).slaResolution());
  }

  @Test
  void aReopenedTicketSolvedAgainAfterTheDueTimeBreachesTheLastSolvePolicy() {
    History solvedLate = ticket("solved-late", NORMAL, berlin("2026-09-07T10:00"))
        .solved(berlin("2026-09-07T11:00"), "agt-a")
        .reopened(berlin("2026-09-09T09:00"))
        .solved(berlin("2026-09-11T09:00"), "agt-b");
    // Due Thu 10:00; the last solve Fri 09:00 is Thu 10–18 = 480 + Fri 08–09 = 60 = 540 late.
    assertEquals(new SlaResult(BREACHED, REOPENED_DUE, 540.0),
        solvedLate.factsAsOf(LATER).slaResolution());
    assertEquals(MET, solvedLate.factsAsOf(LATER, FIRST_SOLVE).slaResolution().outcome());
  }

  @Test
  void withoutAPolicyThereIsNoOutcome() {
    TicketFacts low = ticket("low", LOW, MON_1000).factsAsOf(MON_1100, FIRST_SOLVE);
    assertEquals(SlaResult.NO_POLICY, low.slaFirstReply());
    assertEquals(SlaResult.NO_POLICY, low.slaResolution());
    TicketFacts normal = ticket("normal", NORMAL, MON_1000).factsAsOf(MON_1100, FIRST_SOLVE);
    assertEquals(SlaResult.NO_POLICY, normal.slaFirstReply()); // only a resolution target
    assertEquals(RUNNING, normal.slaResolution().outcome());
  }
}
