package io.staffline.metrics.facts;

import static io.staffline.metrics.facts.History.berlin;
import static io.staffline.metrics.facts.History.ticket;
import static io.staffline.ticket.Priority.NORMAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The way through the support lines (docs/metrics-ticket-facts.md §Support lines). */
class SupportLinesTest {

  static final Instant AS_OF = berlin("2026-09-30T12:00");
  // Monday 2026-09-14.
  static final Instant MON_0900 = berlin("2026-09-14T09:00");
  static final Instant MON_1000 = berlin("2026-09-14T10:00");
  static final Instant MON_1100 = berlin("2026-09-14T11:00");
  static final Instant MON_1130 = berlin("2026-09-14T11:30");
  static final Instant MON_1200 = berlin("2026-09-14T12:00");
  static final Instant MON_1300 = berlin("2026-09-14T13:00");
  static final Instant MON_1400 = berlin("2026-09-14T14:00");

  @Test
  void aTicketThatNeverLeavesLine1() {
    TicketFacts facts = ticket("l1", NORMAL, MON_0900).solved(MON_1000, "agt-a").factsAsOf(AS_OF);
    // 60 minutes at line 1, from creation to the solve.
    assertEquals(new SupportLines(1, 1, "1", 0, 0, 0, true, false, false, false, false, false,
        false, 60.0, 0.0, 0.0), facts.lines());
  }

  @Test
  void aBounceBackReturnsToALowerLine() {
    TicketFacts facts = ticket("bounce", NORMAL, MON_0900)
        .tier(MON_1000, 2)
        .tier(MON_1200, 1)
        .solved(MON_1300, "agt-a")
        .factsAsOf(AS_OF);
    // Path 1>2>1: one move up, one down, one reversal (not yet ping-pong).
    // Line 1: 09–10 + 12–13 = 120 min; line 2: 10–12 = 120 min.
    assertEquals(new SupportLines(1, 2, "1>2>1", 1, 1, 1, true, true, false, true, false, true,
        false, 120.0, 120.0, 0.0), facts.lines());
    assertEquals(1, facts.state().finalTier());
  }

  @Test
  void pingPongIsTwoReversals() {
    TicketFacts facts = ticket("ping-pong", NORMAL, MON_0900)
        .tier(MON_1000, 2)
        .tier(MON_1100, 1)
        .tier(MON_1130, 2)
        .assigned(MON_1200, "agt-b") // still line 2: the path does not repeat it
        .solved(MON_1400, "agt-b")
        .factsAsOf(AS_OF);
    // Path 1>2>1>2: up, down, up → reversals up→down and down→up = 2.
    // Line 1: 09–10 + 11:00–11:30 = 90; line 2: 10–11 + 11:30–14:00 = 60 + 150 = 210.
    assertEquals(new SupportLines(1, 2, "1>2>1>2", 2, 1, 2, true, true, false, true, false, true,
        true, 90.0, 210.0, 0.0), facts.lines());
    assertEquals(2, facts.state().finalTier());
  }

  @Test
  void dwellRunsToTheAsOfMomentWhileUnsolved() {
    TicketFacts facts = ticket("open-at-l3", NORMAL, MON_0900)
        .tier(MON_1000, 2)
        .tier(MON_1100, 3)
        .factsAsOf(MON_1400);
    // Path 1>2>3: two moves up, no reversal; 1→2 and 2→3 both happened.
    // Line 1 09–10 = 60, line 2 10–11 = 60, line 3 11:00 → as of 14:00 = 180.
    assertEquals(new SupportLines(1, 3, "1>2>3", 2, 0, 0, true, true, true, true, true, false,
        false, 60.0, 60.0, 180.0), facts.lines());
  }

  @Test
  void aJumpFromLine1ToLine3IsNeitherEscalation1To2Nor2To3() {
    SupportLines lines = SupportLines.of(List.of(1, 1, 3, 2, 2),
        Map.of(1, Duration.ofMinutes(10), 3, Duration.ofMinutes(20), 2, Duration.ofMinutes(5)));
    // Collapsed 1>3>2: up once (1>3), down once (3>2), one reversal; line 2 entered from above.
    assertEquals(new SupportLines(1, 3, "1>3>2", 1, 1, 1, true, true, true, false, false, true,
        false, 10.0, 5.0, 20.0), lines);
  }

  @Test
  void theEntryLineIsTheFirstLineAnEventNames() {
    TicketFacts facts = ticket("entered-at-l2", NORMAL, MON_0900, History.TECHNICAL, 2)
        .solved(MON_1000, "agt-a")
        .factsAsOf(AS_OF);
    // Created at line 2 (a direct line-2 queue): no escalation, line 1 never entered.
    assertEquals(new SupportLines(2, 2, "2", 0, 0, 0, false, true, false, false, false, false,
        false, 0.0, 60.0, 0.0), facts.lines());
  }

  @Test
  void withoutAnyLineOnTheEventsTheTicketIsAtLine1() {
    History history = ticket("no-tiers", NORMAL, MON_0900);
    TicketInput ticket = history.ticket();
    List<EventInput> events = List.of(
        new EventInput(1, MON_0900, "created", null, "billing", null, "new", null, null, null),
        new EventInput(2, MON_1000, "solved", "agt-a", null, null, null, null, null, null));
    TicketFacts facts = History.CALCULATOR.facts(ticket, events, AS_OF);
    assertEquals("1", facts.lines().tierPath());
    assertEquals(60.0, facts.lines().line1Minutes());
  }
}
