package io.staffline.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The densest window on an uneven axis, with pieces that arrive all at once, against brute force. */
class DensestWindowTest {

  @Test
  void aPieceArrivingAllAtOnceNeedsItsWorkWithinTheGrace() {
    // Pieces: 4 units over [0, 2], 7 at once at 2, 1 over [2, 3]; grace 3.
    // Windows: 4/(2+3) = 0.8; 7/(0+3) = 2.33; 4+7 over (2−0)+3 = 2.2; all 12/(3+3) = 2;
    // 7+1 over (3−2)+3 = 2; 1/(1+3) = 0.25. Densest: the lone burst, 7/3.
    DensestWindow.Window w = DensestWindow.of(
        new double[] {0, 2, 2}, new double[] {2, 2, 3}, new double[] {0, 4, 11, 12}, 3);
    assertEquals(7.0 / 3, w.density(), 1e-15);
    assertEquals(1, w.first());
    assertEquals(1, w.last());
  }

  @Test
  void matchesBruteForceOverAllWindowsOnUnevenAxes() {
    Random random = new Random(20_261_204L);
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + random.nextInt(50);
      double[] start = new double[n];
      double[] end = new double[n];
      double[] before = new double[n + 1];
      double x = 0;
      for (int k = 0; k < n; k++) {
        start[k] = x;
        // A third of the pieces arrive all at once (work that waited for an opening).
        double length = random.nextInt(3) == 0 ? 0 : 0.25 + random.nextInt(8) * random.nextDouble();
        end[k] = x + length;
        x = end[k];
        before[k + 1] = before[k] + (random.nextInt(4) == 0 ? 0 : random.nextInt(30) + random.nextDouble());
      }
      double grace = 0.5 + random.nextInt(10);
      double brute = 0;
      for (int u = 0; u < n; u++) {
        for (int t = u; t < n; t++) {
          brute = Math.max(brute, (before[t + 1] - before[u]) / (end[t] - start[u] + grace));
        }
      }
      double found = DensestWindow.of(start, end, before, grace).density();
      assertEquals(brute, found, 1e-12 * Math.max(1, brute), "trial " + trial);
    }
  }
}
