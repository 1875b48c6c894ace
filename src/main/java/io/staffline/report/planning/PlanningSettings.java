package io.staffline.report.planning;

import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.report.IsoWeek;
import io.staffline.staffing.StaffingConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code staffline report planning} reads and writes. Defaults (the command's options,
 * documented in docs/reports.md): out/forecast, out/staffing, out/rota, the file
 * out/reports/planning-&lt;week&gt;.xlsx, the week the staffing tables plan; the staffing stage's
 * settings, jobs/staffing.yaml and jobs/calendars.yaml, which the what-if re-runs the engine with.
 */
public record PlanningSettings(Path forecast, Path staffing, Path rota, Optional<Path> out, Optional<IsoWeek> week,
    StaffingConfig staffingConfig, TeamCalendars calendars) {
  public static final Path REPORTS = Path.of("out", "reports");

  public Path outFor(IsoWeek planned) {
    return out.orElse(REPORTS.resolve("planning-" + planned + ".xlsx"));
  }
}
