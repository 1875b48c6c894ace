package io.staffline.report.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.staffline.report.Duck;
import io.staffline.report.WorkbookView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;

/** The planners' workbook from contract-shaped stage tables, reopened and compared with DuckDB over the same Parquet. */
class PlanningWorkbookTest {
  @TempDir static Path root;
  static PlanningWorkbook.Result result;
  static WorkbookView book;
  static Duck duck;

  @BeforeAll
  static void writeTheWorkbook() {
    PlanningFixture.write(root);
    result = PlanningWorkbook.write(settings(root.resolve("planning.xlsx")));
    book = new WorkbookView(result.file());
    duck = new Duck();
  }

  @AfterAll
  static void close() {
    book.close();
    duck.close();
  }

  static PlanningSettings settings(Path out) {
    return PlanningFixture.settings(root, out);
  }

  static String table(String stage, String name) {
    return "read_parquet('" + root.resolve(stage).resolve("current").resolve(name) + "/*.parquet')";
  }

  @Test
  void thePlannedWeekIsTheStaffingsWeek() {
    assertEquals(PlanningFixture.WEEK, result.week());
  }

  @Test
  void sheetsComeInOrder() {
    assertEquals(PlanningWorkbook.SHEETS, book.sheetNames());
  }

  @Test
  void theForecastSheetHoldsEveryIntervalOfEveryQueue() {
    WorkbookView.Table t = book.table("Forecast");
    assertEquals(duck.number("select count(*) from " + table("forecast", "forecast")), (double) t.rows());
    // Sorted by team, channel, line, interval: row 0 is billing/email at Monday 00:00.
    assertEquals("billing", t.text(0, "Team"));
    assertEquals("email", t.text(0, "Channel"));
    assertEquals(420.0 / 86_400, t.number(0, "AHT"));
  }

  @Test
  void requirementsPerLineAreStaffingByLine() {
    WorkbookView.Table t = book.table("RequirementsByLine");
    assertEquals(duck.number("select count(*) from " + table("staffing", "staffing_by_line")), (double) t.rows());
    double scheduled = 0;
    for (int r = 0; r < t.rows(); r++) {
      scheduled += t.number(r, "Scheduled agents");
    }
    assertEquals(duck.number("select sum(scheduled_agents) from " + table("staffing", "staffing_by_line")), scheduled);
  }

  @Test
  void requirementsPerQueueKeepEmptyFiguresEmpty() {
    WorkbookView.Table t = book.table("RequirementsByQueue");
    assertEquals(duck.number("select count(*) from " + table("staffing", "staffing_requirements")), (double) t.rows());
    // Row 0 is billing/email (backlog): no service level.
    assertEquals("backlog", t.text(0, "Model"));
    assertEquals(org.apache.poi.ss.usermodel.CellType.BLANK, t.cell(0, "Service level").getCellType());
  }

  @Test
  void theCoverageChartsDrawRequirementAndCoveragePerLine() {
    List<XSSFChart> charts = book.book.getSheet(PlanningWorkbook.COVERAGE).getDrawingPatriarch().getCharts();
    List<String> described = new ArrayList<>();
    for (XSSFChart c : charts) {
      CTPlotArea plot = c.getCTChart().getPlotArea();
      StringBuilder s = new StringBuilder(c.getTitleText().getString());
      for (var ser : plot.getLineChartArray(0).getSerList()) {
        s.append(" | ").append(ser.getTx().getStrRef().getF()).append(" ").append(ser.getVal().getNumRef().getF())
            .append(" ").append(ser.getCat().getStrRef().getF());
      }
      described.add(s.toString());
    }
    // Header on row 4, 336 half-hours in rows 5..340; per line: required, covered, under.
    assertEquals(List.of(
        "Line 1: requirement and coverage | Coverage!$C$4 Coverage!$C$5:$C$340 Coverage!$B$5:$B$340"
            + " | Coverage!$D$4 Coverage!$D$5:$D$340 Coverage!$B$5:$B$340",
        "Line 2: requirement and coverage | Coverage!$F$4 Coverage!$F$5:$F$340 Coverage!$B$5:$B$340"
            + " | Coverage!$G$4 Coverage!$G$5:$G$340 Coverage!$B$5:$B$340",
        "Line 3: requirement and coverage | Coverage!$I$4 Coverage!$I$5:$I$340 Coverage!$B$5:$B$340"
            + " | Coverage!$J$4 Coverage!$J$5:$J$340 Coverage!$B$5:$B$340"), described);
  }

  @Test
  void theShortIntervalShowsAsUnder() {
    WorkbookView.Table t = book.table("Coverage");
    assertEquals("Mon 13:30", t.text(PlanningFixture.SHORT_INTERVAL, "Interval"));
    assertEquals(1.0, t.number(PlanningFixture.SHORT_INTERVAL, "Line 1 under"));
    assertEquals(duck.number("select sum(under) from " + table("rota", "rota_coverage")), 1.0);
  }

  @Test
  void theRotationIsPivotedByDay() {
    WorkbookView.Table t = book.table("Rotation");
    // Rows: line 1 slot 1 week 1, slot 1 week 2, slot 2 week 1, slot 2 week 2.
    assertEquals(4, t.rows());
    assertEquals(PlanningFixture.EARLY, t.text(0, "Mon"));
    assertEquals("off", t.text(0, "Sat"));
    assertEquals("off", t.text(1, "Mon"));
    assertEquals(PlanningFixture.EARLY, t.text(1, "Sun"));
    assertEquals(0.5, t.number(0, "Weekend share"));
    assertEquals(1, book.book.getSheet(PlanningWorkbook.ROTATION).getSheetConditionalFormatting()
        .getNumConditionalFormattings());
  }

  @Test
  void theOverviewJoinsStaffingAndRota() {
    WorkbookView.Table t = book.table("Overview");
    int line1 = t.rowOf("Line 1");
    assertEquals(duck.number("select max(scheduled_agents) from " + table("staffing", "staffing_by_line") + " where tier = 1"),
        t.number(line1, "Peak scheduled"));
    assertEquals(42.0, t.number(line1, "Rota agents"));
    assertEquals("OPTIMAL", t.text(line1, "Rota status"));
  }

  @Test
  void theBaselineScenarioIsTheStaffingStagesOwn() {
    var sheet = book.book.getSheet(PlanningWorkbook.WHAT_IF);
    WorkbookView.Table t = book.table("WhatIf");
    int asStaffedRow = t.table.getEndCellReference().getRow() + 1;
    String byLine = table("staffing", "staffing_by_line");
    for (int line = 1; line <= 3; line++) {
      int base = line - 1;
      var staffed = sheet.getRow(asStaffedRow + line - 1);
      assertEquals(WhatIfSheet.AS_STAFFED, staffed.getCell(0).getStringCellValue());
      for (String column : List.of("Peak required", "Peak scheduled", "Required agent-hours", "Scheduled agent-hours")) {
        assertEquals(staffed.getCell(t.column(column)).getNumericCellValue(), t.number(base, column),
            line + " " + column);
      }
      // And both are staffing_by_line's, by DuckDB.
      assertEquals(duck.number("select sum(scheduled_agents * interval_minutes / 60.0) from " + byLine
          + " where tier = " + line), t.number(base, "Scheduled agent-hours"));
      assertEquals(duck.number("select max(required_agents) from " + byLine + " where tier = " + line),
          t.number(base, "Peak required"));
    }
    // Seven scenarios × three lines; no note that the baseline differs (it would sit two rows below).
    assertEquals(21, t.rows());
    assertEquals(null, sheet.getRow(asStaffedRow + 4));
  }

  @Test
  void aBaselineThatDiffersFromTheStaffingStageIsSaid() {
    // The staffing stage ran with 30% shrinkage on every line; the workbook is told 35%.
    Path file = root.resolve("other-settings.xlsx");
    PlanningSettings s = settings(file);
    PlanningWorkbook.write(new PlanningSettings(s.forecast(), s.staffing(), s.rota(), s.out(), s.week(),
        s.staffingConfig().withShrinkageMovedBy(new java.math.BigDecimal("0.05")), s.calendars()));
    try (WorkbookView w = new WorkbookView(file)) {
      var sheet = w.book.getSheet(PlanningWorkbook.WHAT_IF);
      int note = w.table("WhatIf").table.getEndCellReference().getRow() + 1 + 3 + 1;
      assertEquals("The baseline differs from staffing_by_line on line 1, 2, 3: the staffing stage sized another "
          + "forecast, or used other settings than --staffing-config and --calendars.",
          sheet.getRow(note).getCell(0).getStringCellValue());
    }
  }

  @Test
  void moreShrinkageNeverNeedsFewerHours() {
    WorkbookView.Table t = book.table("WhatIf");
    for (int r = 0; r < t.rows(); r++) {
      if (t.text(r, "Scenario").equals("Shrinkage +5 pts")) {
        assertEquals(1.0, Math.signum(t.number(r, "Change in scheduled hours")), "row " + r);
      }
    }
  }

  @Test
  void twoRunsWriteTheSameCells() {
    Path again = root.resolve("again.xlsx");
    PlanningWorkbook.write(settings(again));
    try (WorkbookView second = new WorkbookView(again)) {
      assertEquals(book.contents(), second.contents());
    }
  }

  /** The workbook of only the stages named (the others point at an empty folder). */
  static WorkbookView withStages(String file, String... stages) {
    List<String> present = List.of(stages);
    Path[] folders = java.util.stream.Stream.of("forecast", "staffing", "rota")
        .map(s -> root.resolve(present.contains(s) ? s : "none")).toArray(Path[]::new);
    Path out = root.resolve(file);
    PlanningWorkbook.write(new PlanningSettings(folders[0], folders[1], folders[2], Optional.of(out), Optional.empty(),
        PlanningFixture.CONFIG, PlanningFixture.CALENDARS));
    return new WorkbookView(out);
  }

  @Test
  void aMissingStageIsSaidInPlace() {
    try (WorkbookView w = withStages("forecast-only.xlsx", "forecast")) {
      assertEquals("No rota_coverage table (--rota): run the rota stage first.",
          w.book.getSheet(PlanningWorkbook.COVERAGE).getRow(3).getCell(0).getStringCellValue());
      // The what-if needs the forecast only: the scenarios are there, without the staffing stage's rows below.
      WorkbookView.Table t = w.table("WhatIf");
      assertEquals(21, t.rows());
      assertEquals(null, w.book.getSheet(PlanningWorkbook.WHAT_IF).getRow(t.table.getEndCellReference().getRow() + 1));
    }
  }

  @Test
  void withoutAForecastTheWhatIfSaysSo() {
    try (WorkbookView w = withStages("no-forecast.xlsx", "staffing", "rota")) {
      assertEquals("No forecast table (--forecast): the scenarios re-run the staffing stage on it.",
          w.book.getSheet(PlanningWorkbook.WHAT_IF).getRow(3).getCell(0).getStringCellValue());
    }
  }
}
