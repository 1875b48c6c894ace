package io.staffline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code staffline report}: bad options and missing inputs are clear errors. */
class ReportCommandTest {
  @TempDir Path empty;

  @Test
  void aBadWeekNamesTheOptionAndTheForm() {
    CommandLineTest.Run r = CommandLineTest.run("report", "weekly", "--week", "2026-47");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Invalid value for option '--week': not an ISO week: '2026-47' (expected e.g. 2026-W47)"),
        r.err());
  }

  @Test
  void missingMetricsNameTheTableTheFolderAndTheOption() {
    CommandLineTest.Run r = CommandLineTest.run("report", "weekly", "--metrics", empty.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("no table ticket_facts at " + empty.resolve("current").resolve("ticket_facts")
        + ": run staffline metrics first, or point --metrics at its output folder"), r.err());
  }

  @Test
  void aPlanningWorkbookNeedsAtLeastOneStage() {
    CommandLineTest.Run r = CommandLineTest.run("report", "planning", "--forecast", empty.toString(), "--staffing",
        empty.toString(), "--rota", empty.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("no forecast, staffing or rota tables in"), r.err());
  }

  @Test
  void aMissingStaffingSettingsFileNamesTheOption() {
    Path missing = empty.resolve("staffing.yaml");
    CommandLineTest.Run r = CommandLineTest.run("report", "planning", "--staffing-config", missing.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--staffing-config: no such file: " + missing), r.err());
  }

  @Test
  void theWhatIfsOwnCopyOfTheStaffingSettingsIsGone() {
    // The scenarios take the staffing stage's settings (--staffing-config), not options of their own.
    CommandLineTest.Run r = CommandLineTest.run("report", "planning", "--service-level", "0.8");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Unknown options: '--service-level', '0.8'"), r.err());
  }

  @Test
  void reportAloneAsksWhichOne() {
    CommandLineTest.Run r = CommandLineTest.run("report");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Missing report: weekly or planning"), r.err());
  }
}
