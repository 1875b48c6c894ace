package io.staffline.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fluid backlog model: exact small examples worked by hand, the closed form against brute force
 * over all windows, and a FIFO run proving no work is late at the minimal capacity.
 */
class BacklogModelTest {
  /** 600 s per email on 30-minute intervals: one agent finishes 3 emails per interval. */
  private static final double AHT_600_S = 600;
  private static final double INTERVAL_30_MIN = 1800;

  private static BacklogModel respondWithin(int intervals) {
    return new BacklogModel(AHT_600_S, INTERVAL_30_MIN, intervals);
  }

  @Test
  void sameIntervalResponseNeedsThePeakInterval() {
    BacklogModel.Requirement r = respondWithin(0).required(new double[] {10, 0, 0, 0});
    assertEquals(10, r.capacityUnitsPerInterval(), 0);
    assertEquals(4, r.agents()); // 10 / 3 = 3.33
  }

  @Test
  void aResponseTargetSpreadsTheWorkOverItsGrace() {
    assertEquals(5, respondWithin(1).required(new double[] {10, 0, 0, 0}).capacityUnitsPerInterval(), 0);
    assertEquals(2.5, respondWithin(3).required(new double[] {10, 0, 0, 0}).capacityUnitsPerInterval(), 0);
  }

  @Test
  void theDensestWindowDecides() {
    // R = 1: windows 0..2 = 18/4 = 4.5, 0..1 = 12/3 = 4, 1..2 = 4, single intervals 3.
    BacklogModel.Requirement r = respondWithin(1).required(new double[] {6, 6, 6});
    assertEquals(4.5, r.capacityUnitsPerInterval(), 1e-15);
    assertEquals(0, r.windowStart());
    assertEquals(2, r.windowEnd());
    assertEquals(0, r.fractionalAgents().compareTo(new BigDecimal("1.5")));
    assertEquals(2, r.agents());
  }

  @Test
  void aSpikeCanOutweighTheTotal() {
    // R = 2: interval 1 alone = 9/3 = 3 beats 0..1 = 11/4, 1..2 = 10/4, 0..2 = 12/5.
    BacklogModel.Requirement r = respondWithin(2).required(new double[] {2, 9, 1, 0});
    assertEquals(3, r.capacityUnitsPerInterval(), 1e-15);
    assertEquals(1, r.windowStart());
    assertEquals(1, r.windowEnd());
    assertEquals(1, r.agents()); // exactly 3 emails per interval = 1 agent, not 2
  }

  @Test
  void exactlyAWholeNumberOfAgentsIsNotRoundedUp() {
    // R = 1, 600 s per unit on 1-minute intervals: window 0..1 holds 0.1 + 0.2 = 0.3 units over 3
    // intervals = 180 s of work per 60 s = exactly 1 agent; in binary 0.1 + 0.2 > 0.3 would give 2.
    BacklogModel.Requirement r = new BacklogModel(600, 60, 1).required(new double[] {0.1, 0.2});
    assertEquals(0, r.fractionalAgents().compareTo(BigDecimal.ONE));
    assertEquals(1, r.agents());
  }

  @Test
  void noWorkIsLateAtTheMinimalCapacityAndSomeIsLateBelowIt() {
    double[] arrivals = {6, 6, 6, 0, 12, 1, 0, 0};
    BacklogModel model = respondWithin(1);
    BacklogModel.Requirement r = model.required(arrivals);
    double agents = r.capacityUnitsPerInterval() * AHT_600_S / INTERVAL_30_MIN;
    BacklogModel.FluidRun atMinimum = model.run(arrivals, agents);
    assertEquals(0, atMinimum.lateIntervals());
    BacklogModel.FluidRun short1 = model.run(arrivals, agents * 0.99);
    assertTrue(short1.lateIntervals() >= 1, "late intervals " + short1.lateIntervals());
  }

  @Test
  void fluidRunFollowsTheBacklogByHand() {
    // Capacity 4 per interval, R = 1: backlog 2, 4, 6, 2, 0. Interval 0's work ends in 1 and
    // interval 1's in 2 (on time); interval 2's ends in 4, one interval late.
    BacklogModel.FluidRun run = respondWithin(1).run(new double[] {6, 6, 6, 0}, 4.0 / 3);
    double[] backlog = run.backlogAtEnd();
    assertEquals(5, backlog.length, "runs on until the backlog clears");
    double[] byHand = {2, 4, 6, 2, 0};
    for (int t = 0; t < byHand.length; t++) {
      assertEquals(byHand[t], backlog[t], 1e-9, "backlog at end of " + t);
    }
    assertEquals(1, run.finishedIn()[0]);
    assertEquals(2, run.finishedIn()[1]);
    assertEquals(4, run.finishedIn()[2]);
    assertEquals(3, run.finishedIn()[3]);
    assertEquals(1, run.lateIntervals());
  }

  @Test
  void closedFormMatchesBruteForceOverAllWindows() {
    Random random = new Random(20_260_901L);
    for (int trial = 0; trial < 200; trial++) {
      int length = 1 + random.nextInt(60);
      double[] arrivals = new double[length];
      for (int t = 0; t < length; t++) {
        arrivals[t] = random.nextInt(4) == 0 ? 0 : random.nextInt(40) + random.nextDouble();
      }
      int grace = random.nextInt(6);
      double brute = 0;
      for (int u = 0; u < length; u++) {
        double work = 0;
        for (int t = u; t < length; t++) {
          work += arrivals[t];
          brute = Math.max(brute, work / (t - u + 1 + grace));
        }
      }
      BacklogModel model = respondWithin(grace);
      double closed = model.required(arrivals).capacityUnitsPerInterval();
      assertEquals(brute, closed, 1e-12 * Math.max(1, brute), "trial " + trial);
      double agents = closed * AHT_600_S / INTERVAL_30_MIN;
      assertEquals(0, model.run(arrivals, agents * (1 + 1e-12)).lateIntervals(), "trial " + trial);
    }
  }

  @Test
  void noWorkNeedsNoAgents() {
    BacklogModel.Requirement r = respondWithin(2).required(new double[] {0, 0, 0});
    assertEquals(0, r.agents());
    assertEquals(-1, r.windowStart());
  }

  @Test
  void negativeWorkIsRejectedNamingTheInterval() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> respondWithin(0).required(new double[] {1, -2}));
    assertTrue(e.getMessage().contains("interval 1"), e.getMessage());
  }
}
