package io.staffline.report.weekly;

import io.staffline.report.IsoWeek;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code staffline report weekly} reads and writes. Defaults (one place: the command's
 * options, documented in docs/reports.md): metrics out/metrics, lake out/lake, forecast
 * out/forecast, the file out/reports/weekly-&lt;week&gt;.xlsx, the latest complete week, 50 breaches.
 *
 * @param week the week to report, or empty for the latest complete week at the metrics' as-of
 * @param out the workbook to write, or empty for out/reports/weekly-&lt;week&gt;.xlsx
 * @param worstBreaches how many SLA breaches the breaches sheet lists
 */
public record WeeklySettings(Path metrics, Path lake, Path forecast, Optional<Path> out, Optional<IsoWeek> week,
    int worstBreaches) {
  public static final Path REPORTS = Path.of("out", "reports");

  public WeeklySettings {
    if (worstBreaches < 1) {
      throw new IllegalArgumentException("--breaches must be at least 1, got " + worstBreaches);
    }
  }

  /** The file for {@code week}: {@code out} if given, else out/reports/weekly-2026-W46.xlsx. */
  public Path outFor(IsoWeek reported) {
    return out.orElse(REPORTS.resolve("weekly-" + reported + ".xlsx"));
  }
}
