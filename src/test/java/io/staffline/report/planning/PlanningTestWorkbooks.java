package io.staffline.report.planning;

import java.nio.file.Path;
import java.util.Optional;

/** The planners' workbook from {@link PlanningFixture}'s tables, for tests outside this package. */
public final class PlanningTestWorkbooks {
  private PlanningTestWorkbooks() {}

  public static Path write(Path inputs, Path workbook) {
    PlanningFixture.write(inputs);
    return PlanningWorkbook.write(new PlanningSettings(inputs.resolve("forecast"), inputs.resolve("staffing"),
        inputs.resolve("rota"), Optional.of(workbook), Optional.empty(), PlanningFixture.STAFFED_WITH)).file();
  }
}
