package io.staffline.metrics.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Type 7 and type 1 percentiles by hand, then against DuckDB itself. */
class PercentilesTest {

  static final double[] ONE_TO_TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  // Type 7: h = 9p. p50: h = 4.5 → 5 + 0.5 = 5.5. p90: h = 8.1 → 9 + 0.1 = 9.1.
  static final double P50_CONTINUOUS = 5.5;
  static final double P90_CONTINUOUS = 9.1;
  // Type 1: x[⌈10p⌉ − 1]. p50 → x[4] = 5; p90 → x[8] = 9; p30 → x[2] = 3; p31 → x[3] = 4.
  static final double P50_DISCRETE = 5;
  static final double P90_DISCRETE = 9;
  static final double P30_DISCRETE = 3;
  static final double P31_DISCRETE = 4;

  @Test
  void continuousInterpolatesBetweenNeighbours() {
    assertEquals(P50_CONTINUOUS, Percentiles.continuous(ONE_TO_TEN, 0.5));
    assertEquals(P90_CONTINUOUS, Percentiles.continuous(ONE_TO_TEN, 0.9), 1e-15);
    assertEquals(1, Percentiles.continuous(ONE_TO_TEN, 0));
    assertEquals(10, Percentiles.continuous(ONE_TO_TEN, 1));
    assertEquals(7, Percentiles.continuous(new double[] {7}, 0.9));
  }

  @Test
  void discreteReturnsAValueOfTheSample() {
    assertEquals(P50_DISCRETE, Percentiles.discrete(ONE_TO_TEN, 0.5));
    assertEquals(P90_DISCRETE, Percentiles.discrete(ONE_TO_TEN, 0.9));
    // 10 × 0.3 is 3.0000000000000004 in floating point; still the third value.
    assertEquals(P30_DISCRETE, Percentiles.discrete(ONE_TO_TEN, 0.3));
    assertEquals(P31_DISCRETE, Percentiles.discrete(ONE_TO_TEN, 0.31));
    assertEquals(1, Percentiles.discrete(ONE_TO_TEN, 0));
    assertEquals(10, Percentiles.discrete(ONE_TO_TEN, 1));
  }

  @Test
  void anEmptySampleHasNoPercentile() {
    assertEquals(Double.NaN, Percentiles.continuous(new double[0], 0.5));
    assertEquals(Double.NaN, Percentiles.discrete(new double[0], 0.5));
  }

  @Test
  void unsortedSamplesAndBadProbabilitiesAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Percentiles.continuous(new double[] {2, 1}, 0.5));
    assertThrows(IllegalArgumentException.class,
        () -> Percentiles.discrete(new double[] {1, Double.NaN}, 0.5));
    assertThrows(IllegalArgumentException.class, () -> Percentiles.continuous(ONE_TO_TEN, 90));
    assertThrows(IllegalArgumentException.class, () -> Percentiles.sorted(new double[] {Double.NaN}));
    assertArrayEquals(new double[] {1, 2, 3}, Percentiles.sorted(new double[] {3, 1, 2}));
  }

  /** DuckDB's quantile_cont and quantile_disc with a DOUBLE probability, compared to the bit. */
  @Test
  void agreesWithDuckDbToTheBit() throws SQLException {
    double[] probabilities = {0, 0.01, 0.1, 0.25, 0.3, 0.5, 0.7, 0.9, 0.95, 0.99, 1, 1.0 / 3};
    Random random = new Random(7);
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement ddl = duckdb.createStatement()) {
      ddl.execute("CREATE TABLE sample (k INTEGER, x DOUBLE)");
      int samples = 20;
      double[][] values = new double[samples][];
      try (PreparedStatement insert = duckdb.prepareStatement("INSERT INTO sample VALUES (?, ?)")) {
        for (int k = 0; k < samples; k++) {
          values[k] = new double[1 + random.nextInt(30)];
          for (int i = 0; i < values[k].length; i++) {
            // Ties and fractions both: handle times in seconds with a few repeats.
            values[k][i] = random.nextInt(4) == 0 ? 60 : Math.round(random.nextDouble() * 1e6) / 1e3;
            insert.setInt(1, k);
            insert.setDouble(2, values[k][i]);
            insert.addBatch();
          }
        }
        insert.executeBatch();
      }
      try (PreparedStatement query = duckdb.prepareStatement("SELECT quantile_cont(x, ?::DOUBLE),"
          + " quantile_disc(x, ?::DOUBLE) FROM sample WHERE k = ?")) {
        for (int k = 0; k < samples; k++) {
          double[] sorted = Percentiles.sorted(values[k]);
          for (double p : probabilities) {
            query.setDouble(1, p);
            query.setDouble(2, p);
            query.setInt(3, k);
            try (ResultSet row = query.executeQuery()) {
              row.next();
              String at = "sample " + k + " (n=" + sorted.length + "), p=" + p;
              assertEquals(row.getDouble(1), Percentiles.continuous(sorted, p), 0.0, at);
              assertEquals(row.getDouble(2), Percentiles.discrete(sorted, p), 0.0, at);
            }
          }
        }
      }
    }
  }
}
