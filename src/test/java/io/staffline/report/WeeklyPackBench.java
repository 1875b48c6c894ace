package io.staffline.report;

import io.staffline.report.weekly.WeeklyPack;
import io.staffline.report.weekly.WeeklySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Benchmark, not a test: writes the weekly pack from a metrics folder (default: the bundled
 * sample's, out/metrics after README command 1) once cold, then best of 5 warm. Reproduce with:
 * {@code mvn -q -o -DskipTests package && mvn -q -o test-compile && java -cp "target/classes:target/test-classes:target/lib/*"
 * io.staffline.report.WeeklyPackBench [METRICS_DIR LAKE_DIR]}
 */
public final class WeeklyPackBench {
  private static final int MEASURED_ROUNDS = 5;

  private WeeklyPackBench() {}

  public static void main(String[] args) throws Exception {
    Path metrics = Path.of(args.length > 0 ? args[0] : "out/metrics");
    Path lake = Path.of(args.length > 1 ? args[1] : "out/lake");
    Path out = Files.createTempDirectory("weekly-pack-bench");
    long cold = time(metrics, lake, out.resolve("cold.xlsx"));
    long best = Long.MAX_VALUE;
    for (int round = 0; round < MEASURED_ROUNDS; round++) {
      best = Math.min(best, time(metrics, lake, out.resolve("warm-" + round + ".xlsx")));
    }
    System.out.printf(Locale.ROOT, "weekly pack from %s: first run in the JVM %d ms, warm best of %d %d ms, %,d bytes%n",
        metrics, cold / 1_000_000, MEASURED_ROUNDS, best / 1_000_000, Files.size(out.resolve("cold.xlsx")));
  }

  private static long time(Path metrics, Path lake, Path file) {
    long start = System.nanoTime();
    WeeklyPack.write(new WeeklySettings(metrics, lake, Path.of("out/forecast"), Optional.of(file), Optional.empty(), 50));
    return System.nanoTime() - start;
  }
}
