package io.staffline.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * Chat: agents running k chats are k servers each. 100 chats per 30 min lasting 600 s are 33.33
 * slot-Erlangs; Erlang C (factorial formula, mpmath) gives SL(39 slots) = 0.78972 and
 * SL(40) = 0.84727 for 80% in 20 s, so 40 slots, i.e. ⌈40/3⌉ = 14 agents with 42 slots.
 */
class ChatConcurrencyTest {
  private static final double CHAT_DURATION_600_S = 600;
  private static final Workload CHATS = new Workload(100, CHAT_DURATION_600_S, 1800);
  private static final StaffingTarget EIGHTY_IN_TWENTY =
      StaffingTarget.of(ServiceLevelTarget.of(0.8, 20));
  private static final double SL_42_SLOTS = 0.922939784083;

  private final ChatConcurrency threeChats = new ChatConcurrency(new ErlangC(), 3);

  @Test
  void fortySlotsAreFourteenAgentsAndTheFiguresAreThoseOfFortyTwoSlots() {
    Requirement slots = new ErlangC().required(CHATS, EIGHTY_IN_TWENTY);
    assertEquals(40, slots.agents());
    Requirement r = threeChats.required(CHATS, EIGHTY_IN_TWENTY);
    assertEquals(14, r.agents());
    assertEquals(14, r.performance().agents());
    assertEquals(42, r.performance().servers());
    assertEquals(SL_42_SLOTS, r.serviceLevel(), 1e-11);
    assertEquals(0, r.fractionalAgents().compareTo(
        slots.fractionalAgents().divide(BigDecimal.valueOf(3), MathContext.DECIMAL128)));
  }

  @Test
  void agentsAreTheExactCeilingOfSlotsOverConcurrency() {
    // 2.5 slot-Erlangs at a 50% cap: exactly 5 slots, so 5/5 = 1 agent, 5/2 → 3, 5/4 → 2.
    Workload w = Workload.ofTraffic(2.5, CHAT_DURATION_600_S);
    StaffingTarget capped = StaffingTarget.of(ServiceLevelTarget.of(0.01, 20)).withMaxOccupancy(0.5);
    assertEquals(1, new ChatConcurrency(new ErlangC(), 5).required(w, capped).agents());
    assertEquals(3, new ChatConcurrency(new ErlangC(), 2).required(w, capped).agents());
    assertEquals(2, new ChatConcurrency(new ErlangC(), 4).required(w, capped).agents());
  }

  @Test
  void reverseCalculationRatesAgentsTimesConcurrencySlots() {
    Performance p = threeChats.evaluate(CHATS, 14, 20);
    assertEquals(SL_42_SLOTS, p.serviceLevelAnsweredWithin(), 1e-11);
    assertEquals(42, p.servers());
  }

  @Test
  void concurrencyOneIsTheSlotModelItself() {
    Workload voice = new Workload(100, 180, 1800);
    Requirement plain = new ErlangC().required(voice, EIGHTY_IN_TWENTY);
    Requirement single = new ChatConcurrency(new ErlangC(), 1).required(voice, EIGHTY_IN_TWENTY);
    assertEquals(plain.agents(), single.agents());
    assertEquals(0, plain.fractionalAgents().compareTo(single.fractionalAgents()));
  }
}
