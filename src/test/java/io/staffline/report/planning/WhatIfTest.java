package io.staffline.report.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.staffline.metrics.calendar.BusinessCalendar;
import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.staffing.ForecastInput;
import io.staffline.staffing.ForecastTable;
import io.staffline.staffing.StaffingConfig;
import io.staffline.staffing.WorkedExample;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The what-if scenarios on the planners' worked example (docs/staffing.md §7: 100 contacts per 30
 * minutes, AHT 180 s, 80% within 20 s → 14 agents, 20 scheduled at 30% shrinkage), every number
 * worked by hand below and checked against an independent Erlang C written with factorials and
 * powers.
 */
class WhatIfTest {
  static final Instant WEEK_START = ForecastTable.AS_OF;
  static final Instant WEEK_END = WEEK_START.plus(Duration.ofDays(7));
  static final Instant MONDAY_0800 = WEEK_START.plus(Duration.ofHours(8));
  static final double CONTACTS = WorkedExample.CONTACTS;
  static final double AHT = WorkedExample.AHT_SECONDS;
  static final String PHONE_80_20 = WorkedExample.PHONE_80_20;
  static final TeamCalendars ALWAYS_OPEN = TeamCalendars.only(BusinessCalendar.alwaysOpen("default"));

  static WhatIf.Outcomes run(ForecastTable forecast, String yaml) {
    StaffingConfig config = StaffingConfig.parse(yaml, "test.yaml");
    return WhatIf.run(ForecastInput.of(forecast.table(), "test", config), config, ALWAYS_OPEN, WEEK_START, WEEK_END,
        Scenario.standard());
  }

  static ForecastTable phone(String... teams) {
    ForecastTable t = new ForecastTable();
    for (String team : teams) {
      t.row(team, "phone", 1, MONDAY_0800, CONTACTS, AHT);
    }
    return t;
  }

  static WhatIf.LineOutcome outcome(WhatIf.Outcomes all, String scenario) {
    return all.lines().stream().filter(o -> o.scenario().name().equals(scenario)).findFirst().orElseThrow();
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

  static final WhatIf.Outcomes ONE_QUEUE = run(phone("billing"), PHONE_80_20);

  @Test
  void theBaselineIsTheWorkedExample() {
    WhatIf.LineOutcome base = outcome(ONE_QUEUE, "Baseline");
    assertEquals(new LineTotals(14, 20, 7.0, 10.0), base.totals());
    // One half-hour interval: 14 × 0.5 and 20 × 0.5 agent-hours; shrinkage 20% + 10%.
    assertEquals(0.3, base.shrinkage());
  }

  @Test
  void theServiceLevelTargetMovesFivePoints() {
    // 85%: 14 agents reach 88.84% already. 75%: 13 reach 79.56%, 12 only 64.02% → 13, and
    // ⌈13 ÷ 0.7⌉ = ⌈18.57⌉ = 19 scheduled.
    assertEquals(textbookAgents(10, 0.85, AHT), outcome(ONE_QUEUE, "Service level +5 pts").totals().peakRequired());
    assertEquals(14, outcome(ONE_QUEUE, "Service level +5 pts").totals().peakRequired());
    assertEquals(textbookAgents(10, 0.75, AHT), outcome(ONE_QUEUE, "Service level −5 pts").totals().peakRequired());
    assertEquals(new LineTotals(13, 19, 6.5, 9.5), outcome(ONE_QUEUE, "Service level −5 pts").totals());
  }

  @Test
  void shrinkageMovesOnlyTheScheduledAgents() {
    // 35%: ⌈14 ÷ 0.65⌉ = ⌈21.54⌉ = 22; 25%: ⌈14 ÷ 0.75⌉ = ⌈18.67⌉ = 19.
    assertEquals(new LineTotals(14, 22, 7.0, 11.0), outcome(ONE_QUEUE, "Shrinkage +5 pts").totals());
    assertEquals(0.35, outcome(ONE_QUEUE, "Shrinkage +5 pts").shrinkage());
    assertEquals(new LineTotals(14, 19, 7.0, 9.5), outcome(ONE_QUEUE, "Shrinkage −5 pts").totals());
  }

  @Test
  void handleTimeTenPercentEitherWay() {
    // 198 s: A = 100 × 198 ÷ 1800 = 11 Erlangs; 14 agents reach 77.63%, 15 reach 87.33% → 15,
    // ⌈15 ÷ 0.7⌉ = ⌈21.43⌉ = 22. 162 s: A = 9; 11 reach 66.37%, 12 reach 81.63% → 12, ⌈12 ÷ 0.7⌉ = 18.
    assertEquals(textbookAgents(11, 0.8, 198), outcome(ONE_QUEUE, "Handle time +10%").totals().peakRequired());
    assertEquals(new LineTotals(15, 22, 7.5, 11.0), outcome(ONE_QUEUE, "Handle time +10%").totals());
    assertEquals(textbookAgents(9, 0.8, 162), outcome(ONE_QUEUE, "Handle time −10%").totals().peakRequired());
    assertEquals(new LineTotals(12, 18, 6.0, 9.0), outcome(ONE_QUEUE, "Handle time −10%").totals());
  }

  @Test
  void queuesOfALineArePooledBeforeRounding() {
    // Two worked examples in one line: 2 × 13.047 = 26.09 → 27 (28 if each were rounded first); ⌈27 ÷ 0.7⌉ = 39.
    WhatIf.LineOutcome base = outcome(run(phone("billing", "accounts"), PHONE_80_20), "Baseline");
    assertEquals(27, base.totals().peakRequired());
    assertEquals(39, base.totals().peakScheduled());
  }

  @Test
  void onlyThePlannedWeekCounts() {
    // The worked example, and a week later a queue ten times as busy: the week's figures stay.
    ForecastTable t = phone("billing")
        .row("billing", "phone", 1, MONDAY_0800.plus(Duration.ofDays(7)), 10 * CONTACTS, AHT);
    assertEquals(new LineTotals(14, 20, 7.0, 10.0), outcome(run(t, PHONE_80_20), "Baseline").totals());
  }

  @Test
  void backlogQueuesGetTheirHorizonsConstantStaffing() {
    // docs/staffing.md §6: 6, 6, 6 e-mails of 600 s per half-hour (1 agent-hour each), answered within
    // half a business hour: the densest window is all three, 3 h ÷ (1.5 h + 0.5 h) = 1.5 agents → 2 in
    // each interval, 3 × 2 × 0.5 = 3 agent-hours (no shrinkage on a line the file leaves out).
    ForecastTable t = new ForecastTable();
    for (int i = 0; i < 3; i++) {
      t.row("billing", "email", 1, MONDAY_0800.plus(Duration.ofMinutes(30L * i)), 6, 600.0);
    }
    WhatIf.LineOutcome base = outcome(run(t, "channels:\n  email: {model: backlog, response_business_hours: 0.5}\n"),
        "Baseline");
    assertEquals(new LineTotals(2, 2, 3.0, 3.0), base.totals());
  }

  @Test
  void aScenarioTheSettingsCannotTakeIsNotComputedAndSaysWhy() {
    WhatIf.Outcomes high = run(phone("billing"), PHONE_80_20.replace("80%", "97%"));
    assertEquals(List.of(new WhatIf.NotComputed(Scenario.standard().get(1),
        "channels.phone: service level 97% + 5 points = 102%: must be above 0 and below 100%")), high.notComputed());
    assertEquals(6, high.lines().size());
  }

  @Test
  void onlyTheScenariosThatChangeAQueueSizeIt() {
    // The phone queue: baseline, service level ±5 and handle time ±10% each size it once; the two
    // shrinkage scenarios reuse the baseline's rows.
    assertEquals(5, ONE_QUEUE.queuesSized());
  }
}
