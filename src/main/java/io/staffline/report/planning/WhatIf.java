package io.staffline.report.planning;

import io.staffline.metrics.calendar.TeamCalendars;
import io.staffline.staffing.ForecastInput.Forecast;
import io.staffline.staffing.QueueSizings;
import io.staffline.staffing.StaffingConfig;
import io.staffline.staffing.StaffingPlan;
import io.staffline.ticket.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What-if scenarios per support line, computed by the staffing engine itself (no Excel formula, no
 * second copy of its settings): each scenario derives its settings and forecast from the staffing
 * stage's ({@link Scenario}) and plans the week with {@link StaffingPlan#during}, so the baseline is
 * staffing_by_line. Queues a scenario leaves unchanged are not sized again ({@link QueueSizings}).
 * docs/reports.md §What-if.
 */
final class WhatIf {
  private WhatIf() {}

  /** A scenario's week on one line; {@code shrinkage} is the line's in the scenario. */
  record LineOutcome(Scenario scenario, int tier, double shrinkage, LineTotals totals) {}

  /** A scenario the staffing settings cannot take (a 97% target moved up 5 points), and why. */
  record NotComputed(Scenario scenario, String reason) {}

  /**
   * @param lines per scenario in their order, the lines in line order
   * @param queuesSized how many queues the engine sized for all scenarios together
   */
  record Outcomes(List<LineOutcome> lines, List<NotComputed> notComputed, int queuesSized) {}

  /** Plans [{@code from}, {@code to}) under every scenario. */
  static Outcomes run(Forecast forecast, StaffingConfig config, TeamCalendars calendars, Instant from, Instant to,
      List<Scenario> scenarios) {
    QueueSizings sizings = new QueueSizings(calendars);
    List<LineOutcome> lines = new ArrayList<>();
    List<NotComputed> notComputed = new ArrayList<>();
    for (Scenario s : scenarios) {
      StaffingConfig settings;
      Forecast demand;
      try {
        settings = s.config(config);
        demand = s.forecast(forecast);
      } catch (IllegalArgumentException e) {
        notComputed.add(new NotComputed(s, e.getMessage()));
        continue;
      }
      StaffingPlan plan = StaffingPlan.during(demand, settings, sizings, from, to);
      for (Map.Entry<Integer, LineTotals> line : LineTotals.of(plan.lines()).entrySet()) {
        double shrinkage = settings.line(Tier.of(line.getKey())).total().fraction();
        lines.add(new LineOutcome(s, line.getKey(), shrinkage, line.getValue()));
      }
    }
    return new Outcomes(List.copyOf(lines), List.copyOf(notComputed), sizings.queuesSized());
  }
}
