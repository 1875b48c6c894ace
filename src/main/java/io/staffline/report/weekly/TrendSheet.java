package io.staffline.report.weekly;

import io.staffline.report.CellFormat;
import io.staffline.report.Column;
import io.staffline.report.IsoWeek;
import io.staffline.report.RowCursor;
import io.staffline.report.SheetWriter;
import io.staffline.report.TableWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Trends sheet: the headline figures of the last 12 weeks, one row a week; the charts draw from it. */
final class TrendSheet {
  private TrendSheet() {}

  static final String TABLE = "Trend";
  static final String WEEK = "Week";
  static final String WEEK_STARTING = "Week starting";
  static final String CSAT_LOW = "CSAT 95% low";
  static final String CSAT_HIGH = "CSAT 95% high";
  static final String RATINGS = "CSAT ratings";

  /** Where each figure sits in the trend table, for the charts. */
  record Layout(TableWriter table) {
    /** Table column of {@code kpi} (0 = Week). */
    static int columnOf(Kpi kpi) {
      return 2 + kpi.ordinal();
    }

    static int csatLowColumn() {
      return 2 + Kpi.values().length;
    }

    static int csatHighColumn() {
      return csatLowColumn() + 1;
    }
  }

  static List<Column> columns() {
    List<Column> c = new ArrayList<>();
    c.add(Column.text(WEEK));
    c.add(Column.of(WEEK_STARTING, CellFormat.DATE));
    for (Kpi k : Kpi.values()) {
      c.add(Column.of(k.header(), k.format()));
    }
    c.add(Column.of(CSAT_LOW, CellFormat.PERCENT));
    c.add(Column.of(CSAT_HIGH, CellFormat.PERCENT));
    c.add(Column.of(RATINGS, CellFormat.COUNT));
    return c;
  }

  static Layout write(SheetWriter sheet, Map<IsoWeek, WeekFigures> figures) {
    IsoWeek last = figures.keySet().stream().reduce((a, b) -> b).orElseThrow();
    sheet.title("12-week trend", "The Summary's figures week by week, up to " + last + " (" + last.days()
        + "). Durations in hours:minutes; definitions on the Definitions sheet.");
    TableWriter table = sheet.table(TABLE, columns());
    for (WeekFigures f : figures.values()) {
      RowCursor row = table.add().text(f.week().toString()).date(f.week().monday());
      for (Kpi k : Kpi.values()) {
        value(row, k, f.value(k));
      }
      row.share(f.csatWilsonLow()).share(f.csatWilsonHigh()).count(f.basisOf(Kpi.CSAT));
    }
    table.end("No weeks.");
    sheet.freeze(table.headerRow() + 1, 1).repeatOnEveryPage(table.headerRow());
    return new Layout(table);
  }

  /** One figure in its own format (durations are held in minutes). */
  static RowCursor value(RowCursor row, Kpi kpi, Double v) {
    return isDuration(kpi) ? row.minutes(v, kpi.format()) : row.number(v, kpi.format());
  }

  static boolean isDuration(Kpi kpi) {
    return kpi.format() == CellFormat.DURATION || kpi.format() == CellFormat.DURATION_PRECISE;
  }
}
