package io.staffline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Widths#grouped} gives the formatter's length, checked against the formatter itself. */
class WidthsTest {
  private static int formatter(double v, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", v).length();
  }

  @Test
  void handPickedValuesAndRoundingEdges() {
    // Hand values: "0", "1,000", "999.95" -> "999.95", "999.995" -> "1,000.00" (half-up).
    assertEquals(1, Widths.grouped(0, 0));
    assertEquals(5, Widths.grouped(1000, 0));
    assertEquals(3, Widths.grouped(999.4, 0));
    assertEquals(5, Widths.grouped(999.5, 0));
    assertEquals(6, Widths.grouped(999.95, 2));
    assertEquals(8, Widths.grouped(999.995, 2));
    assertEquals(9, Widths.grouped(1_234_567, 0));
    assertEquals(4, Widths.grouped(9.96, 1));
    double[] edges = {0, 0.004, 0.005, 0.0049999, 0.05, 0.5, 0.95, 9.5, 9.95, 9.995, 99.5, 999.5, 9999.5,
        99_999.95, 999_999.995, 999_999_999.4, 1e9, 1e12 + 0.5, 1e15, 1e300, Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NaN, Double.MIN_VALUE};
    for (double v : edges) {
      for (int d = 0; d <= 2; d++) {
        assertEquals(formatter(v, d), Widths.grouped(v, d), v + " with " + d + " decimals");
      }
    }
  }

  @Test
  void agreesWithTheFormatterOnRandomValues() {
    SplittableRandom random = new SplittableRandom(20261203);
    for (int i = 0; i < 200_000; i++) {
      double v = switch (i % 4) {
        case 0 -> random.nextDouble() * 100;
        case 1 -> Math.pow(10, random.nextDouble() * 12);
        // Near a power of ten, where rounding adds a digit (and a separator).
        case 2 -> Math.pow(10, random.nextInt(10)) - random.nextDouble() * 0.01;
        default -> random.nextInt(100_000) / 100.0 + (random.nextBoolean() ? 0.005 : 0.05);
      };
      for (int d = 0; d <= 2; d++) {
        assertEquals(formatter(v, d), Widths.grouped(v, d), v + " with " + d + " decimals");
      }
    }
  }
}
