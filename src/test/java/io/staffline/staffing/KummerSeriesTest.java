package io.staffline.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Stirling shortcuts of {@link KummerSeries} against plain loops over every term. */
class KummerSeriesTest {

  @Test
  void logOfAFarTermMatchesTheSumOfLogs() {
    for (double a : new double[] {0.5, 7, 31.5, 1e6}) {
      for (long j : new long[] {5_000, 123_457}) {
        double z = a + j + 0.3;
        double loop = 0;
        for (long i = 1; i <= j; i++) {
          loop += Math.log(z / (a + i));
        }
        double scale = Math.max(1, Math.abs(loop));
        assertEquals(loop, KummerSeries.logTerm(a, z, j), 1e-10 * scale, "a=" + a + " j=" + j);
      }
    }
  }

  @Test
  void harmonicSumMatchesTheLoop() {
    for (double a : new double[] {0.5, 7, 31.5, 1e6}) {
      for (long j : new long[] {5_000, 123_457}) {
        double loop = 0;
        for (long i = 1; i <= j; i++) {
          loop += 1 / (a + i);
        }
        assertEquals(loop, KummerSeries.harmonic(a, j), 1e-12 * loop, "a=" + a + " j=" + j);
      }
    }
  }

  @Test
  void seriesMatchesDirectSummationOnBothSidesOfItsPeak() {
    for (double[] az : new double[][] {{20, 5}, {20, 19}, {20, 60}, {1, 3000}, {300.5, 20_000}}) {
      double a = az[0];
      double z = az[1];
      double[] direct = direct(a, z);
      KummerSeries.Sum s = KummerSeries.of(a, z);
      assertEquals(direct[0], s.logSum(), 1e-11 * Math.max(1, direct[0]), "log F " + a + "," + z);
      assertEquals(direct[1], s.meanIndex(), 1e-10 * Math.max(1, direct[1]), "mean j " + a + "," + z);
      assertEquals(direct[2], s.meanHarmonic(), 1e-10 * Math.max(1, direct[2]), "mean H " + a + "," + z);
    }
  }

  @Test
  void emptySeriesIsOne() {
    KummerSeries.Sum s = KummerSeries.of(3, 0);
    assertEquals(0, s.logSum(), 0);
    assertEquals(0, s.meanIndex(), 0);
  }

  /** Terms in log space from j = 0, summed relative to the largest, until far past the peak. */
  private static double[] direct(double a, double z) {
    int terms = (int) (z + 50 * Math.sqrt(z) + 2000);
    double[] log = new double[terms];
    double[] h = new double[terms];
    double max = 0;
    for (int j = 1; j < terms; j++) {
      log[j] = log[j - 1] + Math.log(z / (a + j));
      h[j] = h[j - 1] + 1 / (a + j);
      max = Math.max(max, log[j]);
    }
    double sum = 0;
    double sumJ = 0;
    double sumH = 0;
    for (int j = 0; j < terms; j++) {
      double w = Math.exp(log[j] - max);
      sum += w;
      sumJ += j * w;
      sumH += h[j] * w;
    }
    return new double[] {max + Math.log(sum), sumJ / sum, sumH / sum};
  }
}
