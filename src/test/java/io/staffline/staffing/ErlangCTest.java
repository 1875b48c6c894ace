package io.staffline.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Erlang C against values computed independently with the factorial formula in 40-digit
 * arithmetic (mpmath): Σ_{k<n} A^k/k! and A^n/n!·n/(n − A), not the recurrence under test.
 */
class ErlangCTest {
  private static final double INTERVAL_30_MIN = 1800;
  private static final double AHT_180_S = 180;
  private static final double T_20_S = 20;
  private static final Workload WORKED_EXAMPLE = new Workload(100, AHT_180_S, INTERVAL_30_MIN);
  private static final StaffingTarget EIGHTY_IN_TWENTY =
      StaffingTarget.of(ServiceLevelTarget.of(0.8, T_20_S));

  // mpmath, factorial formula, A = 10, AHT 180 s, T 20 s.
  private static final double SL_13 = 0.79559478841778311910;
  private static final double SL_14 = 0.88835001917946688425;
  private static final double WAIT_14 = 0.17413193359504984264;
  private static final double ASA_14 = 7.835937011777242919;
  private static final double FRACTIONAL_AGENTS = 13.047492864241103572;

  private final ErlangC erlangC = new ErlangC();

  @Test
  void trafficIsArrivalRateTimesHandleTime() {
    assertEquals(10.0, WORKED_EXAMPLE.trafficErlangs(), 0);
  }

  @Test
  void erlangBRecurrenceGivesHandValues() {
    assertEquals(0.05 / 1.05, ErlangC.erlangB(1, 0.05), 1e-17);
    assertEquals(0.2, ErlangC.erlangB(2, 1), 1e-16); // (1/2) / (1 + 1 + 1/2)
    assertEquals(1, ErlangC.erlangB(0, 7), 0);
  }

  @Test
  void thirteenAgentsMissEightyInTwenty() {
    Performance p = erlangC.evaluate(WORKED_EXAMPLE, 13, T_20_S);
    assertEquals(SL_13, p.serviceLevelAnsweredWithin(), 1e-13);
    assertFalse(EIGHTY_IN_TWENTY.isMetBy(p));
  }

  @Test
  void fourteenAgentsMeetItWithAsaAndOccupancyOfTheWorkedExample() {
    Performance p = erlangC.evaluate(WORKED_EXAMPLE, 14, T_20_S);
    assertEquals(SL_14, p.serviceLevelAnsweredWithin(), 1e-13);
    assertEquals(SL_14, p.serviceLevelWaitedAtMost(), 1e-13);
    assertEquals(WAIT_14, p.probabilityOfWaiting(), 1e-13);
    assertEquals(ASA_14, p.asaSeconds(), 1e-11);
    assertEquals(10.0 / 14, p.occupancy(), 1e-15);
    assertEquals(0, p.abandonment(), 0);
    assertEquals(7.84, Math.round(p.asaSeconds() * 100) / 100.0, 0);
    assertEquals(71.4, Math.round(p.occupancy() * 1000) / 10.0, 0);
  }

  @Test
  void workedExampleRequiresFourteenAndSchedulesTwentyAtThirtyPercentShrinkage() {
    Requirement r = erlangC.required(WORKED_EXAMPLE, EIGHTY_IN_TWENTY);
    assertEquals(14, r.agents());
    assertEquals(StaffingConstraint.SERVICE_LEVEL, r.binding());
    assertEquals(SL_14, r.serviceLevel(), 1e-13);
    assertEquals(20, new Shrinkage(0.3).scheduled(r.agents()));
  }

  @Test
  void fractionalRequirementInterpolatesTheServiceLevelBetweenThirteenAndFourteen() {
    Requirement r = erlangC.required(WORKED_EXAMPLE, EIGHTY_IN_TWENTY);
    assertEquals(FRACTIONAL_AGENTS, r.fractionalAgents().doubleValue(), 1e-12);
  }

  @Test
  void fractionalRequirementsAreSummedBeforeRounding() {
    Requirement one = erlangC.required(WORKED_EXAMPLE, EIGHTY_IN_TWENTY);
    // 2 × 13.047 = 26.09 → 27, where rounding each queue first would give 28.
    assertEquals(27, Requirement.pooledAgents(List.of(one, one)));
    assertEquals(14, Requirement.pooledAgents(List.of(one)));
  }

  @Test
  void asaTargetCanBindAboveTheServiceLevel() {
    // ASA(14) = 7.84 s > 5 s; ASA(15) = 3.67 s.
    Requirement r = erlangC.required(WORKED_EXAMPLE, EIGHTY_IN_TWENTY.withMaxAsa(5));
    assertEquals(15, r.agents());
    assertEquals(StaffingConstraint.ASA, r.binding());
    assertEquals(3.6735252122875682209, r.performance().asaSeconds(), 1e-11);
  }

  @Test
  void occupancyCapOfFiftySevenPercentOnFivePointSevenErlangsNeedsExactlyTen() {
    // 5.7 / 0.57 = 10 exactly; in floating point it is 10.000000000000002.
    StaffingTarget capped = EIGHTY_IN_TWENTY.withMaxOccupancy(0.57);
    for (Workload w : List.of(Workload.ofTraffic(5.7, AHT_180_S), new Workload(57, 180, 1800))) {
      Requirement r = erlangC.required(w, capped);
      assertEquals(10, r.agents());
      assertEquals(StaffingConstraint.OCCUPANCY, r.binding());
      assertEquals(0, r.fractionalAgents().compareTo(BigDecimal.TEN));
    }
  }

  @Test
  void occupancyCapJustBelowTheBoundaryNeedsOneMore() {
    Requirement r = erlangC.required(Workload.ofTraffic(5.7, AHT_180_S),
        EIGHTY_IN_TWENTY.withMaxOccupancy(0.5699));
    assertEquals(11, r.agents());
  }

  @Test
  void tinyTrafficOfFiveHundredthsNeedsOneAgentWaitingWithProbabilityA() {
    Workload tiny = Workload.ofTraffic(0.05, AHT_180_S);
    Performance one = erlangC.evaluate(tiny, 1, T_20_S);
    assertEquals(0.05, one.probabilityOfWaiting(), 1e-16); // n = 1: C = A
    assertEquals(0.95500877593954082105, one.serviceLevelAnsweredWithin(), 1e-15);
    assertEquals(0.05 * 180 / 0.95, one.asaSeconds(), 1e-12);
    Requirement r = erlangC.required(tiny, EIGHTY_IN_TWENTY);
    assertEquals(1, r.agents());
  }

  @Test
  void noArrivalsNeedNoAgents() {
    Requirement r = erlangC.required(new Workload(0, AHT_180_S, INTERVAL_30_MIN), EIGHTY_IN_TWENTY);
    assertEquals(0, r.agents());
    assertEquals(0, r.fractionalAgents().signum());
    assertEquals(StaffingConstraint.NONE, r.binding());
    assertEquals(1, r.serviceLevel(), 0);
  }

  @Test
  void serviceLevelRisesAndAsaFallsWithEveryAgent() {
    Performance previous = erlangC.evaluate(WORKED_EXAMPLE, 11, T_20_S);
    for (int n = 12; n <= 40; n++) {
      Performance p = erlangC.evaluate(WORKED_EXAMPLE, n, T_20_S);
      assertTrue(p.serviceLevelAnsweredWithin() > previous.serviceLevelAnsweredWithin()
          || p.serviceLevelAnsweredWithin() == 1, "SL at " + n);
      assertTrue(p.asaSeconds() < previous.asaSeconds() || p.asaSeconds() == 0, "ASA at " + n);
      previous = p;
    }
  }

  @Test
  void atOrBelowTrafficTheQueueIsUnstable() {
    Performance p = erlangC.evaluate(WORKED_EXAMPLE, 10, T_20_S);
    assertFalse(p.stable());
    assertEquals(0, p.serviceLevelAnsweredWithin(), 0);
    assertEquals(1, p.probabilityOfWaiting(), 0);
    assertEquals(Double.POSITIVE_INFINITY, p.asaSeconds());
  }

  @Test
  void fiveThousandErlangsStayFiniteAndNeedBetween5000And5200() {
    Workload huge = Workload.ofTraffic(5000, AHT_180_S);
    Requirement r = erlangC.required(huge, EIGHTY_IN_TWENTY);
    assertTrue(r.agents() > 5000 && r.agents() <= 5200, "required " + r.agents());
    Performance p = r.performance();
    assertTrue(p.serviceLevelAnsweredWithin() >= 0.8 && p.serviceLevelAnsweredWithin() < 1);
    assertTrue(Double.isFinite(p.asaSeconds()) && p.asaSeconds() >= 0);
    Performance below = erlangC.evaluate(huge, r.agents() - 1, T_20_S);
    assertTrue(below.serviceLevelAnsweredWithin() < 0.8);
    assertTrue(Double.isFinite(ErlangC.erlangB(5001, 5000)));
  }
}
