package io.staffline.report.planning;

import io.staffline.report.Column;
import io.staffline.report.SheetWriter;
import io.staffline.report.Styles.Role;
import io.staffline.report.TableWriter;
import java.util.List;

/** Definitions of the planners' workbook (docs/reports.md, docs/staffing.md, docs/pipeline.md). */
final class PlanningDefinitions {
  private PlanningDefinitions() {}

  record Definition(String figure, String meaning, String source) {}

  static final List<Definition> DEFINITIONS = List.of(
      new Definition("Queue", "Team × channel × support line: the unit the forecast and the staffing work on.",
          "docs/pipeline.md"),
      new Definition("Contacts", "Expected arrivals in the interval; low and high bound the 80% prediction interval "
          + "from the backtest errors.", "forecast.contacts, contacts_lo, contacts_hi"),
      new Definition("AHT", "Expected handle time per contact, minutes:seconds.", "forecast.aht_seconds, "
          + "staffing_requirements.aht_seconds"),
      new Definition("Required (fractional)", "The real-valued staffing at which the binding part of the target is "
          + "just met; summed over a line's queues before rounding.", "staffing_requirements / staffing_by_line."
          + "required_fractional"),
      new Definition("Required agents", "Agents needed on the queue (or line) in the interval: a queue's integer "
          + "requirement, or a line's Σ fractional rounded up once.", "required_agents"),
      new Definition("Scheduled agents", "Agents to put on the rota: ⌈required ÷ (1 − shrinkage)⌉, exactly (21 at "
          + "30% is 30).", "staffing_by_line.scheduled_agents"),
      new Definition("Service level, ASA, occupancy, abandonment", "What the required staffing achieves: share "
          + "answered within the target time, mean wait of the answered, busy share, share hanging up.",
          "staffing_requirements"),
      new Definition("Headcount", "Agents the rota puts on each shift pattern (start, length, weekly tour).",
          "rota_patterns.headcount"),
      new Definition("Gap", "(objective − bound) ÷ objective of the covering program: 0 = proven optimal.",
          "rota_summary.gap"),
      new Definition("Covered, under", "Agents on shift in the interval under the rota; intervals short of the "
          + "requirement.", "rota_coverage"),
      new Definition("Rotation", "The cyclic N-week plan: slot s works week 1, then week 2, ...; nights and weekend "
          + "days counted per slot over the cycle.", "rota_rotation, rota_fairness"),
      new Definition("Peak", "The most agents in any interval of the week.", "staffing_by_line; What-if"),
      new Definition("Agent-hours", "Σ agents × interval length over the week.", "staffing_by_line; What-if"),
      new Definition("What-if scenario", "The staffing stage re-run on the forecast with its own settings "
          + "(jobs/staffing.yaml, jobs/calendars.yaml), moved: the service level of every phone and chat setting "
          + "±5 points, every line's shrinkage ±5 points, or every handle time ±10%. The baseline is "
          + "staffing_by_line.", "io.staffline.staffing (StaffingPlan, StaffingConfig, ForecastInput)"));

  static void write(SheetWriter sheet) {
    sheet.title("Definitions", "Every figure in this workbook, in words; the models and their worked examples are "
        + "in docs/staffing.md, the tables in docs/pipeline.md.");
    TableWriter table = sheet.table("Definitions", List.of(Column.text("Figure"), Column.text("Definition"),
        Column.text("Source")));
    for (Definition d : DEFINITIONS) {
      var row = table.add().as(Role.WRAPPED).text(d.figure()).text(d.meaning()).text(d.source());
      sheet.wrapRow(row.rowIndex(), Math.max((d.meaning().length() + 89) / 90, (d.source().length() + 47) / 48));
    }
    table.end("");
    sheet.width(0, 28).width(1, 90).width(2, 48);
    sheet.freeze(table.headerRow() + 1, 0).repeatOnEveryPage(table.headerRow());
  }
}
