package io.staffline.report.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The what-if scenarios on the planners' worked example (docs/staffing.md §7: 100 contacts per 30
 * minutes, AHT 180 s, 80% within 20 s → 14 agents, 20 scheduled at 30% shrinkage), checked against
 * an independent Erlang C written with factorials and powers.
 */
class WhatIfTest {
  static final Instant MONDAY_0800 = Instant.parse("2026-11-16T08:00:00Z");
  static final int MINUTES = 30;
  static final double CONTACTS = 100;
  static final double AHT = 180;
  static final double SHRINKAGE = 0.3;
  static final WhatIfSettings SETTINGS = new WhatIfSettings(0.8, 20, 120, 2, 30);

  static WhatIf.QueueInterval phone(String team) {
    return new WhatIf.QueueInterval(team, "phone", 1, MONDAY_0800, MINUTES, CONTACTS, AHT, QueueKind.ERLANG_C);
  }

  static Map<WhatIf.LineInterval, Double> shrinkage() {
    return Map.of(new WhatIf.LineInterval(1, MONDAY_0800), SHRINKAGE);
  }

  static WhatIf.LineOutcome outcome(List<WhatIf.LineOutcome> all, String scenario) {
    return all.stream().filter(o -> o.scenario().name().equals(scenario)).findFirst().orElseThrow();
  }

  /** Erlang C service level from its textbook form: C = (Aⁿ/n!)·n/(n−A) ÷ (Σₖ₍ₙ Aᵏ/k! + (Aⁿ/n!)·n/(n−A)). */
  static double textbookServiceLevel(int n, double erlangs, double answerSeconds, double aht) {
    double term = 1;
    double below = 0;
    for (int k = 0; k < n; k++) {
      below += term;
      term = term * erlangs / (k + 1);
    }
    double waiting = term * n / (n - erlangs);
    double c = waiting / (below + waiting);
    return 1 - c * Math.exp(-(n - erlangs) * answerSeconds / aht);
  }

  static int textbookAgents(double erlangs, double target, double aht) {
    int n = (int) Math.floor(erlangs) + 1;
    while (textbookServiceLevel(n, erlangs, 20, aht) < target) {
      n++;
    }
    return n;
  }

  static final List<WhatIf.LineOutcome> ONE_QUEUE = WhatIf.run(List.of(phone("billing")), shrinkage(), SETTINGS,
      Scenario.standard());

  @Test
  void theBaselineIsTheWorkedExample() {
    WhatIf.LineOutcome base = outcome(ONE_QUEUE, "Baseline");
    assertEquals(14, base.peakRequired());
    assertEquals(20, base.peakScheduled());
    // One half-hour interval: 14 × 0.5 and 20 × 0.5 agent-hours.
    assertEquals(7.0, base.requiredAgentHours());
    assertEquals(10.0, base.scheduledAgentHours());
  }

  @Test
  void theServiceLevelTargetMovesFivePoints() {
    // 85%: 14 agents reach 88.84%. 75%: 13 reach 79.56%, 12 only 64.02% → 13, and ⌈13 ÷ 0.7⌉ = 19.
    assertEquals(textbookAgents(10, 0.85, AHT), outcome(ONE_QUEUE, "Service level +5 pts").peakRequired());
    assertEquals(14, outcome(ONE_QUEUE, "Service level +5 pts").peakRequired());
    assertEquals(13, outcome(ONE_QUEUE, "Service level −5 pts").peakRequired());
    assertEquals(19, outcome(ONE_QUEUE, "Service level −5 pts").peakScheduled());
  }

  @Test
  void shrinkageMovesOnlyTheScheduledAgents() {
    // ⌈14 ÷ 0.65⌉ = ⌈21.54⌉ = 22; ⌈14 ÷ 0.75⌉ = ⌈18.67⌉ = 19.
    assertEquals(14, outcome(ONE_QUEUE, "Shrinkage +5 pts").peakRequired());
    assertEquals(22, outcome(ONE_QUEUE, "Shrinkage +5 pts").peakScheduled());
    assertEquals(19, outcome(ONE_QUEUE, "Shrinkage −5 pts").peakScheduled());
  }

  @Test
  void handleTimeTenPercentEitherWay() {
    // AHT 198 s → A = 11 Erlangs; 162 s → A = 9.
    assertEquals(textbookAgents(11, 0.8, 198), outcome(ONE_QUEUE, "Handle time +10%").peakRequired());
    assertEquals(textbookAgents(9, 0.8, 162), outcome(ONE_QUEUE, "Handle time −10%").peakRequired());
  }

  @Test
  void queuesOfALineArePooledBeforeRounding() {
    // Two worked examples in one line: 2 × 13.047 = 26.09 → 27 (28 if each were rounded first).
    List<WhatIf.LineOutcome> two = WhatIf.run(List.of(phone("billing"), phone("accounts")), shrinkage(), SETTINGS,
        List.of(Scenario.BASELINE));
    assertEquals(27, two.get(0).peakRequired());
    assertEquals(39, two.get(0).peakScheduled());
  }

  @Test
  void backlogQueuesGetTheirWeeksConstantCapacity() {
    // docs/staffing.md §6: 6, 6, 6 e-mails of 600 s per half-hour, answered within one interval: 18/4 = 4.5
    // per interval = 1.5 agents in each interval → 2.
    List<WhatIf.QueueInterval> email = List.of(
        new WhatIf.QueueInterval("billing", "email", 1, MONDAY_0800, MINUTES, 6, 600, QueueKind.BACKLOG),
        new WhatIf.QueueInterval("billing", "email", 1, MONDAY_0800.plusSeconds(1800), MINUTES, 6, 600, QueueKind.BACKLOG),
        new WhatIf.QueueInterval("billing", "email", 1, MONDAY_0800.plusSeconds(3600), MINUTES, 6, 600, QueueKind.BACKLOG));
    WhatIf.LineOutcome base = WhatIf.run(email, Map.of(), SETTINGS, List.of(Scenario.BASELINE)).get(0);
    assertEquals(2, base.peakRequired());
    assertEquals(3.0, base.requiredAgentHours());
  }
}
