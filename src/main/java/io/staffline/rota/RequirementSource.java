package io.staffline.rota;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Where the week's requirements come from: the staffing stage, or a standalone CSV file. */
public sealed interface RequirementSource {
  /** The requirement of every line to plan, on one grid. */
  List<WeekRequirement> read(ZoneId zone);

  /**
   * {@code staffing_by_line} of the staffing stage.
   *
   * @param dir the staffing output folder (its {@code current/})
   * @param week Monday of the week to plan; empty: the first complete week of the lines
   * @param tier the line to plan; empty: every line in the table
   */
  record Staffing(Path dir, Optional<LocalDate> week, Optional<Integer> tier) implements RequirementSource {
    @Override
    public List<WeekRequirement> read(ZoneId zone) {
      StaffingByLine table = StaffingByLine.read(dir);
      Set<Integer> tiers = tier.map(Set::of).orElse(new TreeSet<>(table.tiers()));
      LocalDate monday = week.orElseGet(() -> table.firstCompleteWeek(zone, tiers).orElseThrow(
          () -> new IllegalArgumentException(StaffingByLine.NAME + " in " + dir + " holds no complete week (Monday 00:00"
              + " to Sunday 24:00 in " + zone + ") for line " + tiers)));
      WeekGrid grid = new WeekGrid(zone, monday, table.intervalMinutes());
      List<WeekRequirement> lines = new ArrayList<>();
      for (int t : new TreeSet<>(tiers)) {
        lines.add(table.week(t, grid));
      }
      return lines;
    }
  }

  /**
   * A CSV file {@code interval_start,requirement} ({@link RequirementsCsv}).
   *
   * @param tier the line it is for (0: none; levels then come from no roster)
   */
  record Csv(Path file, int tier) implements RequirementSource {
    @Override
    public List<WeekRequirement> read(ZoneId zone) {
      return List.of(RequirementsCsv.read(file, zone, tier));
    }
  }
}
