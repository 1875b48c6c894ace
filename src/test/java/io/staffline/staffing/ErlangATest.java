package io.staffline.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Erlang A against an independent route: the M/M/n+M birth–death chain truncated and solved here
 * with plain loops, the tagged caller's wait by uniformisation, and golden values computed the same
 * way with scipy's matrix exponential.
 */
class ErlangATest {
  private static final double AHT_180_S = 180;
  private static final double INTERVAL_30_MIN = 1800;
  private static final double T_20_S = 20;
  private static final double PATIENCE_60_S = 60;
  private static final Workload TEN_ERLANGS = new Workload(100, AHT_180_S, INTERVAL_30_MIN);
  private static final StaffingTarget EIGHTY_IN_TWENTY =
      StaffingTarget.of(ServiceLevelTarget.of(0.8, T_20_S));

  // scipy.linalg.expm on the truncated chain (400 queue states), A = 10, AHT 180 s, patience 60 s.
  private static final double WAIT_10 = 0.42341767494790417;
  private static final double SL_ANSWERED_10 = 0.7180101881216562;
  private static final double SL_WAITED_10 = 0.8152304105877038;
  private static final double ASA_10 = 7.494469740780585;
  private static final double ABANDONMENT_10 = 0.157526871490834;

  private final ErlangA patient60 = new ErlangA(PATIENCE_60_S);
  private final ErlangC erlangC = new ErlangC();

  @Test
  void tenAgentsOnTenErlangsMatchTheGoldenChainValues() {
    Performance p = patient60.evaluate(TEN_ERLANGS, 10, T_20_S);
    assertEquals(WAIT_10, p.probabilityOfWaiting(), 1e-12);
    assertEquals(SL_ANSWERED_10, p.serviceLevelAnsweredWithin(), 1e-12);
    assertEquals(SL_WAITED_10, p.serviceLevelWaitedAtMost(), 1e-12);
    assertEquals(ASA_10, p.asaSeconds(), 1e-10);
    assertEquals(ABANDONMENT_10, p.abandonment(), 1e-12);
    assertEquals(10 * (1 - ABANDONMENT_10) / 10, p.occupancy(), 1e-12);
  }

  @Test
  void matchesTheBirthDeathChainBelowAtAndAboveTheTraffic() {
    for (int n : new int[] {3, 8, 10, 14, 20}) {
      Performance p = patient60.evaluate(TEN_ERLANGS, n, T_20_S);
      double[] chain = Chain.solve(100 / INTERVAL_30_MIN, AHT_180_S, PATIENCE_60_S, n, T_20_S);
      assertEquals(chain[Chain.WAIT], p.probabilityOfWaiting(), 1e-11, "P(wait) at " + n);
      assertEquals(chain[Chain.ANSWERED], p.serviceLevelAnsweredWithin(), 1e-11, "SL at " + n);
      assertEquals(chain[Chain.WAITED], p.serviceLevelWaitedAtMost(), 1e-11, "SL' at " + n);
      assertEquals(chain[Chain.ABANDON], p.abandonment(), 1e-11, "abandonment at " + n);
      assertEquals(chain[Chain.ASA], p.asaSeconds(), 1e-9 * chain[Chain.ASA], "ASA at " + n);
    }
  }

  @Test
  void shortPatienceAndLongAnswerTimeStillMatchTheChain() {
    ErlangA impatient = new ErlangA(15);
    Workload w = new Workload(30, 300, 900);
    for (int n : new int[] {4, 10, 12}) {
      Performance p = impatient.evaluate(w, n, 45);
      double[] chain = Chain.solve(30 / 900.0, 300, 15, n, 45);
      assertEquals(chain[Chain.ANSWERED], p.serviceLevelAnsweredWithin(), 1e-11);
      assertEquals(chain[Chain.WAITED], p.serviceLevelWaitedAtMost(), 1e-11);
      assertEquals(chain[Chain.ABANDON], p.abandonment(), 1e-11);
      assertEquals(chain[Chain.ASA], p.asaSeconds(), 1e-9 * chain[Chain.ASA]);
    }
  }

  @Test
  void serviceLevelRisesAndAbandonmentFallsWithEveryAgent() {
    Performance previous = patient60.evaluate(TEN_ERLANGS, 0, T_20_S);
    assertEquals(1, previous.abandonment(), 0);
    assertEquals(0, previous.serviceLevelAnsweredWithin(), 0);
    for (int n = 1; n <= 30; n++) {
      Performance p = patient60.evaluate(TEN_ERLANGS, n, T_20_S);
      assertTrue(p.serviceLevelAnsweredWithin() > previous.serviceLevelAnsweredWithin(), "SL " + n);
      assertTrue(p.serviceLevelWaitedAtMost() > previous.serviceLevelWaitedAtMost(), "SL' " + n);
      assertTrue(p.abandonment() < previous.abandonment(), "abandonment " + n);
      assertTrue(p.serviceLevelWaitedAtMost() >= p.serviceLevelAnsweredWithin(), "readings " + n);
      previous = p;
    }
  }

  @Test
  void approachesErlangCAsPatienceGrows() {
    // The gap closes like 1/patience; the chain above confirms it at 10⁷ s: SL +1.66e-6 at 14
    // agents, +4.77e-5 at 11 (long waits near A give impatience more to act on).
    for (int n = 11; n <= 16; n++) {
      Performance c = erlangC.evaluate(TEN_ERLANGS, n, T_20_S);
      Performance a7 = new ErlangA(1e7).evaluate(TEN_ERLANGS, n, T_20_S);
      assertEquals(c.serviceLevelAnsweredWithin(), a7.serviceLevelAnsweredWithin(), 1e-4);
      assertEquals(c.probabilityOfWaiting(), a7.probabilityOfWaiting(), 1e-4);
      assertEquals(c.asaSeconds(), a7.asaSeconds(), 1e-3 * c.asaSeconds());
      Performance a10 = new ErlangA(1e10).evaluate(TEN_ERLANGS, n, T_20_S);
      assertEquals(c.serviceLevelAnsweredWithin(), a10.serviceLevelAnsweredWithin(), 1e-6);
      assertEquals(c.serviceLevelWaitedAtMost(), a10.serviceLevelWaitedAtMost(), 1e-6);
      assertEquals(c.probabilityOfWaiting(), a10.probabilityOfWaiting(), 1e-6);
      assertEquals(0, a10.abandonment(), 1e-6);
      assertEquals(c.asaSeconds(), a10.asaSeconds(), 1e-6 * c.asaSeconds());
      double gap8 = c.serviceLevelAnsweredWithin()
          - new ErlangA(1e8).evaluate(TEN_ERLANGS, n, T_20_S).serviceLevelAnsweredWithin();
      double gap9 = c.serviceLevelAnsweredWithin()
          - new ErlangA(1e9).evaluate(TEN_ERLANGS, n, T_20_S).serviceLevelAnsweredWithin();
      assertEquals(10, gap8 / gap9, 0.01, "first-order convergence at " + n);
    }
    Performance c14 = erlangC.evaluate(TEN_ERLANGS, 14, T_20_S);
    Performance a14 = new ErlangA(1e7).evaluate(TEN_ERLANGS, 14, T_20_S);
    assertEquals(c14.serviceLevelAnsweredWithin(), a14.serviceLevelAnsweredWithin(), 2e-6);
    assertEquals(14, new ErlangA(1e7).required(TEN_ERLANGS, EIGHTY_IN_TWENTY).agents());
  }

  @Test
  void abandonmentLowersTheRequirementBelowErlangC() {
    Requirement r = patient60.required(TEN_ERLANGS, EIGHTY_IN_TWENTY);
    // Chain values: SL(11) = 0.7965 < 0.8 ≤ SL(12) = 0.8603.
    assertEquals(12, r.agents());
    assertEquals(StaffingConstraint.SERVICE_LEVEL, r.binding());
    assertTrue(patient60.evaluate(TEN_ERLANGS, 11, T_20_S).serviceLevelAnsweredWithin() < 0.8);
    double fractional = r.fractionalAgents().doubleValue();
    assertTrue(fractional > 11 && fractional <= 12, "fractional " + fractional);
  }

  @Test
  void requiredAgentsAreTheFirstMeetingStaffingOfAPlainScan() {
    for (double erlangs : new double[] {0.3, 2, 10, 47.5}) {
      for (double patience : new double[] {5, 60, 600}) {
        for (ServiceLevelReading reading : ServiceLevelReading.values()) {
          StaffingTarget target = StaffingTarget.of(new ServiceLevelTarget(0.8, T_20_S, reading))
              .withMaxAbandonment(0.1).withMaxAsa(15);
          Workload w = Workload.ofTraffic(erlangs, AHT_180_S);
          ErlangA model = new ErlangA(patience);
          int scan = 1;
          while (!target.isMetBy(model.evaluate(w, scan, T_20_S))) {
            scan++;
          }
          assertEquals(scan, model.required(w, target).agents(),
              erlangs + " Erlangs, patience " + patience + ", " + reading);
        }
      }
    }
  }

  @Test
  void abandonmentTargetCanBind() {
    Requirement r = patient60.required(TEN_ERLANGS, EIGHTY_IN_TWENTY.withMaxAbandonment(0.02));
    assertEquals(StaffingConstraint.ABANDONMENT, r.binding());
    assertTrue(r.performance().abandonment() <= 0.02);
    assertTrue(patient60.evaluate(TEN_ERLANGS, r.agents() - 1, T_20_S).abandonment() > 0.02);
  }

  @Test
  void theWaitedReadingNeedsNoMoreAgentsThanTheAnsweredOne() {
    StaffingTarget waited = StaffingTarget.of(
        new ServiceLevelTarget(0.8, T_20_S, ServiceLevelReading.WAITED_AT_MOST));
    Requirement r = patient60.required(TEN_ERLANGS, waited);
    // Chain values: SL'(9) = 0.7517 < 0.8 ≤ SL'(10) = 0.8152.
    assertEquals(10, r.agents());
    assertEquals(ServiceLevelReading.WAITED_AT_MOST, r.target().serviceLevel().reading());
    assertEquals(SL_WAITED_10, r.serviceLevel(), 1e-12);
  }

  @Test
  void withPatienceFarBelowTheAnswerTimeTheWaitedReadingStillStaffsOneAgent() {
    // Patience 5 s, T = 20 s: with nobody answering, 1 − e^{−4} = 98% "waited at most 20 s".
    StaffingTarget waited = StaffingTarget.of(
        new ServiceLevelTarget(0.8, T_20_S, ServiceLevelReading.WAITED_AT_MOST));
    ErlangA impatient = new ErlangA(5);
    assertEquals(1 - Math.exp(-4), impatient.evaluate(TEN_ERLANGS, 0, T_20_S).serviceLevelWaitedAtMost(), 1e-15);
    Requirement r = impatient.required(TEN_ERLANGS, waited);
    assertEquals(1, r.agents());
    assertEquals(StaffingConstraint.ONE_AGENT_MINIMUM, r.binding());
  }

  @Test
  void fewerAgentsThanErlangsAreAllowed() {
    Performance p = patient60.evaluate(TEN_ERLANGS, 8, T_20_S);
    assertTrue(p.stable());
    assertTrue(p.serviceLevelAnsweredWithin() > 0.5 && p.serviceLevelAnsweredWithin() < 0.6);
    assertTrue(p.occupancy() < 1);
  }

  @Test
  void fiveThousandErlangsStayFinite() {
    Workload huge = Workload.ofTraffic(5000, AHT_180_S);
    Requirement r = new ErlangA(120).required(huge, EIGHTY_IN_TWENTY);
    assertTrue(r.agents() >= 4000 && r.agents() <= 5200, "required " + r.agents());
    assertTrue(r.serviceLevel() >= 0.8 && r.serviceLevel() < 1);
    assertTrue(Double.isFinite(r.performance().asaSeconds()));
  }

  @Test
  void heavyOverloadWithVeryLongPatienceLosesTheExcessTraffic() {
    // 4,000 agents on 5,000 Erlangs, patience 10⁶ s: a fluid queue, abandonment → 1 − n/A.
    Performance p = new ErlangA(1e6).evaluate(Workload.ofTraffic(5000, AHT_180_S), 4000, T_20_S);
    assertEquals(0.2, p.abandonment(), 1e-3);
    assertEquals(1, p.probabilityOfWaiting(), 1e-9);
    assertTrue(Double.isFinite(p.asaSeconds()) && p.asaSeconds() > 1e5);
  }

  @Test
  void noArrivalsNeedNoAgents() {
    Requirement r = patient60.required(new Workload(0, AHT_180_S, INTERVAL_30_MIN), EIGHTY_IN_TWENTY);
    assertEquals(0, r.agents());
    assertEquals(StaffingConstraint.NONE, r.binding());
  }

  /** M/M/n+M by brute force: truncated stationary distribution, tagged caller by uniformisation. */
  static final class Chain {
    static final int WAIT = 0;
    static final int ANSWERED = 1;
    static final int WAITED = 2;
    static final int ABANDON = 3;
    static final int ASA = 4;
    private static final int QUEUE_STATES = 400;

    static double[] solve(double lambda, double aht, double patience, int n, double t) {
      double mu = 1 / aht;
      double gamma = 1 / patience;
      int top = n + QUEUE_STATES;
      double[] p = new double[top + 1];
      p[0] = 1;
      double total = 1;
      for (int k = 1; k <= top; k++) {
        p[k] = p[k - 1] * lambda / (mu * Math.min(k, n) + gamma * Math.max(k - n, 0));
        total += p[k];
      }
      double noWait = 0;
      double wait = 0;
      double queue = 0;
      for (int k = 0; k <= top; k++) {
        p[k] /= total;
        if (k < n) {
          noWait += p[k];
        } else {
          wait += p[k];
          queue += (k - n) * p[k];
        }
      }
      // Tagged caller finding i callers ahead: state i; it leaves i at rate nμ + iγ (someone
      // ahead served or gone) and abandons at rate γ.
      int states = QUEUE_STATES + 1;
      double[] v = new double[states];
      for (int i = 0; i < states; i++) {
        v[i] = p[n + i];
      }
      double uniform = n * mu + states * gamma + gamma;
      double mean = uniform * t;
      long steps = (long) (mean + 20 * Math.sqrt(mean) + 50);
      double logWeight = -mean; // Poisson(mean) weights in log space: e^{−mean} may underflow
      double servedByT = 0;
      double waitingAtT = 0;
      double servedSoFar = 0;
      for (long step = 0; step <= steps; step++) {
        double weight = Math.exp(logWeight);
        double stillWaiting = 0;
        for (double x : v) {
          stillWaiting += x;
        }
        servedByT += weight * servedSoFar;
        waitingAtT += weight * stillWaiting;
        double[] next = new double[states];
        for (int i = 0; i < states; i++) {
          double ahead = n * mu + i * gamma;
          next[i] += v[i] * (1 - (ahead + gamma) / uniform);
          if (i == 0) {
            servedSoFar += v[i] * ahead / uniform;
          } else {
            next[i - 1] += v[i] * ahead / uniform;
          }
        }
        v = next;
        logWeight += Math.log(mean) - Math.log(step + 1);
      }
      // Answered, and wait of the answered, by first-step analysis.
      double served = noWait;
      double waitOfServed = 0;
      double s = 1;
      double m = 0;
      for (int i = 0; i < states; i++) {
        double ahead = n * mu + i * gamma;
        double leave = ahead + gamma;
        double sPrevious = i == 0 ? 1 : s;
        double mPrevious = i == 0 ? 0 : m;
        s = ahead / leave * sPrevious;
        m = s / leave + ahead / leave * mPrevious;
        served += p[n + i] * s;
        waitOfServed += p[n + i] * m;
      }
      return new double[] {
          wait, noWait + servedByT, 1 - waitingAtT, gamma * queue / lambda, waitOfServed / served};
    }
  }
}
