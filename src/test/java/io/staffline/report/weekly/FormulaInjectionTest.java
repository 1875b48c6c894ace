package io.staffline.report.weekly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.staffline.report.ReportFixture;
import io.staffline.report.WorkbookView;
import io.staffline.tables.ParquetTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A team named like a formula — in the metrics, the roster and the facts — ends up as text: a
 * string cell holding exactly the name, marked quote-prefixed, and no formula cell anywhere.
 */
class FormulaInjectionTest {
  static final String TEAM = "billing";
  static final String HOSTILE = "=HYPERLINK(\"http://x\",\"y\")";
  /** Table → the text columns that carry the team. */
  static final Map<String, List<String>> METRICS_TEAM_COLUMNS = Map.of(
      "kpi_weekly", List.of("team"), "ticket_facts", List.of("entry_team", "final_team"),
      "team_load_balance", List.of("team"), "backlog_daily", List.of("team"), "arrivals", List.of("team"),
      "agent_load", List.of(), "tier_flows", List.of("from_value", "to_value"), "tier_dwell", List.of(),
      "kpi_daily", List.of("team"));

  @TempDir static Path root;
  static Path pack;

  @BeforeAll
  static void writeAPackWithAHostileTeamName() throws IOException {
    ReportFixture f = ReportFixture.get();
    Path metrics = root.resolve("metrics");
    Path lake = root.resolve("lake");
    METRICS_TEAM_COLUMNS.forEach((table, columns) -> copyRenaming(f.metricsTable(table),
        metrics.resolve("current").resolve(table), columns));
    copyRenaming(f.lake.resolve("current").resolve("agents"), lake.resolve("current").resolve("agents"), List.of("team"));
    copyRenaming(f.lake.resolve("current").resolve("quarantine"), lake.resolve("current").resolve("quarantine"), List.of());
    Files.copy(f.lake.resolve("current").resolve("manifest.json"), lake.resolve("current").resolve("manifest.json"));
    pack = WeeklyPack.write(new WeeklySettings(metrics, lake, root.resolve("none"), Optional.of(root.resolve("p.xlsx")),
        Optional.empty(), 50)).file();
  }

  static void copyRenaming(Path from, Path to, List<String> columns) {
    Table t = ParquetTables.read(from);
    for (String c : columns) {
      StringColumn s = t.stringColumn(c);
      for (int r = 0; r < s.size(); r++) {
        if (TEAM.equals(s.get(r))) {
          s.set(r, HOSTILE);
        }
      }
    }
    ParquetTables.write(t, to);
  }

  @Test
  void theHostileNameIsQuotePrefixedTextWhereverItAppears() {
    List<String> places = new ArrayList<>();
    try (WorkbookView w = new WorkbookView(pack)) {
      for (var sheet : w.book) {
        for (Row row : sheet) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(HOSTILE)) {
              assertTrue(c.getCellStyle().getQuotePrefixed(), sheet.getSheetName() + " " + c.getAddress());
              assertEquals("@", c.getCellStyle().getDataFormatString(), sheet.getSheetName() + " " + c.getAddress());
              places.add(sheet.getSheetName());
            }
          }
        }
      }
    }
    // By entry team (Lines), every billing agent (Agent load), its balance rows, backlog by team, breaches.
    assertEquals(List.of("Lines & escalations", "Agent load", "SLA breaches", "Backlog ageing"),
        places.stream().distinct().toList());
  }

  @Test
  void noCellOfThePackIsAFormula() {
    try (WorkbookView w = new WorkbookView(pack)) {
      for (var sheet : w.book) {
        for (Row row : sheet) {
          for (Cell c : row) {
            assertTrue(c.getCellType() != CellType.FORMULA, sheet.getSheetName() + " " + c.getAddress());
          }
        }
      }
    }
  }

  @Test
  void theTeamRowKeepsItsFigures() {
    try (WorkbookView w = new WorkbookView(pack)) {
      WorkbookView.Table teams = w.table("Teams");
      // Teams are sorted by name: "=HYPERLINK…" sorts before "accounts".
      assertEquals(HOSTILE, teams.text(0, "Entry team"));
    }
  }
}
