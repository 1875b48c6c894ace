package io.staffline.report.weekly;

import io.staffline.report.CellFormat;
import io.staffline.report.Column;
import io.staffline.report.IsoWeek;
import io.staffline.report.SheetWriter;
import io.staffline.report.TableWriter;
import io.staffline.report.weekly.Columns.Facts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * SLA breaches (a streamed sheet): the tickets whose targets the week's attainment counts as
 * breached, worst first by time over target. The same tickets as the Summary's SLA tiles: first
 * reply targets of tickets created in the week, resolution targets of tickets first solved in it
 * (line 1 population, as kpi_weekly's line 1 rows). Ticket ids only, no personal data.
 */
final class SlaBreachesSheet {
  private SlaBreachesSheet() {}

  static final String FIRST_REPLY = "first reply";
  static final String RESOLUTION = "resolution";
  static final Set<String> BREACHED = Set.of("breached", "breached_running");

  static final List<Column> COLUMNS = List.of(Column.text("Ticket"), Column.text("SLA target"),
      Column.text("Priority"), Column.text("Channel"), Column.text("Entry team"), Column.of("Line now", CellFormat.COUNT),
      Column.text("Outcome"), Column.of("Due (UTC)", CellFormat.DATE_TIME), Column.of("Over target", CellFormat.DURATION),
      Column.text("Status now"));

  /** One breached target of one ticket. */
  record Breach(String ticket, String target, int row, double overMinutes, Instant due, String outcome) {}

  static void write(SheetWriter sheet, IsoWeek week, WeeklyInputs in, int worst) {
    Table f = in.facts();
    List<Breach> breaches = breaches(f, week);
    long firstReplies = breaches.stream().filter(b -> b.target().equals(FIRST_REPLY)).count();
    sheet.title("SLA breaches — " + week, String.format(Locale.ROOT,
        "%s. %,d first reply targets (tickets created in the week) and %,d resolution targets (tickets first "
            + "solved in the week) breached; the %,d worst by time over target.", week.days(), firstReplies,
        breaches.size() - firstReplies, Math.min(worst, breaches.size())));
    sheet.note("Over target is in the policy's clock (jobs/sla.yaml: business hours of the entry team, or calendar "
        + "time); breached_running = not done yet and past due at the as-of moment.");
    TableWriter table = sheet.table("SlaBreaches", COLUMNS);
    for (Breach b : breaches.subList(0, Math.min(worst, breaches.size()))) {
      int r = b.row();
      table.add().text(b.ticket()).text(b.target()).text(f.stringColumn(Facts.PRIORITY).get(r))
          .text(f.stringColumn(Facts.CHANNEL).get(r)).text(f.stringColumn(Facts.ENTRY_TEAM).get(r))
          .count(AgentLoadSheet.value(f, Facts.FINAL_TIER, r)).text(b.outcome()).instant(b.due())
          .minutes(b.overMinutes()).text(f.stringColumn(Facts.FINAL_STATUS).get(r));
    }
    sheet.freeze(table.headerRow() + 1, 1).repeatOnEveryPage(table.headerRow());
    table.end("No SLA target was breached in the week.");
  }

  /** Every breached target the week's attainment counts, worst first (ties by ticket id, then target). */
  static List<Breach> breaches(Table f, IsoWeek week) {
    List<Breach> out = new ArrayList<>();
    for (int r = 0; r < f.rowCount(); r++) {
      if (!WeekFigures.atLineOne(f, r)) {
        continue;
      }
      String ticket = f.stringColumn(Facts.TICKET_ID).get(r);
      if (week.contains(f.instantColumn(Facts.CREATED_AT).get(r))) {
        add(out, f, r, ticket, FIRST_REPLY, Facts.SLA_FIRST_REPLY_OUTCOME, Facts.SLA_FIRST_REPLY_OVER,
            Facts.SLA_FIRST_REPLY_DUE);
      }
      Instant solved = f.instantColumn(Facts.FIRST_RESOLUTION_AT).get(r);
      if (solved != null && week.contains(solved)) {
        add(out, f, r, ticket, RESOLUTION, Facts.SLA_RESOLUTION_OUTCOME, Facts.SLA_RESOLUTION_OVER,
            Facts.SLA_RESOLUTION_DUE);
      }
    }
    out.sort(Comparator.comparingDouble(Breach::overMinutes).reversed().thenComparing(Breach::ticket)
        .thenComparing(Breach::target));
    return out;
  }

  private static void add(List<Breach> out, Table f, int r, String ticket, String target, String outcome,
      String over, String due) {
    String o = f.stringColumn(outcome).get(r);
    if (o != null && BREACHED.contains(o)) {
      out.add(new Breach(ticket, target, r, f.doubleColumn(over).getDouble(r), f.instantColumn(due).get(r), o));
    }
  }
}
