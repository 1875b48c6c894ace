package io.staffline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.SparkTestSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code staffline run weekly} end to end on generated exports: every stage commits, the reported
 * week is the last complete one and the planned week the one after, and the planners' overview
 * shows what the staffing and rota tables say (read back with DuckDB).
 */
class RunWeeklyTest {
  /** Five generated weeks from Monday 2026-08-24: the export ends Monday 2026-09-28 00:00 UTC. */
  static final String REPORTED = "2026-W39";
  static final String PLANNED = "2026-W40";

  @TempDir static Path dir;
  static String console;
  static int exit;

  @BeforeAll
  static void runThePipeline() {
    SparkTestSession.get();
    Path input = dir.resolve("exports");
    assertEquals(0, StafflineCli.commandLine().execute("generate", "--out", input.toString(), "--weeks", "5",
        "--tickets-per-week", "400"));
    StringWriter text = new StringWriter();
    CommandLine cli = StafflineCli.commandLine();
    cli.setOut(new PrintWriter(text));
    exit = cli.execute("run", "weekly", "--input", input.toString(), "--out", dir.resolve("out").toString(),
        "--rota-time-limit", "20");
    console = text.toString();
  }

  @Test
  void everyStageCommitsAndTheWeeksFollowTheData() {
    assertEquals(0, exit, console);
    for (String stage : List.of("lake", "metrics", "forecast", "staffing", "rota")) {
      assertTrue(Files.isDirectory(dir.resolve("out").resolve(stage).resolve("current")), stage + "\n" + console);
    }
    assertTrue(console.contains("Reporting " + REPORTED), console);
    assertTrue(console.contains("planning " + PLANNED), console);
    assertTrue(Files.isRegularFile(dir.resolve("out/reports/weekly-" + REPORTED + ".xlsx")));
    assertTrue(Files.isRegularFile(dir.resolve("out/reports/planning-" + PLANNED + ".xlsx")));
    for (String stage : List.of("ingest", "metrics", "forecast", "staffing", "rota", "report", "planning")) {
      assertTrue(console.matches("(?s).*\\n  " + stage + " +[0-9.]+ s\\n.*"), "time of " + stage + "\n" + console);
    }
  }

  @Test
  void thePlannersOverviewShowsTheStaffingAndRotaTables() throws Exception {
    assertEquals(0, exit, console);
    Path out = dir.resolve("out");
    long peakScheduled;
    long rotaAgents;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         Statement s = c.createStatement()) {
      // The planned week is Monday 2026-09-28 to Sunday 2026-10-04 (UTC).
      ResultSet r = s.executeQuery("SELECT max(scheduled_agents) FROM read_parquet('"
          + out.resolve("staffing/current/staffing_by_line") + "/*.parquet') WHERE tier = 1"
          + " AND interval_start >= TIMESTAMPTZ '2026-09-28 00:00:00+00' AND interval_start < TIMESTAMPTZ '2026-10-05 00:00:00+00'");
      r.next();
      peakScheduled = r.getLong(1);
      r = s.executeQuery("SELECT sum(headcount) FROM read_parquet('" + out.resolve("rota/current/rota_patterns")
          + "/*.parquet') WHERE tier = 1");
      r.next();
      rotaAgents = r.getLong(1);
    }
    try (Workbook wb = WorkbookFactory.create(out.resolve("reports/planning-" + PLANNED + ".xlsx").toFile(), null, true)) {
      Sheet overview = wb.getSheet("Overview");
      Row header = rowStartingWith(overview, "Line");
      Row line1 = rowStartingWith(overview, "Line 1");
      assertEquals(peakScheduled, (long) line1.getCell(column(header, "Peak scheduled")).getNumericCellValue());
      assertEquals(rotaAgents, (long) line1.getCell(column(header, "Rota agents")).getNumericCellValue());
    }
  }

  private static Row rowStartingWith(Sheet sheet, String text) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
        return row;
      }
    }
    throw new AssertionError("no row starting with '" + text + "' in sheet " + sheet.getSheetName());
  }

  private static int column(Row header, String title) {
    for (Cell cell : header) {
      if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(title)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column '" + title + "'");
  }
}
