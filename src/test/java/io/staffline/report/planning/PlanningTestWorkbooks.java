package io.staffline.report.planning;

import java.nio.file.Path;

/** The planners' workbook from {@link PlanningFixture}'s tables, for tests outside this package. */
public final class PlanningTestWorkbooks {
  private PlanningTestWorkbooks() {}

  public static Path write(Path inputs, Path workbook) {
    PlanningFixture.write(inputs);
    return PlanningWorkbook.write(PlanningFixture.settings(inputs, workbook)).file();
  }
}
