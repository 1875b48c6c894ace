package io.staffline.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.job.StafflineCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code staffline forecast} on the command line: a run, a holdout, and a bad settings file. */
class ForecastCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = StafflineCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void aRunCommitsAndSummarisesEachQueueAndLine() {
    Path metrics = SmallMetrics.write(dir.resolve("metrics"));
    assertEquals(0, run("forecast", "--metrics", metrics.toString(), "--out", dir.resolve("fc").toString()), err.toString());
    String text = out.toString();
    // The one direct queue and its backtest (exact: WAPE 0). A day has Σ(1 + h mod 3) = 48 contacts,
    // Monday 48 more: 384 a week, 1536 in 4 weeks, of which 135 were escalated: rate 0.0879, median
    // 120 minutes = 2 hourly intervals. Next week's line 2 is 384 × 135/1536 = 33.75 (the shift swaps
    // Sunday 22-24 h of the forecast for the same hours of history, equal here).
    assertTrue(text.contains("billing/phone/L1                     seasonal_naive       0.0000      0.0000"), text);
    assertTrue(text.contains("line 2:  phone rate 0.0879, 120 min → 2 intervals;"), text);
    assertTrue(text.contains("line 1  direct      384.0  cascade        0.0  total      384.0"), text);
    assertTrue(text.contains("line 2  direct        0.0  cascade       33.8  total       33.8"), text);
    assertTrue(Files.isDirectory(dir.resolve("fc").resolve("current").resolve("forecast")));
  }

  @Test
  void aHoldoutWritesNothing() {
    Path metrics = SmallMetrics.write(dir.resolve("metrics"));
    assertEquals(0, run("forecast", "--metrics", metrics.toString(), "--out", dir.resolve("fc").toString(),
        "--holdout-weeks", "1"), err.toString());
    assertTrue(out.toString().contains("Holdout: forecast as of 2026-09-28T00:00:00Z"), out.toString());
    assertEquals(false, Files.exists(dir.resolve("fc")));
  }

  @Test
  void aBadSettingsFileFailsNamingFileLineAndKey() throws Exception {
    Path config = Files.writeString(dir.resolve("forecast.yaml"), "horizon_weeks: 0\n");
    assertEquals(1, run("forecast", "--metrics", dir.toString(), "--config", config.toString()));
    assertTrue(err.toString().contains(config + " line 1: horizon_weeks must be at least 1, not 0"), err.toString());
  }
}
