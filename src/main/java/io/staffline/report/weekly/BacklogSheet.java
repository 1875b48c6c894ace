package io.staffline.report.weekly;

import io.staffline.report.CellFormat;
import io.staffline.report.Column;
import io.staffline.report.IsoWeek;
import io.staffline.report.RowCursor;
import io.staffline.report.SheetWriter;
import io.staffline.report.TableWriter;
import io.staffline.report.weekly.Columns.BacklogDaily;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import tech.tablesaw.api.Table;

/**
 * Backlog ageing from backlog_daily: the open tickets at the end of the week's Sunday by line and by
 * team across the age buckets, and each day's end-of-day snapshot by line. Snapshots are never added
 * across days (docs/metrics.md §5).
 */
final class BacklogSheet {
  private BacklogSheet() {}

  static void write(SheetWriter sheet, IsoWeek week, Table backlog) {
    LocalDate sunday = week.sunday();
    sheet.title("Backlog ageing — " + week, "Open tickets (new, open, pending, hold) at the end of each day, by "
        + "the group and line holding them then; age from creation to the snapshot.");
    sheet.section("Open at the end of " + sunday + " by line and age");
    ageTable(sheet, "BacklogByLine", "Line", backlog, sunday,
        r -> "Line " + backlog.intColumn(BacklogDaily.TIER).getInt(r));
    sheet.blankRow();
    sheet.section("Open at the end of " + sunday + " by team and age");
    ageTable(sheet, "BacklogByTeam", "Team", backlog, sunday, r -> backlog.stringColumn(BacklogDaily.TEAM).get(r));
    sheet.blankRow();
    sheet.section("Open at the end of each day of the week");
    daily(sheet, week, backlog);
  }

  private static void ageTable(SheetWriter sheet, String name, String label, Table backlog, LocalDate day,
      IntFunction<String> key) {
    List<Column> columns = new ArrayList<>(List.of(Column.text(label)));
    for (String bucket : BacklogDaily.AGE_BUCKETS) {
      columns.add(Column.of(bucket, CellFormat.COUNT));
    }
    columns.add(Column.of("Total", CellFormat.COUNT));
    Map<String, long[]> counts = new TreeMap<>();
    for (int r = 0; r < backlog.rowCount(); r++) {
      if (backlog.dateColumn(BacklogDaily.DATE).get(r).equals(day)) {
        long[] c = counts.computeIfAbsent(key.apply(r), k -> new long[BacklogDaily.AGE_BUCKETS.length]);
        c[bucket(backlog.stringColumn(BacklogDaily.AGE_BUCKET).get(r))] += backlog.longColumn(BacklogDaily.OPEN).getLong(r);
      }
    }
    TableWriter table = sheet.table(name, columns);
    long[] total = new long[BacklogDaily.AGE_BUCKETS.length];
    counts.forEach((k, c) -> {
      RowCursor row = table.add().text(k);
      long sum = 0;
      for (int i = 0; i < c.length; i++) {
        row.count(c[i]);
        sum += c[i];
        total[i] += c[i];
      }
      row.count(sum);
    });
    int below = table.end("No open tickets at the end of " + day + ".");
    if (table.rows() > 0) {
      RowCursor row = sheet.at(below, 0, io.staffline.report.Styles.Role.TOTAL).text("All");
      long sum = 0;
      for (long t : total) {
        row.count(t);
        sum += t;
      }
      row.count(sum);
    }
  }

  private static int bucket(String ageBucket) {
    for (int i = 0; i < BacklogDaily.AGE_BUCKETS.length; i++) {
      if (BacklogDaily.AGE_BUCKETS[i].equals(ageBucket)) {
        return i;
      }
    }
    throw new IllegalArgumentException("backlog_daily: unknown age bucket '" + ageBucket + "' (known: "
        + String.join(", ", BacklogDaily.AGE_BUCKETS) + ")");
  }

  private static void daily(SheetWriter sheet, IsoWeek week, Table backlog) {
    int lines = LinesSheet.LINES;
    List<Column> columns = new ArrayList<>(List.of(Column.of("Day", CellFormat.DATE)));
    for (int l = 1; l <= lines; l++) {
      columns.add(Column.of("Line " + l, CellFormat.COUNT));
    }
    columns.add(Column.of("All lines", CellFormat.COUNT));
    Map<LocalDate, long[]> byDay = new TreeMap<>();
    for (LocalDate d = week.monday(); !d.isAfter(week.sunday()); d = d.plusDays(1)) {
      byDay.put(d, new long[lines + 1]);
    }
    for (int r = 0; r < backlog.rowCount(); r++) {
      long[] c = byDay.get(backlog.dateColumn(BacklogDaily.DATE).get(r));
      int tier = backlog.intColumn(BacklogDaily.TIER).getInt(r);
      if (c != null && tier >= 1 && tier <= lines) {
        c[tier] += backlog.longColumn(BacklogDaily.OPEN).getLong(r);
      }
    }
    TableWriter table = sheet.table("BacklogByDay", columns);
    byDay.forEach((d, c) -> {
      RowCursor row = table.add().date(d);
      long sum = 0;
      for (int l = 1; l <= lines; l++) {
        row.count(c[l]);
        sum += c[l];
      }
      row.count(sum);
    });
    sheet.skipTo(table.end("No days."));
  }
}
