package io.staffline.job;

import io.staffline.rota.WeekGrid;
import io.staffline.rota.WeekRequirement;
import io.staffline.staffing.ErlangC;
import io.staffline.staffing.ServiceLevelTarget;
import io.staffline.staffing.Shrinkage;
import io.staffline.staffing.StaffingTarget;
import io.staffline.staffing.Workload;
import io.staffline.tables.ParquetTables;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * The rota benchmark's requirement (docs/rota.md §benchmark): one line's arrivals from the metrics
 * table {@code arrivals}, averaged per wall-clock interval of the week over the complete local weeks,
 * pooled as one Erlang C queue with the line's mean handle time, sized for 80% answered within
 * 20 s and scheduled with 30% shrinkage. A realistic 24/7 profile, not a staffing plan: the
 * staffing stage models channels and backlogs properly.
 */
final class RotaBenchmarkProfile {
  static final ServiceLevelTarget TARGET = ServiceLevelTarget.of(0.8, 20);
  static final double SHRINKAGE = 0.3;

  private RotaBenchmarkProfile() {}

  /**
   * @param weeks complete weeks averaged
   * @param ahtSeconds the line's mean handle time
   */
  record Profile(WeekRequirement requirement, int weeks, double ahtSeconds) {}

  static Profile of(Path arrivals, int tier, ZoneId zone) {
    Table t = ParquetTables.read(arrivals, Set.of("interval_start", "interval_minutes", "tier", "arrivals",
        "handled_events", "handle_seconds"));
    Instant first = Instant.MAX;
    Instant last = Instant.MIN;
    int minutes = 0;
    for (int r = 0; r < t.rowCount(); r++) {
      Instant start = t.instantColumn("interval_start").get(r);
      first = start.isBefore(first) ? start : first;
      last = start.isAfter(last) ? start : last;
      minutes = t.intColumn("interval_minutes").get(r);
    }
    LocalDate monday = WeekGrid.mondayOf(LocalDateTime.ofInstant(first, zone).toLocalDate());
    if (monday.atStartOfDay(zone).toInstant().isBefore(first)) {
      monday = monday.plusWeeks(1);
    }
    Instant end = last.plusSeconds(minutes * 60L);
    int weeks = 0;
    while (!monday.plusWeeks(weeks + 1L).atStartOfDay(zone).toInstant().isAfter(end)) {
      weeks++;
    }
    if (weeks == 0) {
      throw new IllegalArgumentException(arrivals + ": no complete week of arrivals in " + zone);
    }
    WeekGrid grid = new WeekGrid(zone, monday, minutes);
    Instant from = monday.atStartOfDay(zone).toInstant();
    Instant to = monday.plusWeeks(weeks).atStartOfDay(zone).toInstant();
    double[] contacts = new double[grid.intervals()];
    double handleSeconds = 0;
    double handled = 0;
    for (int r = 0; r < t.rowCount(); r++) {
      Instant start = t.instantColumn("interval_start").get(r);
      if (t.intColumn("tier").get(r) != tier || start.isBefore(from) || !start.isBefore(to)) {
        continue;
      }
      LocalDateTime local = LocalDateTime.ofInstant(start, zone);
      long minuteOfWeek = Duration.between(WeekGrid.mondayOf(local.toLocalDate()).atStartOfDay(), local).toMinutes();
      contacts[(int) (minuteOfWeek / minutes)] += t.longColumn("arrivals").get(r);
      handleSeconds += t.longColumn("handle_seconds").get(r);
      handled += t.longColumn("handled_events").get(r);
    }
    double aht = handleSeconds / handled;
    int[] scheduled = new int[grid.intervals()];
    ErlangC erlang = new ErlangC();
    Shrinkage away = new Shrinkage(SHRINKAGE);
    for (int i = 0; i < scheduled.length; i++) {
      Workload w = new Workload(contacts[i] / weeks, aht, minutes * 60.0);
      scheduled[i] = away.scheduled(erlang.required(w, StaffingTarget.of(TARGET)).agents());
    }
    return new Profile(new WeekRequirement(tier, grid, scheduled), weeks, aht);
  }
}
