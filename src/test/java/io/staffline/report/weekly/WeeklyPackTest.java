package io.staffline.report.weekly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.report.Duck;
import io.staffline.report.IsoWeek;
import io.staffline.report.ReportFixture;
import io.staffline.report.WorkbookView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;

/**
 * The weekly pack written from real metrics tables (generated traffic, ingested and measured by the
 * production jobs), reopened with POI and compared with DuckDB queries over the same Parquet.
 */
class WeeklyPackTest {
  static final IsoWeek WEEK = ReportFixture.LAST_WEEK;
  static final String MONDAY = "date '2026-11-09'";
  static final String WEEK_FROM = "timestamptz '2026-11-09 00:00:00+00'";
  static final String WEEK_TO = "timestamptz '2026-11-16 00:00:00+00'";
  /** W35..W46: the reported week is the 12th and last row of the trend. */
  static final int LAST_TREND_ROW = 11;
  static final double MINUTES_PER_DAY = 1440;
  /** The 95% two-sided normal critical value, as the metrics' Wilson interval uses it. */
  static final double Z95 = 1.959963984540054;

  @TempDir static Path out;
  static ReportFixture fixture;
  static WeeklyPack.Result result;
  static WorkbookView pack;
  static Duck duck;

  @BeforeAll
  static void writeThePack() {
    fixture = ReportFixture.get();
    result = WeeklyPack.write(settings(out.resolve("pack.xlsx"), Optional.empty()));
    pack = new WorkbookView(result.file());
    duck = new Duck();
  }

  @AfterAll
  static void close() {
    pack.close();
    duck.close();
  }

  static WeeklySettings settings(Path file, Optional<IsoWeek> week) {
    return new WeeklySettings(fixture.metrics, fixture.lake, out.resolve("no-forecast"), Optional.of(file), week, 50);
  }

  String kpi() {
    return fixture.parquet("kpi_weekly");
  }

  String facts() {
    return fixture.parquet("ticket_facts");
  }

  Double line1Sum(String column) {
    return duck.number("select sum(" + column + ") from " + kpi() + " where tier = 1 and period_start = " + MONDAY);
  }

  Double trendCell(String header) {
    WorkbookView.Table t = pack.table(TrendSheet.TABLE);
    var c = t.cell(LAST_TREND_ROW, header);
    return c.getCellType() == CellType.BLANK ? null : c.getNumericCellValue();
  }

  /** The number in a Summary tile's value cell (tile i of Kpi.values()). */
  double tile(Kpi kpi) {
    int i = kpi.ordinal();
    int top = SummarySheet.FIRST_TILE_ROW + (i / SummarySheet.TILES_PER_ROW) * SummarySheet.TILE_ROWS;
    int left = (i % SummarySheet.TILES_PER_ROW) * SummarySheet.TILE_COLUMNS;
    return pack.book.getSheet(WeeklyPack.SUMMARY).getRow(top + 1).getCell(left).getNumericCellValue();
  }

  @Test
  void theDefaultWeekIsTheLastCompleteOne() {
    assertEquals(WEEK, result.week());
  }

  @Test
  void sheetsComeInThePacksOrder() {
    assertEquals(WeeklyPack.SHEETS, pack.sheetNames());
  }

  @Test
  void countsEqualTheLine1RowsOfKpiWeekly() {
    assertEquals(line1Sum("created_tickets"), trendCell(Kpi.CREATED.header()));
    assertEquals(line1Sum("solved_tickets"), trendCell(Kpi.SOLVED.header()));
    assertEquals(line1Sum("created_tickets"), tile(Kpi.CREATED));
  }

  @Test
  void backlogIsTheSnapshotOfAllLines() {
    Double all = duck.number("select sum(backlog_end) from " + kpi() + " where period_start = " + MONDAY);
    Double sunday = duck.number("select sum(open_tickets) from " + fixture.parquet("backlog_daily")
        + " where date = date '2026-11-15'");
    assertEquals(sunday, all);
    assertEquals(all, trendCell(Kpi.BACKLOG_END.header()));
  }

  @Test
  void firstReplyPercentilesAreExactOverTheLine1Tickets() {
    String sample = " from " + facts() + " where (entered_line_1 or entry_tier = 1) and created_at >= " + WEEK_FROM
        + " and created_at < " + WEEK_TO;
    assertEquals(duck.number("select quantile_cont(first_reply_minutes, 0.5)" + sample) / MINUTES_PER_DAY,
        trendCell(Kpi.FIRST_REPLY_P50.header()));
    assertEquals(duck.number("select quantile_cont(first_reply_minutes, 0.9)" + sample) / MINUTES_PER_DAY,
        trendCell(Kpi.FIRST_REPLY_P90.header()));
    assertEquals(duck.number("select quantile_cont(first_reply_minutes, 0.5)" + sample) / MINUTES_PER_DAY,
        tile(Kpi.FIRST_REPLY_P50));
  }

  @Test
  void resolutionPercentilesAreOverTheTicketsFirstSolvedInTheWeek() {
    String sample = " from " + facts() + " where (entered_line_1 or entry_tier = 1) and first_resolution_at >= "
        + WEEK_FROM + " and first_resolution_at < " + WEEK_TO;
    assertEquals(duck.number("select quantile_cont(first_resolution_minutes, 0.5)" + sample) / MINUTES_PER_DAY,
        trendCell(Kpi.RESOLUTION_P50.header()));
    assertEquals(duck.number("select quantile_cont(first_resolution_minutes, 0.9)" + sample) / MINUTES_PER_DAY,
        trendCell(Kpi.RESOLUTION_P90.header()));
  }

  @Test
  void slaAttainmentIsMetOverMetAndBreached() {
    double met = line1Sum("sla_first_reply_met");
    double breached = line1Sum("sla_first_reply_breached");
    assertEquals(met / (met + breached), trendCell(Kpi.SLA_FIRST_REPLY.header()));
    double resMet = line1Sum("sla_resolution_met");
    double resBreached = line1Sum("sla_resolution_breached");
    assertEquals(resMet / (resMet + resBreached), trendCell(Kpi.SLA_RESOLUTION.header()));
  }

  @Test
  void escalationRatesComeFromTheirLinesRows() {
    assertEquals(line1Sum("escalated_up") / line1Sum("created_tickets"), trendCell(Kpi.ESCALATION_1_2.header()));
    Double up = duck.number("select sum(escalated_up) from " + kpi() + " where tier = 2 and period_start = " + MONDAY);
    Double reached = duck.number("select sum(created_tickets) from " + kpi() + " where tier = 2 and period_start = "
        + MONDAY);
    assertEquals(up / reached, trendCell(Kpi.ESCALATION_2_3.header()));
  }

  @Test
  void firstLineResolutionIsEmptyWhileUndecidedAndARateBefore() {
    assertEquals(0.0, line1Sum("flr_decided"));
    assertNull(trendCell(Kpi.FIRST_LINE_RESOLUTION.header()));
    WorkbookView.Table t = pack.table(TrendSheet.TABLE);
    Double resolved = duck.number("select sum(flr_resolved) from " + kpi() + " where tier = 1 and period_start = "
        + "date '2026-11-02'");
    Double decided = duck.number("select sum(flr_decided) from " + kpi() + " where tier = 1 and period_start = "
        + "date '2026-11-02'");
    assertEquals(resolved / decided, t.number(LAST_TREND_ROW - 1, Kpi.FIRST_LINE_RESOLUTION.header()));
  }

  @Test
  void reopenRateIsReopenedOverSolved() {
    assertEquals(line1Sum("reopened_tickets") / line1Sum("solved_tickets"), trendCell(Kpi.REOPEN_RATE.header()));
  }

  @Test
  void csatCarriesItsWilsonInterval() {
    double good = line1Sum("csat_good");
    double n = line1Sum("csat_rated");
    double p = good / n;
    double centre = (p + Z95 * Z95 / (2 * n)) / (1 + Z95 * Z95 / n);
    double half = Z95 * Math.sqrt(p * (1 - p) / n + Z95 * Z95 / (4 * n * n)) / (1 + Z95 * Z95 / n);
    assertEquals(p, trendCell(Kpi.CSAT.header()));
    assertEquals(centre - half, trendCell(TrendSheet.CSAT_LOW), 1e-12);
    assertEquals(centre + half, trendCell(TrendSheet.CSAT_HIGH), 1e-12);
    assertEquals(n, trendCell(TrendSheet.RATINGS));
  }

  @Test
  void theTrendHoldsTwelveWeeksEndingWithTheReportedOne() {
    WorkbookView.Table t = pack.table(TrendSheet.TABLE);
    List<String> weeks = new ArrayList<>();
    for (int r = 0; r < t.rows(); r++) {
      weeks.add(t.text(r, TrendSheet.WEEK));
    }
    assertEquals(List.of("2026-W35", "2026-W36", "2026-W37", "2026-W38", "2026-W39", "2026-W40", "2026-W41",
        "2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46"), weeks);
  }

  @Test
  void theChangeTileIsThisWeekMinusThePrevious() {
    WorkbookView.Table t = pack.table(TrendSheet.TABLE);
    double change = t.number(LAST_TREND_ROW, Kpi.CREATED.header()) - t.number(LAST_TREND_ROW - 1, Kpi.CREATED.header());
    int top = SummarySheet.FIRST_TILE_ROW;
    assertEquals(change, pack.book.getSheet(WeeklyPack.SUMMARY).getRow(top + 2).getCell(0).getNumericCellValue());
  }

  /** Chart title, axis titles and, per series, its name cell, values and categories. */
  static List<String> describe(XSSFChart chart) {
    CTPlotArea plot = chart.getCTChart().getPlotArea();
    List<String> out = new ArrayList<>();
    out.add(chart.getTitleText().getString());
    out.add(plot.getCatAxArray(0).getTitle().getTx().getRich().getPArray(0).getRArray(0).getT() + " / "
        + plot.getValAxArray(0).getTitle().getTx().getRich().getPArray(0).getRArray(0).getT());
    for (var bar : plot.getBarChartList()) {
      for (var s : bar.getSerList()) {
        out.add(s.getTx().getStrRef().getF() + " " + s.getVal().getNumRef().getF() + " " + s.getCat().getStrRef().getF());
      }
    }
    for (var line : plot.getLineChartList()) {
      for (var s : line.getSerList()) {
        out.add(s.getTx().getStrRef().getF() + " " + s.getVal().getNumRef().getF() + " " + s.getCat().getStrRef().getF());
      }
    }
    return out;
  }

  @Test
  void theSummaryChartsDrawTheTrendTable() {
    List<XSSFChart> charts = pack.book.getSheet(WeeklyPack.SUMMARY).getDrawingPatriarch().getCharts();
    // Trend table: header row 4 (index 3), weeks in rows 5..16; Week in A, Created C, Solved D, FR p50 F ...
    String weeks = "Trends!$A$5:$A$16";
    assertEquals(List.of(
        List.of("Tickets created and solved", "ISO week / tickets",
            "Trends!$C$4 Trends!$C$5:$C$16 " + weeks, "Trends!$D$4 Trends!$D$5:$D$16 " + weeks),
        List.of("First reply time", "ISO week / hours:minutes",
            "Trends!$F$4 Trends!$F$5:$F$16 " + weeks, "Trends!$G$4 Trends!$G$5:$G$16 " + weeks),
        List.of("Resolution time", "ISO week / hours:minutes",
            "Trends!$H$4 Trends!$H$5:$H$16 " + weeks, "Trends!$I$4 Trends!$I$5:$I$16 " + weeks),
        List.of("SLA attainment", "ISO week / share of targets met",
            "Trends!$J$4 Trends!$J$5:$J$16 " + weeks, "Trends!$K$4 Trends!$K$5:$K$16 " + weeks),
        List.of("Escalation rates", "ISO week / share of tickets escalated",
            "Trends!$L$4 Trends!$L$5:$L$16 " + weeks, "Trends!$M$4 Trends!$M$5:$M$16 " + weeks),
        List.of("CSAT with its 95% interval", "ISO week / share of ratings good",
            "Trends!$P$4 Trends!$P$5:$P$16 " + weeks, "Trends!$Q$4 Trends!$Q$5:$Q$16 " + weeks,
            "Trends!$R$4 Trends!$R$5:$R$16 " + weeks)),
        charts.stream().map(WeeklyPackTest::describe).toList());
  }

  @Test
  void theLineMatrixIsTheWeeksTierFlows() {
    WorkbookView.Table t = pack.table("LineMoves");
    for (int from = 1; from <= 3; from++) {
      for (int to = 1; to <= 3; to++) {
        if (from != to) {
          Double moves = duck.number("select coalesce(sum(transitions), 0) from " + fixture.parquet("tier_flows")
              + " where flow = 'line' and week_start = " + MONDAY + " and from_value = '" + from + "' and to_value = '"
              + to + "'");
          assertEquals(moves, t.number(from - 1, "To line " + to), from + " → " + to);
        }
      }
    }
  }

  @Test
  void teamRatesAreTheirLine1Rows() {
    WorkbookView.Table t = pack.table("Teams");
    List<String> expected = duck.rows("select team, sum(created_tickets), sum(escalated_up) from " + kpi()
        + " where tier = 1 and period_start = " + MONDAY + " group by team order by team");
    List<String> actual = new ArrayList<>();
    for (int r = 0; r < t.rows(); r++) {
      actual.add(t.text(r, "Entry team") + " | " + (long) t.number(r, "Created") + " | "
          + (long) t.number(r, "Escalated 1 → 2"));
    }
    assertEquals(expected, actual);
  }

  @Test
  void everyAgentOfTheWeekHasARowWithItsOwnFigures() {
    WorkbookView.Table t = pack.table("AgentLoad");
    String load = fixture.parquet("agent_load") + " where period = 'week' and period_start = " + MONDAY;
    assertEquals(duck.number("select count(*) from " + load), (double) t.rows());
    String agent = t.text(0, "Agent");
    assertEquals(duck.number("select tickets_solved from " + load + " and agent_key = '" + agent + "'"),
        t.number(0, "Tickets solved"));
    assertEquals(duck.number("select handle_hours from " + load + " and agent_key = '" + agent + "'"),
        t.number(0, "Handle hours"));
  }

  @Test
  void theAgentSheetIsHeatMapped() {
    var cf = pack.book.getSheet(WeeklyPack.AGENTS).getSheetConditionalFormatting();
    assertEquals(AgentLoadSheet.HEAT_COLUMNS.length + 2, cf.getNumConditionalFormattings());
  }

  @Test
  void loadBalanceIsTheWeeksTeamLoadBalance() {
    WorkbookView.Table t = pack.table("LoadBalance");
    String rows = fixture.parquet("team_load_balance") + " where week_start = " + MONDAY;
    assertEquals(duck.number("select count(*) from " + rows), (double) t.rows());
    assertEquals(duck.number("select solved_gini from " + rows + " order by team, tier limit 1"), t.number(0, "Solved Gini"));
  }

  @Test
  void breachesAreWorstFirstAndCountedLikeTheAttainment() {
    WorkbookView.Table t = pack.table("SlaBreaches");
    String firstReply = "select ticket_id, sla_first_reply_over_minutes as over from " + facts()
        + " where (entered_line_1 or entry_tier = 1) and created_at >= " + WEEK_FROM + " and created_at < " + WEEK_TO
        + " and sla_first_reply_outcome in ('breached', 'breached_running')";
    String resolution = "select ticket_id, sla_resolution_over_minutes as over from " + facts()
        + " where (entered_line_1 or entry_tier = 1) and first_resolution_at >= " + WEEK_FROM
        + " and first_resolution_at < " + WEEK_TO + " and sla_resolution_outcome in ('breached', 'breached_running')";
    assertEquals(line1Sum("sla_first_reply_breached") + line1Sum("sla_resolution_breached"),
        duck.number("select count(*) from (" + firstReply + " union all " + resolution + ")"));
    List<String> worst = duck.rows("select ticket_id from (" + firstReply + " union all " + resolution
        + ") order by over desc, ticket_id limit 3");
    assertEquals(worst, List.of(t.text(0, "Ticket"), t.text(1, "Ticket"), t.text(2, "Ticket")));
    assertEquals(50, t.rows());
  }

  @Test
  void backlogAgeingIsTheSundaySnapshot() {
    WorkbookView.Table t = pack.table("BacklogByLine");
    for (int line = 1; line <= 3; line++) {
      int row = t.rowOf("Line " + line);
      assertEquals(duck.number("select sum(open_tickets) from " + fixture.parquet("backlog_daily")
          + " where date = date '2026-11-15' and tier = " + line), t.number(row, "Total"));
    }
  }

  @Test
  void dataQualityAccountsForEveryInputRow() {
    WorkbookView.Table t = pack.table("InputFiles");
    Double read = duck.number("select sum(rows_read) from read_parquet('" + fixture.lake + "/current/manifest/*.parquet')");
    double sheet = 0;
    for (int r = 0; r < t.rows(); r++) {
      sheet += t.number(r, "Rows read");
    }
    assertEquals(read, sheet);
  }

  @Test
  void withoutForecastTheSheetSaysSo() {
    var cell = pack.book.getSheet(WeeklyPack.FORECAST).getRow(3).getCell(0);
    assertTrue(cell.getStringCellValue().startsWith("No forecast: there is no forecast table in "), cell.toString());
  }

  @Test
  void everyKpiIsDefined() {
    WorkbookView.Table t = pack.table("Definitions");
    for (Kpi k : Kpi.values()) {
      int row = t.rowOf("Summary, Trends") + k.ordinal();
      assertEquals(k.label(), t.text(row, "Figure"));
      assertEquals(k.definition(), t.text(row, "Definition"));
    }
  }

  @Test
  void theDocumentIsDatedByTheMetricsNotTheClock() {
    assertEquals(java.util.Date.from(fixture.asOf), pack.book.getProperties().getCoreProperties().getCreated());
  }

  @Test
  void twoRunsWriteTheSameCells() {
    Path again = out.resolve("again.xlsx");
    WeeklyPack.write(settings(again, Optional.empty()));
    try (WorkbookView second = new WorkbookView(again)) {
      assertEquals(pack.contents(), second.contents());
    }
  }

  @Test
  void aWeekStillRunningIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WeeklyPack.write(settings(out.resolve("w47.xlsx"), Optional.of(IsoWeek.parse("2026-W47")))));
    assertEquals("week 2026-W47 (16–22 Nov 2026) is not complete: the metrics are as of 2026-11-16 00:00 UTC; "
        + "the latest complete week is 2026-W46 (weeks in the metrics: 2026-W34 to 2026-W46)", e.getMessage());
  }

  @Test
  void anEarlierWeekCanBeAskedFor() {
    WeeklyPack.Result r = WeeklyPack.write(settings(out.resolve("w40.xlsx"), Optional.of(IsoWeek.parse("2026-W40"))));
    try (WorkbookView w = new WorkbookView(r.file())) {
      WorkbookView.Table t = w.table(TrendSheet.TABLE);
      // W34 is the first week of data: W34..W40 is 7 weeks, not 12.
      assertEquals(7, t.rows());
      assertEquals(duck.number("select sum(created_tickets) from " + kpi()
          + " where tier = 1 and period_start = date '2026-09-28'"), t.number(6, Kpi.CREATED.header()));
    }
  }
}
