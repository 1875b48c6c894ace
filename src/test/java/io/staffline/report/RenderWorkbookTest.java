package io.staffline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.staffline.report.planning.PlanningTestWorkbooks;
import io.staffline.report.weekly.WeeklyPack;
import io.staffline.report.weekly.WeeklySettings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both workbooks open in LibreOffice: bin/render-workbook converts each to PDF (every sheet printed
 * with the workbook's page set-up) and renders page 1 to PNG. Skipped only where soffice is not
 * installed (CI installs libreoffice-calc and poppler-utils).
 */
class RenderWorkbookTest {
  /** A4 landscape at 60 dpi: 842 × 595 points → 702 × 497 pixels. */
  static final int PAGE_WIDTH_PX = 702;
  static final int PAGE_HEIGHT_PX = 497;

  @TempDir static Path out;

  @BeforeAll
  static void needsLibreOffice() {
    assumeTrue(onPath("soffice") && onPath("pdftoppm") && onPath("pdfinfo"),
        "soffice/pdftoppm not installed: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils");
  }

  static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + command);
    assertEquals(0, p.exitValue(), command + " said: " + output);
    return output;
  }

  static int pages(Path pdf) throws IOException, InterruptedException {
    for (String line : run(List.of("pdfinfo", pdf.toString())).split("\n")) {
      if (line.startsWith("Pages:")) {
        return Integer.parseInt(line.substring("Pages:".length()).trim());
      }
    }
    throw new AssertionError("pdfinfo gave no page count for " + pdf);
  }

  /** Width and height of a PNG, from its IHDR chunk. */
  static int[] pngSize(Path png) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(png));
    return new int[] {b.getInt(16), b.getInt(20)};
  }

  void rendersWithAPagePerSheetAtLeast(Path workbook, int sheets, String firstLine) throws Exception {
    Path dir = out.resolve(workbook.getFileName() + "-render");
    run(List.of("bin/render-workbook", workbook.toString(), dir.toString()));
    String base = workbook.getFileName().toString().replace(".xlsx", "");
    Path pdf = dir.resolve(base + ".pdf");
    int pages = pages(pdf);
    assertTrue(pages >= sheets, pages + " pages for " + sheets + " sheets");
    String page1 = run(List.of("pdftotext", "-f", "1", "-l", "1", pdf.toString(), "-"));
    assertTrue(page1.contains(firstLine), page1);
    assertEquals(List.of(PAGE_WIDTH_PX, PAGE_HEIGHT_PX),
        java.util.Arrays.stream(pngSize(dir.resolve(base + "-1.png"))).boxed().toList());
  }

  @Test
  void theWeeklyPackPrintsInLibreOffice() throws Exception {
    ReportFixture f = ReportFixture.get();
    Path pack = WeeklyPack.write(new WeeklySettings(f.metrics, f.lake, out.resolve("none"),
        Optional.of(out.resolve("weekly.xlsx")), Optional.empty(), 50)).file();
    rendersWithAPagePerSheetAtLeast(pack, WeeklyPack.SHEETS.size(), "Weekly support pack — 2026-W46");
  }

  @Test
  void thePlanningWorkbookPrintsInLibreOffice() throws Exception {
    Path workbook = PlanningTestWorkbooks.write(out.resolve("planning-inputs"), out.resolve("planning.xlsx"));
    rendersWithAPagePerSheetAtLeast(workbook, io.staffline.report.planning.PlanningWorkbook.SHEETS.size(),
        "Planning workbook — 2026-W47");
  }
}
